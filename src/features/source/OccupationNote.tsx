import type { Atlas } from '../../domain/atlas/buildAtlas';
import { formatPreciseDate } from '../../domain/dates';
import { occupationAt } from '../../domain/membership';

/** "Under Allied occupation on this date (15 August 1945 – 28 April 1952): …", when the state is then. */
export function OccupationNote({ atlas, actorId, day }: { atlas: Atlas; actorId: string; day: number }) {
  const found = occupationAt(atlas.occupations, actorId, day);
  if (!found) return null;
  const { span } = found;
  const from = span.from ? formatPreciseDate(span.from) : 'the start of the record';
  const until = span.until ? formatPreciseDate(span.until) : 'today';
  return (
    <p className="occupation-note" data-testid="occupation-note">
      Under <bdi>{span.occupation}</bdi> on this date ({from} – {until}): drawn with a dashed ring. COW’s
      state system leaves it out then; the state existed and could sign and be bound by treaties.
      {span.note ? (
        <>
          {' '}
          <bdi>{span.note}</bdi> (public record)
        </>
      ) : null}
    </p>
  );
}
