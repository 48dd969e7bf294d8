import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadOnce } from './loadOnce';
import { WhenLoaded } from './WhenLoaded';

interface Panels {
  Panel: () => React.JSX.Element;
}
const PANELS: Panels = { Panel: () => <h2>North Atlantic Treaty</h2> };

function controlledPart() {
  const attempts: { resolve: (value: Panels) => void; reject: (error: Error) => void }[] = [];
  const part = loadOnce(() => new Promise<Panels>((resolve, reject) => attempts.push({ resolve, reject })));
  return { part, attempts };
}

const renderPart = (part: ReturnType<typeof controlledPart>['part']) =>
  render(
    <main>
      <p>The graph keeps running.</p>
      <WhenLoaded part={part} what="details of this selection">
        {({ Panel }) => <Panel />}
      </WhenLoaded>
    </main>,
  );

describe('WhenLoaded', () => {
  it('says what is loading, then shows it', async () => {
    const { part, attempts } = controlledPart();
    renderPart(part);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the details of this selection…');
    expect(attempts).toHaveLength(1);
    attempts[0]!.resolve(PANELS);
    expect(await screen.findByRole('heading', { name: 'North Atlantic Treaty' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('renders at once, without a loading state, what has loaded already', async () => {
    const { part, attempts } = controlledPart();
    const loading = part.load();
    attempts[0]!.resolve(PANELS);
    await loading;
    renderPart(part);
    expect(screen.getByRole('heading', { name: 'North Atlantic Treaty' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(attempts).toHaveLength(1);
  });

  it('says what failed and why, leaves the rest alone, and tries again when asked', async () => {
    const { part, attempts } = controlledPart();
    renderPart(part);
    attempts[0]!.reject(new Error('Failed to fetch dynamically imported module: /assets/selectionPanels.js'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The details of this selection could not be loaded: Failed to fetch dynamically imported module: /assets/selectionPanels.js',
    );
    expect(screen.getByText('The graph keeps running.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the details of this selection…');
    expect(attempts).toHaveLength(2);
    attempts[1]!.resolve(PANELS);
    expect(await screen.findByRole('heading', { name: 'North Atlantic Treaty' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
