import type { CollectionReturnValue, Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { actorNodeId } from '../domain/graph/buildGraphElements';
import { pactElementsIndex, pactFocusIds, type PactElements } from '../domain/graph/pactElements';
import { memberIdsAt, pactMembersAt } from '../domain/membership';
import { shallow } from 'zustand/shallow';
import type { AppStore } from '../state/createAppStore';
import { selectSelection, selectShownDate } from '../state/selectors';

/** The actors that are members of the pact at the shown date, by the one membership rule. */
function membersNow(atlas: Atlas, store: AppStore, pactId: string): Set<string> {
  const { day, basis } = store.getState().timeline;
  const pact = atlas.pactById.get(pactId);
  if (!pact) return new Set();
  const span = atlas.timelines[basis].pactSpan(pactId);
  return new Set(memberIdsAt(pactMembersAt(pact, span, atlas.actorById, day)));
}

// Per dataset: each pact's hub and edges, so a click finds what to mark without scanning the graph.
const indexes = new WeakMap<Atlas, Map<string, PactElements>>();
function pactIndex(atlas: Atlas): Map<string, PactElements> {
  let index = indexes.get(atlas);
  if (!index) indexes.set(atlas, (index = pactElementsIndex(atlas.elements)));
  return index;
}

/**
 * Highlights the selected pact (its hub, and its members at the date with their edges) or the selected state,
 * and fades the rest. Follows the date: members who joined later or left earlier are never marked.
 * A selection marks the pact's elements through the pact → elements map and fades only what is drawn; each
 * change adds and removes classes only where they differ from the last marks.
 */
export function useSelectionFocus(cy: Core | null, atlas: Atlas | null, store: AppStore): void {
  useEffect(() => {
    if (!cy || !atlas) return;
    let focused = cy.collection();
    let muted = cy.collection();

    const focusFor = (): CollectionReturnValue => {
      const { pactId, actorId } = store.getState().selection;
      let focus = cy.collection();
      if (pactId) {
        const ids = pactFocusIds(pactIndex(atlas).get(pactId), membersNow(atlas, store, pactId));
        for (const id of ids) {
          const ele = cy.getElementById(id);
          // A hub is marked only while drawn; a state only if the graph has its node.
          if (ele.nonempty() && !(ele.data('role') === 'pact' && ele.hasClass('hidden'))) focus.merge(ele);
        }
      } else if (actorId) {
        const node = cy.getElementById(actorNodeId(actorId));
        const ties = node.connectedEdges(':visible');
        focus = node.union(ties).union(ties.connectedNodes());
      }
      return focus;
    };

    const apply = () => {
      const focus = focusFor();
      // Only what is drawn is faded: hidden elements are faded when shown (the date's frame re-applies).
      const fade = focus.empty()
        ? cy.collection()
        : cy.elements().filter((ele) => !ele.hasClass('hidden') && !focus.has(ele));
      cy.batch(() => {
        focused.difference(focus).removeClass('focus');
        focus.difference(focused).addClass('focus');
        muted.difference(fade).removeClass('muted');
        fade.difference(muted).addClass('muted');
      });
      focused = focus;
      muted = fade;
    };
    apply();
    let frame = 0;
    const unselected = store.subscribe(selectSelection, apply, { equalityFn: shallow });
    // Membership follows the date: re-mark once per frame while a selection is shown and the date moves.
    const unmoved = store.subscribe(
      selectShownDate,
      () => {
        const { pactId, actorId } = store.getState().selection;
        if ((pactId || actorId) && !frame)
          frame = requestAnimationFrame(() => {
            frame = 0;
            apply();
          });
      },
      { equalityFn: shallow },
    );
    return () => {
      unselected();
      unmoved();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, atlas, store]);
}
