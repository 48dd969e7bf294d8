import type { ActiveSet, TimelineChanges } from '../timeline/types';
import { actorNodeId, membershipEdgeId, type GraphElements } from './buildGraphElements';

/** Element ids to switch, found from what the timeline switched; actors "wake" when they get their first active tie. */
export interface VisibilityPatch {
  show: string[];
  hide: string[];
  wake: string[];
  sleep: string[];
}

/**
 * Turns timeline answers (active pacts and memberships) into element ids, keeping per-actor counts of active
 * memberships so a scrub step touches only the elements whose state changed.
 */
export class GraphVisibility {
  private readonly pactElements = new Map<string, string>();
  private readonly membershipEdges = new Set<string>();
  private readonly activeCount = new Map<string, number>();
  private readonly visible = new Set<string>();

  constructor(elements: GraphElements) {
    for (const edge of elements.edges) {
      if (edge.role === 'bilateral') this.pactElements.set(edge.pactId, edge.id);
      else this.membershipEdges.add(edge.id);
    }
    for (const node of elements.nodes)
      if (node.role === 'pact' && node.pactId) this.pactElements.set(node.pactId, node.id);
  }

  /** Replaces the whole state with `active` and returns the patch from the previous state (or from nothing). */
  reset(active: ActiveSet): VisibilityPatch {
    const patch: VisibilityPatch = { show: [], hide: [], wake: [], sleep: [] };
    const before = new Set(this.visible);
    const beforeActive = new Set([...this.activeCount].filter(([, n]) => n > 0).map(([id]) => id));
    this.visible.clear();
    this.activeCount.clear();
    this.add(active, { show: [], hide: [], wake: [], sleep: [] });
    for (const id of this.visible) if (!before.has(id)) patch.show.push(id);
    for (const id of before) if (!this.visible.has(id)) patch.hide.push(id);
    for (const [id, n] of this.activeCount) if (n > 0 && !beforeActive.has(id)) patch.wake.push(id);
    for (const id of beforeActive) if (!((this.activeCount.get(id) ?? 0) > 0)) patch.sleep.push(id);
    return patch;
  }

  /** Applies the changes of one date move and returns only what switched. */
  apply(changes: TimelineChanges): VisibilityPatch {
    const patch: VisibilityPatch = { show: [], hide: [], wake: [], sleep: [] };
    this.remove(changes.deactivated, patch);
    this.add(changes.activated, patch);
    // An element hidden then shown again in one move (or woken then put to sleep) did not change.
    return dedupe(patch);
  }

  /** Whether an element is currently shown. */
  isVisible(elementId: string): boolean {
    return this.visible.has(elementId);
  }

  /** Ids of actor nodes with at least one active tie. */
  activeActorNodeIds(): string[] {
    return [...this.activeCount].filter(([, n]) => n > 0).map(([id]) => id);
  }

  private add(active: ActiveSet, patch: VisibilityPatch): void {
    for (const pactId of active.pactIds) this.toggle(this.pactElements.get(pactId), true, patch);
    for (const m of active.memberships) {
      const edgeId = membershipEdgeId(m.pactId, m.actorId);
      if (this.membershipEdges.has(edgeId)) this.toggle(edgeId, true, patch);
      const nodeId = actorNodeId(m.actorId);
      const n = (this.activeCount.get(nodeId) ?? 0) + 1;
      this.activeCount.set(nodeId, n);
      if (n === 1) patch.wake.push(nodeId);
    }
  }

  private remove(inactive: ActiveSet, patch: VisibilityPatch): void {
    for (const pactId of inactive.pactIds) this.toggle(this.pactElements.get(pactId), false, patch);
    for (const m of inactive.memberships) {
      const edgeId = membershipEdgeId(m.pactId, m.actorId);
      if (this.membershipEdges.has(edgeId)) this.toggle(edgeId, false, patch);
      const nodeId = actorNodeId(m.actorId);
      const n = (this.activeCount.get(nodeId) ?? 0) - 1;
      this.activeCount.set(nodeId, Math.max(0, n));
      if (n === 0) patch.sleep.push(nodeId);
    }
  }

  private toggle(id: string | undefined, on: boolean, patch: VisibilityPatch): void {
    if (id === undefined || this.visible.has(id) === on) return;
    if (on) {
      this.visible.add(id);
      patch.show.push(id);
    } else {
      this.visible.delete(id);
      patch.hide.push(id);
    }
  }
}

function dedupe(patch: VisibilityPatch): VisibilityPatch {
  const cancel = (a: string[], b: string[]) => {
    const inB = new Set(b);
    const both = new Set(a.filter((id) => inB.has(id)));
    return [a.filter((id) => !both.has(id)), b.filter((id) => !both.has(id))] as const;
  };
  const [show, hide] = cancel(patch.show, patch.hide);
  const [wake, sleep] = cancel(patch.wake, patch.sleep);
  return { show, hide, wake, sleep };
}
