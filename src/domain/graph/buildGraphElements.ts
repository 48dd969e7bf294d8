import type { Actor, Dataset, Pact, PactKind } from '../model';
import { isGeneratedPactName } from '../naming/generatedNames';
import { cleanName, isolatedLabel } from '../text/cleanText';

/** A node for a state or organisation, or the hub of a multilateral pact. */
export interface GraphNode {
  id: string;
  label: string;
  /** The full name, for hover and screen readers. */
  title: string;
  role: 'actor' | 'pact';
  /** Actor nodes: state or organization. Pact hubs: the pact's kind. */
  kind: string;
  region?: string;
  nuclear?: boolean;
  pactId?: string;
  actorId?: string;
  proposed?: boolean;
  /** Pact hubs: how many states the pact ever had (its spokes), for level of detail. */
  members?: number;
  /** Pact hubs: named as people know it (the documents' or the crosswalk's name, not a made-up import name). */
  known?: boolean;
}

/** An edge: a bilateral pact between its two members, or the tie of a member to a multilateral pact's hub. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  pactId: string;
  kind: PactKind;
  role: 'bilateral' | 'membership';
  label: string;
  title: string;
  proposed: boolean;
  /** The actors whose membership this edge draws. */
  actorIds: string[];
  /** How many states the pact ever had: a hub's many spokes are drawn lighter (level of detail). */
  members?: number;
}

export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const actorNodeId = (actorId: string) => `a:${actorId}`;
export const pactHubId = (pactId: string) => `p:${pactId}`;
export const bilateralEdgeId = (pactId: string) => `b:${pactId}`;
export const membershipEdgeId = (pactId: string, actorId: string) => `m:${pactId}:${actorId}`;

/** A pact is drawn as one edge when it ever had exactly two members; otherwise as a hub linked to each member. */
export function isBilateral(pact: Pact): boolean {
  return new Set(pact.members.map((m) => m.actorId)).size === 2;
}

function actorNode(actor: Actor): GraphNode {
  return {
    id: actorNodeId(actor.id),
    label: isolatedLabel(actor.name),
    title: cleanName(actor.name),
    role: 'actor',
    kind: actor.kind,
    region: actor.region,
    nuclear: actor.nuclear !== undefined,
    actorId: actor.id,
  };
}

/**
 * Builds every element the dataset can ever show, once: time never adds or removes elements, it only shows,
 * hides or dims them, so positions laid out over the whole set stay put while the date moves.
 */
export function buildGraphElements(dataset: Pick<Dataset, 'actors' | 'pacts'>): GraphElements {
  const nodes: GraphNode[] = dataset.actors.map(actorNode);
  const edges: GraphEdge[] = [];
  for (const pact of dataset.pacts) {
    const proposed = pact.kind === 'proposed-pact' || pact.status === 'proposed';
    // Labels are drawn on the canvas and written into the SVG export: cleaned and bidi-isolated in one place.
    const label = isolatedLabel(pact.shortName);
    const title = cleanName(pact.name);
    const memberCount = new Set(pact.members.map((m) => m.actorId)).size;
    const base = { pactId: pact.id, kind: pact.kind, label, title, proposed, members: memberCount };
    if (isBilateral(pact)) {
      const [a, b] = [...new Set(pact.members.map((m) => m.actorId))] as [string, string];
      edges.push({
        ...base,
        id: bilateralEdgeId(pact.id),
        source: actorNodeId(a),
        target: actorNodeId(b),
        role: 'bilateral',
        actorIds: [a, b],
      });
      continue;
    }
    nodes.push({
      id: pactHubId(pact.id),
      label,
      title,
      role: 'pact',
      kind: pact.kind,
      pactId: pact.id,
      proposed,
      members: memberCount,
      known: pact.passageIds.length > 0 || !isGeneratedPactName(pact.name),
    });
    for (const actorId of new Set(pact.members.map((m) => m.actorId))) {
      edges.push({
        ...base,
        id: membershipEdgeId(pact.id, actorId),
        source: pactHubId(pact.id),
        target: actorNodeId(actorId),
        role: 'membership',
        actorIds: [actorId],
      });
    }
  }
  return { nodes, edges };
}
