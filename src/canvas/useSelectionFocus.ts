import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { actorNodeId, pactHubId } from '../domain/graph/buildGraphElements';
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

/**
 * Highlights the selected pact (its hub, and its members at the date with their edges) or the selected state,
 * and fades the rest. Follows the date: members who joined later or left earlier are never marked.
 */
export function useSelectionFocus(cy: Core | null, atlas: Atlas | null, store: AppStore): void {
  useEffect(() => {
    if (!cy || !atlas) return;
    const apply = () => {
      const { pactId, actorId } = store.getState().selection;
      cy.batch(() => {
        cy.elements('.focus').removeClass('focus');
        cy.elements('.muted').removeClass('muted');
        let focus = cy.collection();
        if (pactId) {
          const members = membersNow(atlas, store, pactId);
          const edges = cy
            .edges()
            .filter(
              (edge) =>
                edge.data('pactId') === pactId &&
                (edge.data('actorIds') as string[]).every((id) => members.has(id)),
            );
          const hub = cy.getElementById(pactHubId(pactId)).filter((n) => !n.hasClass('hidden'));
          const nodes = cy.nodes('[role = "actor"]').filter((n) => members.has(n.data('actorId') as string));
          focus = edges.union(hub).union(nodes);
        } else if (actorId) {
          const node = cy.getElementById(actorNodeId(actorId));
          const ties = node.connectedEdges(':visible');
          focus = node.union(ties).union(ties.connectedNodes());
        }
        if (focus.empty()) return;
        focus.addClass('focus');
        cy.elements().not(focus).addClass('muted');
      });
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
