import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadFailure } from './loadOnce';

/** A lazily loaded component that can load again after a failure (see LazyPart's `retry`). */
export interface RetryableLazy<P> {
  (props: P): ReactNode;
  /** Forget a failed load: React keeps a lazy component's error for good, so the next render starts afresh. */
  retry: () => void;
}

/** React.lazy that can be tried again once its failure has been reported (LazyPart calls `retry`). */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): RetryableLazy<P> {
  let current = lazy(load);
  const Part = (props: P) => {
    const Loaded = current;
    return <Loaded {...props} />;
  };
  Part.retry = () => {
    current = lazy(load);
  };
  return Part;
}

interface LazyPartProps {
  /** What the part is, for the message: "import dialog". */
  what: string;
  /** Told once when the part could not be loaded (or shown): say so and close it. */
  onFailed: (message: string) => void;
  /** The lazy component inside, made ready to load again once its failure is reported. */
  retry?: () => void;
  /** Shown while it loads (nothing by default: a dialog appears when ready). */
  fallback?: ReactNode;
  children: ReactNode;
}

/**
 * Where a lazily loaded part (a dialog) is rendered: `fallback` while it loads (nothing by default), and
 * if its chunk cannot be loaded, nothing but `onFailed`'s message: the rest of the app keeps running.
 */
export class LazyPart extends Component<LazyPartProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    this.props.retry?.();
    this.props.onFailed(loadFailure(this.props.what, error));
  }

  render() {
    if (this.state.failed) return null;
    return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
  }
}
