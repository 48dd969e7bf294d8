import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';

let registered = false;

/** The graph as shown (hidden elements left out) as SVG text, drawn by the cytoscape-svg extension. */
export function graphToSvg(
  cy: Core,
  options: { full?: boolean; scale?: number; bg?: string } = { full: false, scale: 1, bg: '#ffffff' },
): string {
  if (!registered) {
    cytoscape.use(cytoscapeSvg);
    registered = true;
  }
  return (cy as Core & { svg(options: { full?: boolean; scale?: number; bg?: string }): string }).svg(options);
}
