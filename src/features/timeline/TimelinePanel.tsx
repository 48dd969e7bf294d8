import { useAppStoreApi } from '../../state/storeContext';
import { DateReadout } from './DateReadout';
import { TimelineControls } from './TimelineControls';
import { TimelineSlider } from './TimelineSlider';
import { usePlayback } from './usePlayback';

/** The timeline: date and count, controls, and the slider with its event histogram. */
export function TimelinePanel() {
  usePlayback(useAppStoreApi());
  return (
    <section className="timeline" aria-label="Timeline">
      <DateReadout />
      <TimelineControls />
      <TimelineSlider />
    </section>
  );
}
