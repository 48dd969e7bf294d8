/** A module loaded on first use: what it holds once loaded, and the one load in flight. */
export interface LoadOnce<T> {
  /** The module, once it has loaded (synchronously: a part already loaded renders without a loading state). */
  current(): T | undefined;
  /** Starts the load, or joins the one in flight; after a failure the next call tries again. */
  load(): Promise<T>;
}

/** Wraps a dynamic `import()`: one request at a time, the result kept, a failure not (a network blip is not forever). */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let pending: Promise<T> | null = null;
  return {
    current: () => value,
    load: () =>
      (pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
  };
}

/** Runs `task` once the browser is idle (or soon, where it has no idle callbacks); returns the cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 5_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/** Why a part loaded on first use is missing, in one sentence that names the part and the cause. */
export function loadFailure(what: string, error: unknown): string {
  return `The ${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
}
