import type { Atlas } from '../../domain/atlas/buildAtlas';
import { formatPreciseDate } from '../../domain/dates';
import type { DatasetDifference } from '../../domain/merge/datasetDifferences';
import type { Pact } from '../../domain/model';

type Row = NonNullable<Pact['datasetRows']>[number];

/** "joined 22 October 1951, left 15 November 1956", from `joined/left` pairs; "a founding member" when neither. */
function membership(pairs: string | undefined): string {
  return (pairs ?? '')
    .split(', ')
    .map((pair) => {
      const [joined = '', left = ''] = pair.split('/');
      const parts = [joined ? `joined ${formatPreciseDate(joined)}` : 'a founding member'];
      if (left) parts.push(`left ${formatPreciseDate(left)}`);
      return parts.join(', ');
    })
    .join('; ');
}

function Difference({ atlas, row, d }: { atlas: Atlas; row: Row; d: DatasetDifference }) {
  const name = <bdi>{(d.actorId && atlas.actorById.get(d.actorId)?.name) ?? d.actorId}</bdi>;
  const source = <bdi>{row.dataset}</bdi>;
  switch (d.kind) {
    case 'only-in-dataset':
      return (
        <>
          {source} also lists {name} ({membership(d.dataset)}); this pact’s record does not.
        </>
      );
    case 'only-here':
      return d.afterCoverage ? (
        <>
          {name} {membership(d.here)}, after the end of {source}’s data.
        </>
      ) : (
        <>
          {source} does not list {name} ({membership(d.here)} here).
        </>
      );
    case 'member-dates':
      return (
        <>
          {name}: {membership(d.dataset)} in {source}; {membership(d.here)} here.
        </>
      );
    case 'start':
      return (
        <>
          Dates differ: {source} begins it {formatPreciseDate(d.dataset ?? '')}; here{' '}
          {formatPreciseDate(d.here ?? '')}.
        </>
      );
    case 'end':
      return (
        <>
          Dates differ:{' '}
          {d.dataset ? (
            `${source} ends it ${formatPreciseDate(d.dataset)}`
          ) : (
            <>{source} has it in force to the end of its data</>
          )}
          ; {d.here ? `here it ends ${formatPreciseDate(d.here)}` : 'here it is still in force'}.
        </>
      );
  }
}

/** What a dataset row that records this pact says otherwise: members and dates, never silently dropped. */
export function DatasetDifferences({ atlas, row }: { atlas: Atlas; row: Row }) {
  if (!row.differences) return null;
  if (row.differences.length === 0)
    return (
      <p className="dataset-agrees">
        <bdi>{row.dataset}</bdi> lists the same members with the same dates.
      </p>
    );
  return (
    <ul className="dataset-differences" data-testid="dataset-differences">
      {row.differences.map((d, i) => (
        <li key={`${d.kind}-${d.actorId ?? ''}-${i}`}>
          <Difference atlas={atlas} row={row} d={d} />
        </li>
      ))}
    </ul>
  );
}
