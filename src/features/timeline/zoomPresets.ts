export interface ZoomPreset {
  id: string;
  label: string;
  span: { from: number; to: number };
}

const ERAS = [
  { id: 'world-wars', label: 'World wars 1900–1945', from: '1900-01-01', to: '1945-12-31' },
  { id: 'cold-war', label: 'Cold War 1945–1991', from: '1945-01-01', to: '1991-12-31' },
  { id: 'post-cold-war', label: 'Since 1991', from: '1991-01-01', to: null },
  { id: 'recent', label: 'Since 2014', from: '2014-01-01', to: null },
] as const;

/** The eras offered for zooming the slider, clipped to the dataset's span; eras outside it are left out. */
export function zoomPresets(
  span: { from: number; to: number },
  toDay: (iso: string) => number,
): ZoomPreset[] {
  return ERAS.flatMap((era) => {
    const from = Math.max(span.from, toDay(era.from));
    const to = Math.min(span.to, era.to ? toDay(era.to) : span.to);
    return to > from ? [{ id: era.id, label: era.label, span: { from, to } }] : [];
  });
}
