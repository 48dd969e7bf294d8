import { useMemo } from 'react';
import { buildTimeScale, type TimeScale } from '../../domain/timescale/timeScale';
import { useAppStore } from '../../state/storeContext';
import { selectAtlas, selectBasis, selectScaleMode, selectSliderSpan } from '../../state/selectors';
import { useShallow } from 'zustand/react/shallow';

/** The slider's scale for the current dataset, zoom and scale mode (rebuilt only when those change). */
export function useTimeScale(): TimeScale | null {
  const atlas = useAppStore(selectAtlas);
  const span = useAppStore(useShallow(selectSliderSpan));
  const mode = useAppStore(selectScaleMode);
  const basis = useAppStore(selectBasis);
  return useMemo(() => {
    if (!atlas || !span) return null;
    return buildTimeScale(atlas.timelines[basis].eventDays, span.from, span.to, mode);
  }, [atlas, span, mode, basis]);
}
