import type { ReactNode } from 'react';

/** Toggles one item of a list that `null` means "all of them" for; back to null when all are on. */
function toggled<T extends string>(
  list: readonly T[] | null,
  all: readonly T[],
  item: T,
  on: boolean,
): T[] | null {
  const current = list ?? all;
  const next = all.filter((x) => (x === item ? on : current.includes(x)));
  return next.length === all.length ? null : next;
}

/**
 * A checkbox for each of `all`, where a `chosen` of null means all of them (and a choice of all becomes null
 * again); nothing when there is only one item, as there is nothing to choose.
 */
export function AllOrSomeFieldset<T extends string>({
  legend,
  all,
  chosen,
  onChange,
  children,
}: {
  legend: string;
  all: readonly T[];
  chosen: readonly T[] | null;
  onChange: (next: T[] | null) => void;
  /** The label of an item. */
  children: (item: T) => ReactNode;
}) {
  if (all.length < 2) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {all.map((item) => (
        <label key={item}>
          <input
            type="checkbox"
            checked={!chosen || chosen.includes(item)}
            onChange={(e) => onChange(toggled(chosen, all, item, e.target.checked))}
          />
          {children(item)}
        </label>
      ))}
    </fieldset>
  );
}
