/** One layer of the world map, back to front: path data in the map frame and how it is painted. */
export interface WorldLayer {
  name: 'sphere' | 'graticule' | 'land' | 'borders';
  d: string;
  fill: string;
  stroke: string;
  /** CSS px on screen, whatever the zoom. */
  strokeWidth: number;
}

/** The model-coordinate frame the world map is fitted into; map positions and map paths share it. */
export const MAP_FRAME = { width: 1600, height: 800, padding: 0 } as const;

/** How each layer looks, on screen (SVG) and in the PNG export (canvas) alike: faint, so the graph stays in front. */
export const MAP_STYLE: Record<WorldLayer['name'], Omit<WorldLayer, 'name' | 'd'>> = {
  sphere: { fill: '#f3f7fa', stroke: 'none', strokeWidth: 0 },
  graticule: { fill: 'none', stroke: '#dfe7ee', strokeWidth: 0.5 },
  land: { fill: '#e9e6df', stroke: '#cfc9bd', strokeWidth: 0.6 },
  borders: { fill: 'none', stroke: '#c7c0b2', strokeWidth: 0.6 },
};
