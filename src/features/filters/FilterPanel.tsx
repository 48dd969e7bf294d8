import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  NO_FILTER_CHOICE,
  OBLIGATION_CLASSES,
  defaultObligations,
  type FilterChoice,
  type ObligationClass,
} from '../../domain/filter';
import type { PactKind, Region } from '../../domain/model';
import { PACT_KIND_COLOURS, PACT_KIND_LABELS, REGION_COLOURS, REGION_LABELS } from '../../shared/palette';
import { setAnalysis } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas } from '../../state/selectors';
import { AllOrSomeFieldset } from './AllOrSomeFieldset';
import { selectFilterChoice, useFilterSummary } from './useFilterSummary';

const CLASS_LABELS: Record<ObligationClass, string> = {
  defence: 'Defence (or offence)',
  neutrality: 'Neutrality or non-aggression',
  consultation: 'Consultation only',
  none: 'No obligation recorded',
};

/**
 * Filters over the graph: which obligations, kinds and regions of pacts are drawn, with what they hide at the
 * date. A disclosure button (Escape or a click outside closes the panel and gives focus back to the button).
 */
export function FilterPanel() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const choice = useAppStore(selectFilterChoice);
  const summary = useFilterSummary();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { kinds, regions } = useMemo(() => {
    const k = new Set(atlas?.dataset.pacts.map((p) => p.kind));
    const r = new Set(atlas?.dataset.actors.map((a) => a.region));
    return {
      kinds: (Object.keys(PACT_KIND_COLOURS) as PactKind[]).filter((x) => k.has(x)),
      regions: (Object.keys(REGION_COLOURS) as Region[]).filter((x) => r.has(x)),
    };
  }, [atlas]);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (rootRef.current?.contains(event.target as Node)) return;
      setOpen(false);
      // Focus back on the button unless the press focused something else (useDismiss does the same).
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body) buttonRef.current?.focus();
      });
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  if (!atlas || !summary) return null;
  const set = (filter: FilterChoice) => dispatch(store, setAnalysis({ filter }));
  const defaults = defaultObligations(atlas.dataset.pacts.length);
  const obligationsOn = (cls: ObligationClass) => summary.filter.obligations.has(cls);
  const filtering = summary.shownWords !== null;
  const isDefault = choice === NO_FILTER_CHOICE || (!choice.obligations && !choice.kinds && !choice.regions);
  return (
    <div
      className="filter-panel"
      data-overlay="bottom"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      {open ? (
        <div id={panelId} className="filter-popover" role="group" aria-label="Filters">
          <fieldset>
            <legend>Strongest obligation</legend>
            {OBLIGATION_CLASSES.map((cls) => (
              <label key={cls}>
                <input
                  type="checkbox"
                  checked={obligationsOn(cls)}
                  onChange={(e) =>
                    set({
                      ...choice,
                      obligations: OBLIGATION_CLASSES.filter((c) =>
                        c === cls ? e.target.checked : obligationsOn(c),
                      ),
                    })
                  }
                />
                {CLASS_LABELS[cls]} <span className="muted-text">{summary.byClass[cls]}</span>
              </label>
            ))}
          </fieldset>
          <AllOrSomeFieldset
            legend="Kind"
            all={kinds}
            chosen={choice.kinds}
            onChange={(next) => set({ ...choice, kinds: next })}
          >
            {(kind) => (
              <>
                {PACT_KIND_LABELS[kind]} <span className="muted-text">{summary.byKind.get(kind) ?? 0}</span>
              </>
            )}
          </AllOrSomeFieldset>
          <AllOrSomeFieldset
            legend="Region (pacts with a member there)"
            all={regions}
            chosen={choice.regions}
            onChange={(next) => set({ ...choice, regions: next })}
          >
            {(region) => REGION_LABELS[region]}
          </AllOrSomeFieldset>
          <div className="filter-actions">
            <button
              type="button"
              disabled={!filtering}
              onClick={() => set({ obligations: OBLIGATION_CLASSES, kinds: null, regions: null })}
            >
              Show every pact
            </button>
            {defaults.length < OBLIGATION_CLASSES.length ? (
              <button type="button" disabled={isDefault} onClick={() => set(NO_FILTER_CHOICE)}>
                Defence pacts only (default)
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      <button
        ref={buttonRef}
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="filter-toggle"
        onClick={() => setOpen(!open)}
      >
        <strong>Filters</strong>
        {filtering ? <span> · {summary.shownWords}</span> : <span> · every pact shown</span>}
        {summary.hidden.total ? (
          <span data-testid="filter-hidden-count">
            {' '}
            · {summary.hidden.total} of {summary.inForce} in force hidden
          </span>
        ) : null}
      </button>
    </div>
  );
}
