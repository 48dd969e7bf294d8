import { useCallback, useMemo, useRef, useState } from 'react';
import { useDismiss } from '../../shared/useDismiss';
import {
  LINE_DASHES,
  PACT_KIND_COLOURS,
  PACT_KIND_LABELS,
  PACT_KIND_LINES,
  REGION_COLOURS,
  REGION_LABELS,
} from '../../shared/palette';
import type { PactKind, Region } from '../../domain/model';
import { useAppStore } from '../../state/storeContext';
import { selectAtlas } from '../../state/selectors';
import { useFilterSummary } from '../filters/useFilterSummary';

/** What the colours, dashes, shapes and rings mean; lists only the kinds and regions the dataset has. */
export function Legend({
  defaultOpen = true,
  floating = false,
}: {
  defaultOpen?: boolean;
  floating?: boolean;
}) {
  const atlas = useAppStore(selectAtlas);
  const [open, setOpen] = useState(defaultOpen);
  const rootRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Floating over the graph it is a popover: Escape or a press elsewhere folds it.
  useDismiss(
    floating && open,
    useCallback(() => setOpen(false), []),
    rootRef,
    buttonRef,
  );
  const filters = useFilterSummary();
  const { kinds, regions } = useMemo(() => {
    const kinds = new Set<PactKind>(atlas?.dataset.pacts.map((p) => p.kind));
    const regions = new Set<Region>(atlas?.dataset.actors.map((a) => a.region));
    return {
      kinds: (Object.keys(PACT_KIND_COLOURS) as PactKind[]).filter((k) => kinds.has(k)),
      regions: (Object.keys(REGION_COLOURS) as Region[]).filter((r) => regions.has(r)),
    };
  }, [atlas]);
  if (!atlas) return null;
  return (
    <section ref={rootRef} className={floating ? 'legend legend-floating' : 'legend'} aria-label="Legend">
      <button
        ref={buttonRef}
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Legend
      </button>
      {open ? (
        <div className="legend-body">
          {filters?.shownWords ? (
            <p className="legend-filtered" data-testid="legend-filtered">
              Filtered: {filters.shownWords}.{' '}
              {filters.hiddenWords
                ? `${filters.hiddenWords} (of ${filters.inForce} in force at this date).`
                : 'Nothing in force at this date is hidden.'}
            </p>
          ) : null}
          <ul className="legend-kinds">
            {kinds.map((kind) => (
              <li key={kind}>
                <svg width="28" height="10" aria-hidden="true">
                  <line
                    x1="2"
                    y1="5"
                    x2="26"
                    y2="5"
                    stroke={PACT_KIND_COLOURS[kind]}
                    strokeWidth="3"
                    strokeDasharray={LINE_DASHES[PACT_KIND_LINES[kind]]?.join(' ')}
                    strokeLinecap={PACT_KIND_LINES[kind] === 'dotted' ? 'round' : undefined}
                  />
                </svg>
                {PACT_KIND_LABELS[kind]}
              </li>
            ))}
            <li>
              <svg width="28" height="12" aria-hidden="true">
                <path d="M14 1 L20 6 L14 11 L8 6 Z" fill="#1f5fa8" />
              </svg>
              Pact with three or more members
            </li>
          </ul>
          <ul className="legend-nodes">
            <li>
              <StateSwatch />
              State
            </li>
            <li>
              <svg width="28" height="14" aria-hidden="true">
                <rect x="6" y="2" width="16" height="10" rx="3" fill="#ddd" stroke="#4b5563" />
              </svg>
              Organisation
            </li>
            <li>
              <StateSwatch ring={{ stroke: '#111827', width: 3 }} />
              Nuclear-armed (heavy ring)
            </li>
            <li>
              <StateSwatch ring={{ stroke: '#374151', width: 2, dash: '3 2' }} />
              Under occupation (dashed ring): a party, not self-governing
            </li>
            <li>
              <StateSwatch faded />
              {filters?.shownWords ? 'Faded: no pact shown at this date' : 'Faded: no pact at this date'}
            </li>
            {regions.map((region) => (
              <li key={region}>
                <StateSwatch fill={REGION_COLOURS[region]} />
                {REGION_LABELS[region]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

const NODE_BORDER = { stroke: '#4b5563', width: 1 };

/** A state as the graph draws it: a circle in its fill, with its ring. */
function StateSwatch({
  fill = '#ddd',
  ring = NODE_BORDER,
  faded = false,
}: {
  fill?: string;
  ring?: { stroke: string; width: number; dash?: string };
  faded?: boolean;
}) {
  // A ring heavier than the border needs two more pixels, or the box clips it.
  const height = ring.width > 1 ? 16 : 14;
  return (
    <svg width="28" height={height} aria-hidden="true">
      <circle
        cx="14"
        cy={height / 2}
        r="6"
        fill={fill}
        opacity={faded ? 0.3 : undefined}
        stroke={ring.stroke}
        strokeWidth={ring.width}
        strokeDasharray={ring.dash}
      />
    </svg>
  );
}
