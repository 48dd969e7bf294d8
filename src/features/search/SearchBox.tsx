import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { useGraph } from '../../shared/graphContext';
import { fitDrawn, selectionIds } from '../../shared/zoom/zoomActions';
import { buildSearchIndex, search, type SearchHit } from '../../domain/search/searchIndex';
import { dispatch } from '../../state/dispatch';
import { showFound } from '../../state/searchActions';
import { selectAtlas } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';

/** After the date's patch has reached the canvas (one frame) and the focus classes are set, frame the selection. */
function bringIntoView(getCy: () => Core | null): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const cy = getCy();
      if (cy) fitDrawn(cy, selectionIds(cy));
    }),
  );
}

/**
 * One search box over states, organisations and pacts, aliases included (a combobox, keyboard first: ↓/↑
 * move, Enter chooses, Escape closes then clears; "/" anywhere focuses it). Choosing selects the thing,
 * moves the date when it is not shown then, and brings it into view.
 */
export function SearchBox() {
  const store = useAppStoreApi();
  const { getCy } = useGraph();
  const atlas = useAppStore(selectAtlas);
  const index = useMemo(
    () => (atlas ? buildSearchIndex(atlas.dataset.actors, atlas.dataset.pacts) : []),
    [atlas],
  );
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => search(index, query), [index, query]);

  useEffect(() => {
    const onSlash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onSlash);
    return () => window.removeEventListener('keydown', onSlash);
  }, []);

  const choose = (hit: SearchHit) => {
    dispatch(store, showFound(hit.entry.kind, hit.entry.id));
    setQuery(hit.entry.name);
    setOpen(false);
    bringIntoView(getCy);
  };
  const expanded = open && query.trim() !== '';
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length ? (i + step + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (expanded && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };
  if (!atlas) return null;
  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Find a state or pact"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Find a state or pact  /"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Matches" className="search-results" hidden={!expanded}>
        {expanded && hits.length === 0 ? (
          <li className="search-empty">No state or pact by that name</li>
        ) : null}
        {expanded
          ? hits.map((hit, i) => (
              <li
                key={`${hit.entry.kind}:${hit.entry.id}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                // Chosen on mousedown, before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <bdi>{hit.entry.name}</bdi>
                {hit.matched ? (
                  <span className="search-alias">
                    {' '}
                    (<bdi>{hit.matched}</bdi>)
                  </span>
                ) : null}
                <span className="search-kind">{hit.entry.kind === 'pact' ? 'pact' : 'state'}</span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
