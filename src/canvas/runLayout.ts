import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/** fcose tuned for alliance graphs: seeded positions (randomize off) keep the geographic arrangement. */
export const ATLAS_LAYOUT_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  animate: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 70,
  edgeElasticity: () => 0.3,
  gravity: 0.2,
  numIter: 2500,
  // Lay out every element, visible or not, so nothing moves while time changes what is shown.
  eles: undefined,
} as const;

/**
 * Above this many edges the force layout costs seconds on a 2-core machine (fcose: 4–8 s at 7,000 edges,
 * ~30 s at 25,000), so large datasets keep their seed positions (capitals, hubs at their members' centroid):
 * a geographic network that is drawn at once. Measured in bench/ (BENCHMARKS.md).
 */
export const FORCE_LAYOUT_MAX_EDGES = 2500;

/** Runs the layout once over every element the dataset holds and resolves when positions are final. */
export function runAtlasLayout(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    // Rivalries are not ties: left out, so rivals are not pulled together.
    const all = cy.elements().not('[role = "rivalry"]');
    if (all.edges().length > FORCE_LAYOUT_MAX_EDGES) {
      cy.fit(all, 40);
      resolve();
      return;
    }
    // Hidden (display: none) elements are skipped by layouts: lay out with everything displayed.
    const hidden = all.filter('.hidden');
    hidden.removeClass('hidden');
    const layout = all.layout({ ...ATLAS_LAYOUT_OPTIONS } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      hidden.addClass('hidden');
      resolve();
    });
    layout.run();
  });
}
