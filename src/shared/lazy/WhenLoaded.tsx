import { useEffect, useState, type ReactNode } from 'react';
import type { LoadOnce } from './loadOnce';

interface WhenLoadedProps<T> {
  part: LoadOnce<T>;
  /** What is loading, for the waiting and failure messages: "details of this selection". */
  what: string;
  children: (loaded: T) => ReactNode;
}

/**
 * Renders a part of the app that is loaded on first use: at once when it is loaded already, else a status line
 * while it loads, and if the load fails an alert that names what failed and why, with a retry. The rest of the
 * app keeps running either way.
 */
export function WhenLoaded<T>({ part, what, children }: WhenLoadedProps<T>) {
  const loaded = part.current();
  const [, setLoaded] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (loaded !== undefined || failure !== null) return;
    let live = true;
    part.load().then(
      () => live && setLoaded(true),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [part, loaded, failure]);
  if (loaded !== undefined) return <>{children(loaded)}</>;
  if (failure !== null)
    return (
      <div className="part-failed" role="alert">
        <p>
          The {what} could not be loaded: <bdi>{failure}</bdi>
        </p>
        <button type="button" onClick={() => setFailure(null)}>
          Try again
        </button>
      </div>
    );
  return (
    <p className="part-loading" role="status">
      Loading the {what}…
    </p>
  );
}
