import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppCrashed } from './AppCrashed';
import { ErrorBoundary } from './ErrorBoundary';

// A panel reaching a field that is not what its type says, as a corrupt record did before it was checked on open.
function Panel({ name }: { name: unknown }) {
  return <h2>{(name as string).toUpperCase()}</h2>;
}

function Page({ name, selection }: { name: unknown; selection: string }) {
  return (
    <>
      <ErrorBoundary
        resetKeys={[selection]}
        fallback={(error) => <p role="alert">This panel could not be shown: {error.message}</p>}
      >
        <Panel name={name} />
      </ErrorBoundary>
      <p>The graph stays</p>
    </>
  );
}

beforeEach(() => {
  // React logs caught errors; the test is about what the page shows.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('a failing panel loses only itself, and another selection shows again', () => {
    const { rerender } = render(<Page name={undefined} selection="a" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/This panel could not be shown: .*toUpperCase/);
    expect(screen.getByText('The graph stays')).toBeInTheDocument();
    rerender(<Page name="nato" selection="b" />);
    expect(screen.getByRole('heading')).toHaveTextContent('NATO');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the whole app failing shows what happened and a way back to the documents’ dataset', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, pathname: '/', assign });
    render(
      <ErrorBoundary fallback={(error) => <AppCrashed error={error} />}>
        <Panel name={null} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Alliance Atlas stopped' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/null/);
    await userEvent.click(screen.getByRole('button', { name: 'Open the documents’ dataset' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/'), { timeout: 30_000 });
    vi.unstubAllGlobals();
  });
});
