import type { Core, ElementDefinition } from 'cytoscape';
import { afterNextFrame } from '../shared/afterNextFrame';

export interface ChunkPacing {
  /** Time one chunk may take (adding and styling), in ms: under the 50 ms of a long task. */
  budgetMs: number;
  /** Elements added at a time within a chunk, between two looks at the clock. */
  step: number;
  now: () => number;
  /** Runs `task` once the next frame has been produced; returns a function that cancels it. */
  afterNextFrame: (task: () => void) => () => void;
}

export const FRAME_PACING: ChunkPacing = {
  budgetMs: 35,
  step: 60,
  now: () => performance.now(),
  afterNextFrame,
};

/**
 * Adds `definitions` to the graph in order, one chunk per frame, each chunk as many elements as fit in the
 * budget, styled as they are added (so that time counts in the chunk, not in the next frame's redraw): the page
 * keeps drawing and answering while thousands of elements go in. Each definition passes through `prepare` as it
 * is added (the classes of the view shown then). Calls `onChunk` with the number added so far after each chunk
 * and `onDone` after the last; returns a function that stops (an unmounted graph).
 */
export function addInChunks(
  cy: Core,
  definitions: readonly ElementDefinition[],
  onDone: () => void,
  {
    pacing = FRAME_PACING,
    onChunk,
    prepare,
  }: {
    pacing?: ChunkPacing;
    onChunk?: (added: number) => void;
    prepare?: (definition: ElementDefinition) => ElementDefinition;
  } = {},
): () => void {
  let next = 0;
  let cancel = () => {};
  let stopped = false;
  const chunk = () => {
    if (stopped || cy.destroyed()) return;
    const start = pacing.now();
    do {
      const slice = definitions.slice(next, next + pacing.step);
      const part = prepare ? slice.map(prepare) : slice;
      next += slice.length;
      // visible() reads the element's style: it is computed now, in this chunk.
      cy.add(part).forEach((element) => void element.visible());
    } while (next < definitions.length && pacing.now() - start < pacing.budgetMs);
    onChunk?.(next);
    if (next < definitions.length) cancel = pacing.afterNextFrame(chunk);
    else onDone();
  };
  if (definitions.length === 0) onDone();
  else cancel = pacing.afterNextFrame(chunk);
  return () => {
    stopped = true;
    cancel();
  };
}
