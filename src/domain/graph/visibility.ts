import type { ActiveSet, ExistenceChanges, TimelineChanges } from '../timeline/types';
import { actorNodeId, type GraphElements } from './buildGraphElements';

/** Element ids to switch, found from what the timeline switched; actors "wake" when they get their first active tie. */
export interface VisibilityPatch {
  show: string[];
  hide: string[];
  wake: string[];
  sleep: string[];
}

/**
 * Turns timeline answers (active pacts and memberships, states that exist) into element ids, keeping per-actor
 * and per-edge counts of active memberships so a scrub step touches only the elements whose state changed.
 * A hub shows while its pact is active; a member's edge while it is a member (a bilateral edge while both
 * are); a state's node while it exists (faded, "idle", while it has no membership).
 */
export class GraphVisibility {
  private readonly pactElements = new Map<string, string>();
  /** The edge drawing each membership (`pactId/actorId`), and how many active memberships it needs. */
  private readonly edgeOfMembership = new Map<string, string>();
  private readonly edgeNeeds = new Map<string, number>();
  private readonly edgeCount = new Map<string, number>();
  private readonly activeCount = new Map<string, number>();
  private readonly visible = new Set<string>();
  private readonly absent = new Set<string>();
  /** The pacts the filters let through: the others show nothing and wake no one. */
  private passes: (pactId: string) => boolean = () => true;

  constructor(elements: GraphElements) {
    for (const edge of elements.edges) {
      this.edgeNeeds.set(edge.id, edge.role === 'bilateral' ? 2 : 1);
      for (const actorId of edge.actorIds) this.edgeOfMembership.set(`${edge.pactId}/${actorId}`, edge.id);
    }
    for (const node of elements.nodes)
      if (node.role === 'pact' && node.pactId) this.pactElements.set(node.pactId, node.id);
  }

  /** Hides the states of `tracked` that do not exist (`existing` lists those that do); returns what switched. */
  resetExistence(tracked: ReadonlySet<string>, existing: readonly string[]): VisibilityPatch {
    const now = new Set(existing);
    const vanished = [...tracked].filter((id) => !now.has(id));
    const appeared = [...this.absent].filter((nodeId) => now.has(nodeId.slice(2)));
    return this.applyExistence({ appeared: appeared.map((n) => n.slice(2)), vanished });
  }

  /** Shows the nodes of states that came into existence and hides those that ceased to. */
  applyExistence(changes: ExistenceChanges): VisibilityPatch {
    const patch: VisibilityPatch = { show: [], hide: [], wake: [], sleep: [] };
    for (const actorId of changes.vanished) {
      const nodeId = actorNodeId(actorId);
      if (this.absent.has(nodeId)) continue;
      this.absent.add(nodeId);
      patch.hide.push(nodeId);
    }
    for (const actorId of changes.appeared) {
      const nodeId = actorNodeId(actorId);
      if (!this.absent.delete(nodeId)) continue;
      patch.show.push(nodeId);
    }
    return patch;
  }

  /** Whether a state's node is drawn (it exists at the date). */
  exists(actorId: string): boolean {
    return !this.absent.has(actorNodeId(actorId));
  }

  /** Replaces the whole state with `active` and returns the patch from the previous state (or from nothing). */
  reset(active: ActiveSet): VisibilityPatch {
    const patch: VisibilityPatch = { show: [], hide: [], wake: [], sleep: [] };
    const before = new Set(this.visible);
    const beforeActive = new Set([...this.activeCount].filter(([, n]) => n > 0).map(([id]) => id));
    this.visible.clear();
    this.activeCount.clear();
    this.edgeCount.clear();
    this.add(active, { show: [], hide: [], wake: [], sleep: [] });
    for (const id of this.visible) if (!before.has(id)) patch.show.push(id);
    for (const id of before) if (!this.visible.has(id)) patch.hide.push(id);
    for (const [id, n] of this.activeCount) if (n > 0 && !beforeActive.has(id)) patch.wake.push(id);
    for (const id of beforeActive) if (!((this.activeCount.get(id) ?? 0) > 0)) patch.sleep.push(id);
    return patch;
  }

  /** Shows only the pacts `passes` lets through (a filter), with `active` the set at the date; returns what switched. */
  setPactFilter(passes: (pactId: string) => boolean, active: ActiveSet): VisibilityPatch {
    this.passes = passes;
    return this.reset(active);
  }

  /** Applies the changes of one date move and returns only what switched. */
  apply(changes: TimelineChanges): VisibilityPatch {
    const patch: VisibilityPatch = { show: [], hide: [], wake: [], sleep: [] };
    this.remove(changes.deactivated, patch);
    this.add(changes.activated, patch);
    // An element hidden then shown again in one move (or woken then put to sleep) did not change.
    return dedupe(patch);
  }

  private add(active: ActiveSet, patch: VisibilityPatch): void {
    for (const pactId of active.pactIds)
      if (this.passes(pactId)) this.toggle(this.pactElements.get(pactId), true, patch);
    for (const m of active.memberships) {
      if (!this.passes(m.pactId)) continue;
      this.countEdge(m.pactId, m.actorId, 1, patch);
      const nodeId = actorNodeId(m.actorId);
      const n = (this.activeCount.get(nodeId) ?? 0) + 1;
      this.activeCount.set(nodeId, n);
      if (n === 1) patch.wake.push(nodeId);
    }
  }

  private remove(inactive: ActiveSet, patch: VisibilityPatch): void {
    for (const pactId of inactive.pactIds)
      if (this.passes(pactId)) this.toggle(this.pactElements.get(pactId), false, patch);
    for (const m of inactive.memberships) {
      if (!this.passes(m.pactId)) continue;
      this.countEdge(m.pactId, m.actorId, -1, patch);
      const nodeId = actorNodeId(m.actorId);
      const n = (this.activeCount.get(nodeId) ?? 0) - 1;
      this.activeCount.set(nodeId, Math.max(0, n));
      if (n === 0) patch.sleep.push(nodeId);
    }
  }

  private countEdge(pactId: string, actorId: string, delta: 1 | -1, patch: VisibilityPatch): void {
    const edgeId = this.edgeOfMembership.get(`${pactId}/${actorId}`);
    if (edgeId === undefined) return;
    const n = Math.max(0, (this.edgeCount.get(edgeId) ?? 0) + delta);
    this.edgeCount.set(edgeId, n);
    this.toggle(edgeId, n >= (this.edgeNeeds.get(edgeId) ?? 1), patch);
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
