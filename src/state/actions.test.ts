import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../domain/atlas/buildAtlas';
import { toDayNumber } from '../domain/dates';
import { tinyDataset } from '../../tests/unit/support/tinyDataset';
import { datasetFailed, datasetReady, goToEvent, setDay, setPlaying, setZoom, stepEvent } from './actions';
import { initialAppState } from './createAppStore';

const { dataset, texts } = tinyDataset();
const atlas = buildAtlas(dataset, texts);
const ready = datasetReady(atlas)(initialAppState());
const signed = toDayNumber('1951-08-30');
const inForce = toDayNumber('1952-08');

describe('store producers', () => {
  it('a loaded dataset starts at its last event', () => {
    expect(ready.timeline.day).toBe(inForce);
    expect(ready.data.kind).toBe('ready');
  });

  it.each([
    [toDayNumber('1900-01-01'), signed],
    [toDayNumber('2100-01-01'), inForce],
    [signed + 10, signed + 10],
  ])('setDay(%i) keeps the date inside the span: %i', (day, expected) => {
    expect(setDay(day)(ready).timeline.day).toBe(expected);
  });

  it('accepting an import while playing stops playing: Play shows again and the date can move', () => {
    const playing = setPlaying(true)(setDay(signed)(ready));
    expect(playing.timeline.playing).toBe(true);
    const opened = datasetReady(atlas)(playing);
    expect(opened.timeline.playing).toBe(false);
    expect(setDay(signed)(opened).timeline.day).toBe(signed);
  });

  it('stepEvent moves between event days and stops at the ends', () => {
    const atStart = setDay(signed)(ready);
    expect(stepEvent(1)(atStart).timeline.day).toBe(inForce);
    expect(stepEvent(-1)(atStart)).toBe(atStart);
  });

  it('playing from the end starts again from the beginning, and reaching the end stops playing', () => {
    const playing = setPlaying(true)(ready);
    expect(playing.timeline).toMatchObject({ playing: true, day: signed });
    expect(setDay(inForce)(playing).timeline.playing).toBe(false);
  });

  it('goToEvent sets the date, selects the pact and stops playing', () => {
    const next = goToEvent(signed, 'us-phl')(setPlaying(true)(ready));
    expect(next.timeline).toMatchObject({ day: signed, playing: false });
    expect(next.selection.pactId).toBe('us-phl');
  });

  it('zooming keeps the date inside the zoomed span', () => {
    expect(setZoom({ from: signed, to: signed + 30 })(ready).timeline.day).toBe(signed + 30);
  });

  it('a failed load keeps a dataset already shown and says why', () => {
    const failed = datasetFailed('bad file')(ready);
    expect(failed.data).toBe(ready.data);
    expect(failed.view.notice).toBe('bad file');
    expect(datasetFailed('bad file')(initialAppState()).data).toEqual({ kind: 'error', message: 'bad file' });
  });
});
