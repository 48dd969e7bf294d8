import type { EventType, Member, Pact, PactEvent, Passage } from '../../domain/model';
import { spokenDate, yearOf } from './calendar';
import type { DocumentWriter } from './documentWriter';
import type { MemberPlan, PactPlan } from './plans';
import type { Random } from './random';
import { KIND_NOUNS, drawObligations } from './vocabulary';

/** A pact's records: the pact, its events in the order they happened, and the passages they cite. */
export interface PactRecords {
  pact: Pact;
  events: PactEvent[];
  passages: Passage[];
}

const nameOf = (m: MemberPlan) => m.state.actor.name;

/** Names a list the way prose does, shortening long ones: "A, B and 12 others". */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} others`] : names;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

function titles(plan: PactPlan): { name: string; shortName: string } {
  const year = yearOf(plan.start.day);
  const [a, b] = plan.members.map((m) => m.state.actor);
  if (plan.shape === 'multilateral' || !a || !b) {
    const place = plan.place ?? 'Nowhere';
    return { name: `${place} ${KIND_NOUNS[plan.kind]} (${year})`, shortName: `${place} ${year}` };
  }
  const pair = `${a.iso3 ?? a.id}–${b.iso3 ?? b.id}`;
  if (plan.shape === 'proposed')
    return { name: `Proposed ${a.name}–${b.name} Pact (${year})`, shortName: `${pair} proposal` };
  return { name: `${a.name}–${b.name} ${KIND_NOUNS[plan.kind]} (${year})`, shortName: `${pair} ${year}` };
}

// The founding sentence: who signed what, when, and when it entered into force.
function foundingText(plan: PactPlan, name: string): string {
  const founders = listNames(plan.members.filter((m) => !m.joined).map(nameOf));
  if (plan.shape === 'proposed')
    return `${founders} discussed a proposed pact ${onOrIn(plan.start.iso)}; it was never concluded.`;
  const kind = plan.kind.replace(/-/g, ' ');
  const inForce = plan.inForce?.on ? `; it entered into force ${onOrIn(plan.inForce.date.iso)}` : '';
  const ratifiers = plan.members.filter((m) => m.ratified?.on).map(nameOf);
  const ratified = ratifiers.length ? `, after ratification by ${listNames(ratifiers)}` : '';
  return `${founders} signed the ${name}, a ${kind}, ${onOrIn(plan.start.iso)}${inForce}${ratified}.`;
}

function membershipText(plan: PactPlan): string | undefined {
  const joiners = plan.members.filter((m) => m.joined);
  const leavers = plan.members.filter((m) => m.left);
  if (!joiners.length && !leavers.length) return undefined;
  const joined = joiners.length
    ? `${joiners.length} states acceded to it (${listNames(joiners.map(nameOf))})`
    : '';
  const left = leavers.length ? `${leavers.length} withdrew (${listNames(leavers.map(nameOf))})` : '';
  return `Over the years ${[joined, left].filter(Boolean).join(' and ')}.`;
}

interface Citations {
  founding: Passage;
  membership: Passage;
  ending: Passage;
  all: Passage[];
}

const onOrIn = (iso: string) => `${iso.length === 10 ? 'on' : 'in'} ${spokenDate(iso)}`;

// One section per pact: a heading, then the sentences its records cite (membership and end only when needed).
function writeSection(
  plan: PactPlan,
  titled: { name: string; shortName: string },
  writer: DocumentWriter,
  section: number,
): Citations {
  writer.write(`§ ${section}. ${titled.name}\n`);
  const founding = writer.passage(`${plan.id}-founding`, foundingText(plan, titled.name));
  const all = [founding];
  const sentence = (suffix: string, text: string) => {
    writer.write(' ');
    const passage = writer.passage(`${plan.id}-${suffix}`, text);
    all.push(passage);
    return passage;
  };
  const membershipSentence = membershipText(plan);
  const membership = membershipSentence ? sentence('members', membershipSentence) : founding;
  const end = plan.end?.on ? plan.end : undefined;
  const ending = end
    ? sentence('end', `The ${titled.shortName} was ${end.type} ${onOrIn(end.date.iso)}.`)
    : founding;
  writer.write('\n\n');
  return { founding, membership, ending, all };
}

// A pact's events in the order a treaty lives: signature, ratifications, entry into force, accessions, end.
function pactEvents(random: Random, plan: PactPlan, cites: Citations): PactEvent[] {
  const event = (
    suffix: string,
    type: EventType,
    date: string,
    passage: Passage,
    actorId?: string,
  ): PactEvent => ({
    id: `${plan.id}-${suffix}`,
    pactId: plan.id,
    type,
    date,
    ...(actorId ? { actorIds: [actorId] } : {}),
    dateSource: random.chance(0.85) ? 'document' : 'public-record',
    passageIds: [passage.id],
  });
  const first = plan.shape === 'proposed' ? 'proposed' : 'signed';
  const events = [event(first, first, plan.start.iso, cites.founding)];
  for (const { state, ratified } of plan.members)
    if (ratified?.on)
      events.push(
        event(`ratified-${state.actor.id}`, 'ratified', ratified.date.iso, cites.founding, state.actor.id),
      );
  if (plan.inForce?.on)
    events.push(event('in-force', 'entered-into-force', plan.inForce.date.iso, cites.founding));
  for (const { state, joined, left } of plan.members) {
    if (joined)
      events.push(event(`joined-${state.actor.id}`, 'joined', joined.iso, cites.membership, state.actor.id));
    if (left)
      events.push(
        event(`withdrew-${state.actor.id}`, 'withdrew', left.iso, cites.membership, state.actor.id),
      );
  }
  if (plan.end?.on) events.push(event(plan.end.type, plan.end.type, plan.end.date.iso, cites.ending));
  return events;
}

function statusOf(plan: PactPlan): Pact['status'] {
  if (plan.shape === 'proposed') return 'proposed';
  if (!plan.end?.on) return 'active';
  return plan.end.type === 'superseded' ? 'superseded' : 'terminated';
}

/** Writes one pact's section into the document and returns its records, every one citing a passage. */
export function pactRecords(
  random: Random,
  plan: PactPlan,
  writer: DocumentWriter,
  section: number,
): PactRecords {
  const titled = titles(plan);
  const cites = writeSection(plan, titled, writer, section);
  const events = pactEvents(random, plan, cites);
  const pact: Pact = {
    id: plan.id,
    ...titled,
    kind: plan.kind,
    obligations: drawObligations(random, plan.kind),
    members: plan.members.map(memberRecord),
    status: statusOf(plan),
    summary: `A synthetic ${plan.kind.replace(/-/g, ' ')} of ${plan.members.length} states, signed in ${yearOf(plan.start.day)}.`,
    passageIds: cites.all.map((p) => p.id),
  };
  return { pact, events, passages: cites.all };
}

function memberRecord(m: MemberPlan): Member {
  return {
    actorId: m.state.actor.id,
    ...(m.joined ? { joined: m.joined.iso } : {}),
    ...(m.left ? { left: m.left.iso } : {}),
  };
}
