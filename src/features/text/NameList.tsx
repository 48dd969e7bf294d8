import { Fragment } from 'react';

/**
 * Names from data joined by a separator, each in its own `<bdi>`: a right-to-left name or an unclosed override in
 * one cannot reorder the separators or the names after it.
 */
export function NameList({ names, separator = ', ' }: { names: readonly string[]; separator?: string }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 ? separator : null}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}
