import { describe, expect, it } from 'vitest';
import type { Membership } from '../timeline/types';
import type { GraphElements } from './buildGraphElements';
import { GraphVisibility, type VisibilityPatch } from './visibility';

/** The edge from NATO's hub to one member. */
function natoSpoke(actorId: string): GraphElements['edges'][number] {
  return {
    id: `m:nato:${actorId}`,
    source: 'p:nato',
    target: `a:${actorId}`,
    pactId: 'nato',
    kind: 'multilateral-security-organisation',
    role: 'membership',
    label: '',
    title: '',
    proposed: false,
    actorIds: [actorId],
  };
}

const elements: GraphElements = {
  nodes: [
    { id: 'a:usa', label: 'USA', title: 'USA', role: 'actor', kind: 'state', actorId: 'usa' },
    { id: 'a:jpn', label: 'JPN', title: 'JPN', role: 'actor', kind: 'state', actorId: 'jpn' },
    { id: 'a:gbr', label: 'GBR', title: 'GBR', role: 'actor', kind: 'state', actorId: 'gbr' },
    {
      id: 'p:nato',
      label: 'NATO',
      title: 'NATO',
      role: 'pact',
      kind: 'multilateral-security-organisation',
      pactId: 'nato',
    },
  ],
  edges: [
    {
      id: 'b:us-jpn',
      source: 'a:usa',
      target: 'a:jpn',
      pactId: 'us-jpn',
      kind: 'mutual-defence-treaty',
      role: 'bilateral',
      label: '',
      title: '',
      proposed: false,
      actorIds: ['usa', 'jpn'],
    },
    natoSpoke('usa'),
    natoSpoke('gbr'),
  ],
};
const m = (pactId: string, actorId: string): Membership => ({ key: `${pactId}/${actorId}`, pactId, actorId });
const none = { pactIds: [], memberships: [] };

/** What the canvas shows after applying each patch, as useTimeVisibility does with classes. */
function canvas() {
  const shown = new Set<string>();
  const awake = new Set<string>();
  return {
    shown,
    awake,
    apply(patch: VisibilityPatch) {
      patch.show.forEach((id) => shown.add(id));
      patch.hide.forEach((id) => shown.delete(id));
      patch.wake.forEach((id) => awake.add(id));
      patch.sleep.forEach((id) => awake.delete(id));
    },
  };
}

describe('GraphVisibility', () => {
  it('reset shows the active pacts and wakes their members', () => {
    const v = new GraphVisibility(elements);
    const patch = v.reset({ pactIds: ['nato'], memberships: [m('nato', 'usa'), m('nato', 'gbr')] });
    expect(patch.show.sort()).toEqual(['m:nato:gbr', 'm:nato:usa', 'p:nato']);
    expect(patch.wake.sort()).toEqual(['a:gbr', 'a:usa']);
    expect(patch.hide).toEqual([]);
  });

  it('apply touches only what changed and keeps an actor awake while any tie is active', () => {
    const v = new GraphVisibility(elements);
    const drawn = canvas();
    drawn.apply(v.reset({ pactIds: ['nato'], memberships: [m('nato', 'usa'), m('nato', 'gbr')] }));
    const patch = v.apply({
      activated: { pactIds: ['us-jpn'], memberships: [m('us-jpn', 'usa'), m('us-jpn', 'jpn')] },
      deactivated: { pactIds: [], memberships: [m('nato', 'gbr')] },
    });
    expect(patch).toEqual({ show: ['b:us-jpn'], hide: ['m:nato:gbr'], wake: ['a:jpn'], sleep: ['a:gbr'] });
    drawn.apply(patch);
    expect(drawn.shown.has('m:nato:usa')).toBe(true);
  });

  it('a tie ended and begun in one move changes nothing', () => {
    const v = new GraphVisibility(elements);
    v.reset({ pactIds: ['nato'], memberships: [m('nato', 'usa')] });
    const patch = v.apply({
      activated: { pactIds: ['nato'], memberships: [m('nato', 'usa')] },
      deactivated: { pactIds: ['nato'], memberships: [m('nato', 'usa')] },
    });
    expect(patch).toEqual({ show: [], hide: [], wake: [], sleep: [] });
  });

  it('reset to nothing hides everything shown and puts actors to sleep', () => {
    const v = new GraphVisibility(elements);
    const drawn = canvas();
    drawn.apply(v.reset({ pactIds: ['us-jpn'], memberships: [m('us-jpn', 'usa'), m('us-jpn', 'jpn')] }));
    const patch = v.reset(none);
    drawn.apply(patch);
    expect(patch.hide).toEqual(['b:us-jpn']);
    expect(patch.sleep.sort()).toEqual(['a:jpn', 'a:usa']);
    expect([...drawn.awake]).toEqual([]);
  });

  it('a pact filter hides the pacts it refuses and lets their members sleep; date moves keep it', () => {
    const v = new GraphVisibility(elements);
    const all = {
      pactIds: ['nato', 'us-jpn'],
      memberships: [m('nato', 'usa'), m('nato', 'gbr'), m('us-jpn', 'usa'), m('us-jpn', 'jpn')],
    };
    const drawn = canvas();
    drawn.apply(v.reset(all));
    const patch = v.setPactFilter((id) => id !== 'nato', all);
    drawn.apply(patch);
    expect(patch.hide.sort()).toEqual(['m:nato:gbr', 'm:nato:usa', 'p:nato']);
    expect(patch.sleep).toEqual(['a:gbr']);
    // The US keeps its US–Japan tie: still awake.
    expect([...drawn.awake].sort()).toEqual(['a:jpn', 'a:usa']);
    // A date move that ends NATO changes nothing drawn: it was filtered out.
    const moved = v.apply({
      activated: none,
      deactivated: { pactIds: ['nato'], memberships: [m('nato', 'gbr')] },
    });
    expect(moved).toEqual({ show: [], hide: [], wake: [], sleep: [] });
    // Lifting the filter shows what is in force at the date, no more.
    const lifted = v.setPactFilter(() => true, {
      pactIds: ['nato', 'us-jpn'],
      memberships: [m('nato', 'usa'), m('us-jpn', 'usa'), m('us-jpn', 'jpn')],
    });
    expect(lifted.show.sort()).toEqual(['m:nato:usa', 'p:nato']);
    expect(lifted.wake).toEqual([]);
  });
});
