import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyPart, retryableLazy } from './LazyPart';

const Dialog = () => <div role="dialog">Export</div>;

describe('LazyPart with retryableLazy', () => {
  it('reports a failed load once, naming the part and the cause, and loads on the next opening', async () => {
    let attempts = 0;
    const Part = retryableLazy(async () => {
      attempts += 1;
      if (attempts === 1)
        throw new Error('Failed to fetch dynamically imported module: /assets/ExportDialog.js');
      return { default: Dialog };
    });
    const failures: string[] = [];
    const open = () => (
      <main>
        <p>The graph keeps running.</p>
        <LazyPart what="export dialog" retry={Part.retry} onFailed={(message) => failures.push(message)}>
          <Part />
        </LazyPart>
      </main>
    );
    const first = render(open());
    await expect
      .poll(() => failures)
      .toEqual([
        'The export dialog could not be loaded: Failed to fetch dynamically imported module: /assets/ExportDialog.js',
      ]);
    expect(screen.getByText('The graph keeps running.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    first.unmount(); // the app closes the part when told it failed

    render(open());
    expect(await screen.findByRole('dialog')).toHaveTextContent('Export');
    expect(attempts).toBe(2);
    expect(failures).toHaveLength(1);
  });
});
