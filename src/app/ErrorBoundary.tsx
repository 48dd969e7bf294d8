import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children once one of them has thrown; `reset` renders them again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** Rendering again when any of these change (e.g. another selection) clears the error. */
  resetKeys?: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: Error | null;
  keys: readonly unknown[];
}

/** Keeps a failure in one part of the page from unmounting the rest: shows `fallback` where the part was. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(thrown: unknown): Partial<State> {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const keys = props.resetKeys ?? [];
    const changed =
      keys.length !== state.keys.length || keys.some((key, i) => !Object.is(key, state.keys[i]));
    return changed ? { keys, error: null } : null;
  }

  reset = () => this.setState({ error: null });

  render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
