import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import type { Hover } from '../shared/graphContext';
import { selectActor, selectPact } from '../state/actions';
import type { AppStore } from '../state/createAppStore';
import { dispatch } from '../state/dispatch';
import { graphStatusElement } from './graphStatus';

/**
 * Binds taps on one Cytoscape instance to the store and hovers to `showHover` (the graph's own channel: a mouse
 * move wakes nothing else), once per instance, unbound on cleanup.
 */
export function useCanvasEvents(
  cy: Core | null,
  store: AppStore,
  showHover: (hover: Hover | null) => void,
): void {
  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      const target = event.target as Core | EventObject['target'];
      if (target === cy) {
        dispatch(store, selectPact(null));
        return;
      }
      const data = event.target.data() as { pactId?: string; actorId?: string; role?: string };
      if (data.role === 'actor' && data.actorId) dispatch(store, selectActor(data.actorId));
      else if (data.pactId) dispatch(store, selectPact(data.pactId));
    };
    const onOver = (event: EventObject) => {
      const ele = event.target;
      if (ele.isEdge()) ele.addClass('hovered');
      const { x, y } = event.renderedPosition;
      showHover({ label: String(ele.data('title') ?? ele.data('label')), x, y });
      // On the host: Cytoscape redraws the whole graph after any attribute change of its own container.
      graphStatusElement(cy)?.style.setProperty('cursor', 'pointer');
    };
    const onOut = (event: EventObject) => {
      event.target.removeClass('hovered');
      showHover(null);
      graphStatusElement(cy)?.style.removeProperty('cursor');
    };
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    return () => {
      cy.removeListener('tap', onTap);
      cy.removeListener('mouseover', 'node, edge', onOver);
      cy.removeListener('mouseout', 'node, edge', onOut);
    };
  }, [cy, store, showHover]);
}
