import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { actorNodeId } from '../domain/graph/buildGraphElements';
import type { AppStore } from '../state/createAppStore';

/** Highlights the selected pact (its edges, hub and members) or the selected state, and fades the rest. */
export function useSelectionFocus(cy: Core | null, store: AppStore): void {
  useEffect(() => {
    if (!cy) return;
    const apply = () => {
      const { pactId, actorId } = store.getState().selection;
      cy.batch(() => {
        cy.elements('.focus').removeClass('focus');
        cy.elements('.muted').removeClass('muted');
        let focus = cy.collection();
        if (pactId) {
          const own = cy.elements().filter((ele) => ele.data('pactId') === pactId);
          focus = own.union(own.connectedNodes());
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
    return store.subscribe((state, prev) => {
      if (
        state.selection.pactId !== prev.selection.pactId ||
        state.selection.actorId !== prev.selection.actorId
      )
        apply();
    });
  }, [cy, store]);
}
