import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { passageCitation } from '../../src/domain/citation/chicago';
import { loadRealAtlas } from './support/atlasFixtures';
import { renderPactPanel } from './support/pactPanel';

const atlas = loadRealAtlas();

const panelFor = (pactId: string) => renderPactPanel(atlas, pactId, '2024-12-31');

const eventItem = (panel: HTMLElement, date: string) => {
  const button = within(panel).getByRole('button', { name: date });
  const item = button.closest('li');
  if (!item) throw new Error(`no event item for ${date}`);
  return item;
};

describe('evidence in the pact panel', () => {
  it('NATO accessions show their reference next to the date, and no passage that does not bear on them', () => {
    const panel = panelFor('nato');
    const sweden = eventItem(panel, '7 March 2024');
    expect(sweden).toHaveTextContent('date from the public record');
    const reference = within(sweden).getByTestId('event-reference');
    expect(reference).toHaveTextContent('Official record: Sweden is a NATO member');
    const link = within(reference).getByRole('link');
    expect(link).toHaveAttribute(
      'href',
      'https://www.einpresswire.com/article/694151149/sweden-is-a-nato-member',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(sweden).queryByTestId('event-passage')).toBeNull();
    expect(sweden).not.toHaveTextContent('European pillar');
    // Every NATO event names its reference.
    for (const { event } of atlas.eventsByPact.get('nato') ?? []) {
      expect(event.reference, event.id).toBeDefined();
    }
    const montenegro = eventItem(panel, '5 June 2017');
    expect(within(montenegro).getByTestId('event-reference')).toHaveTextContent(
      'No reference verified: NATO, Member countries',
    );
  });

  it('an event the document speaks of shows the passage bearing on it, with what it supports', () => {
    const panel = panelFor('rus-prk-2024');
    const signed = eventItem(panel, '19 June 2024');
    expect(within(signed).getByTestId('event-passage')).toHaveTextContent(
      'Passage (states the date, states its members, describes the act): In June 2024, Russia and North Korea agreed',
    );
    const inForce = eventItem(panel, '4 December 2024');
    expect(within(inForce).queryByTestId('event-passage')).toBeNull();
    expect(within(inForce).getByTestId('event-reference')).toHaveTextContent('Interfax');
  });

  it('says what each source passage is cited for', () => {
    const panel = panelFor('us-tha');
    expect(panel).toHaveTextContent('Cited because it mentions it only as part of a larger whole.');
  });

  it('copies a passage citation in Chicago author-date style', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const panel = panelFor('jpn-eu-2024');
    const passage = atlas.passageById.get('afridi-jpn-eu');
    const doc = atlas.documentById.get('afridi-2024-new-alliances');
    if (!passage || !doc) throw new Error('fixture data missing');
    await userEvent.click(
      within(panel).getAllByRole('button', { name: /^Copy citation for the passage/ })[0]!,
    );
    expect(writeText).toHaveBeenCalledWith(passageCitation(passage, doc));
    expect(writeText.mock.calls[0]?.[0]).toMatch(
      /^“Japan and the EU signed a defence pact in November 2024, .*” \(Afridi 2024\)\n\nAfridi, Malaika\. 2024\. “New Alliances in Defence and the Future of Strategic Stability\.” Arms Control/,
    );
    expect(await within(panel).findByText('Citation copied')).toBeInTheDocument();
  });

  it('shows the citation to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const panel = panelFor('jpn-eu-2024');
    await userEvent.click(within(panel).getByRole('button', { name: /^Copy citation for (?!the passage)/ }));
    const fallback = await within(panel).findByRole('textbox', { name: 'Citation' });
    expect((fallback as HTMLTextAreaElement).value).toMatch(
      /^EU–Japan Security and Defence Partnership\n\n“Japan and the EU/,
    );
  });
});
