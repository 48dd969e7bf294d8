import type { Atlas } from '../../domain/atlas/buildAtlas';
import { formatDay, formatPreciseDate, toDayNumber } from '../../domain/dates';
import { occupationAt, pactMembersAt, type MemberAtDate } from '../../domain/membership';
import { selectActor } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStoreApi } from '../../state/storeContext';
import type { PactSpan } from '../../domain/timeline';
import type { Basis } from '../../state/types';

/** What a member record says, and when its membership held where the state's existence cut it short. */
function memberDates({ member, days }: MemberAtDate, atlas: Atlas, pact: PactSpan | undefined): string {
  const parts = [member.joined ? `joined ${formatPreciseDate(member.joined)}` : 'founding member'];
  const successor = atlas.actorById.get(member.actorId)?.successors?.find((s) => s.date === member.left);
  const successorName = successor ? atlas.actorById.get(successor.actorId)?.name : undefined;
  if (member.left)
    parts.push(
      successorName
        ? `until ${formatPreciseDate(member.left)}, when ${successorName} succeeded it`
        : `left ${formatPreciseDate(member.left)}`,
    );
  const pactStart = pact?.start;
  const nominalStart =
    member.joined === undefined ? pactStart : Math.max(pactStart ?? NaN, toDayNumber(member.joined));
  const first = days[0];
  const last = days.at(-1);
  if (first && nominalStart !== undefined && first.start > nominalStart)
    parts.push(`a member from ${formatDay(first.start)}, when it existed as a state`);
  if (last && pact && last.end < pact.end && !member.left)
    parts.push(`no longer a state from ${formatDay(last.end)}`);
  return parts.join(', ');
}

function MemberList({
  atlas,
  list,
  testId,
  pactSpan,
  day,
}: {
  atlas: Atlas;
  list: MemberAtDate[];
  testId: string;
  pactSpan: PactSpan | undefined;
  day: number;
}) {
  const store = useAppStoreApi();
  return (
    <ul className="members" data-testid={testId}>
      {list.map((entry) => (
        <li key={`${entry.member.actorId}-${entry.member.joined ?? ''}`}>
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch(store, selectActor(entry.member.actorId))}
          >
            <bdi>{atlas.actorById.get(entry.member.actorId)?.name ?? entry.member.actorId}</bdi>
          </button>
          <span className="member-dates"> {memberDates(entry, atlas, pactSpan)}</span>
          {entry.standing === 'current' && occupationAt(atlas.occupations, entry.member.actorId, day) ? (
            <span className="member-occupied" data-testid="member-occupied">
              {' '}
              (under <bdi>
                {occupationAt(atlas.occupations, entry.member.actorId, day)?.span.occupation}
              </bdi>{' '}
              on this date)
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A pact's members at the date, then those who had left and those who joined later, each with their dates. */
export function PactMembers({
  atlas,
  pactId,
  day,
  basis,
}: {
  atlas: Atlas;
  pactId: string;
  day: number;
  basis: Basis;
}) {
  const pact = atlas.pactById.get(pactId);
  if (!pact) return null;
  const span = atlas.timelines[basis].pactSpan(pactId);
  const members = pactMembersAt(pact, span, atlas.actorById, day);
  return (
    <section aria-labelledby="members-now-title">
      <h3 id="members-now-title">
        Members on {formatDay(day)} ({members.current.length})
      </h3>
      {members.current.length ? (
        <MemberList atlas={atlas} list={members.current} testId="members-now" pactSpan={span} day={day} />
      ) : (
        <p data-testid="members-now">None: the pact is not in force at this date.</p>
      )}
      {members.earlier.length ? (
        <>
          <h4>Earlier members ({members.earlier.length})</h4>
          <MemberList
            atlas={atlas}
            list={members.earlier}
            testId="members-earlier"
            pactSpan={span}
            day={day}
          />
        </>
      ) : null}
      {members.later.length ? (
        <>
          <h4>Later members ({members.later.length})</h4>
          <MemberList atlas={atlas} list={members.later} testId="members-later" pactSpan={span} day={day} />
        </>
      ) : null}
    </section>
  );
}
