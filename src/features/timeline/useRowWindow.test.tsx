import { act, render, screen } from '@testing-library/react';
import { Profiler, useRef } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useRowWindow } from './useRowWindow';

const ROW = 46;

function List({ count }: { count: number }) {
  const ref = useRef<HTMLOListElement>(null);
  const { rows, totalHeight } = useRowWindow(ref, count, {
    rowHeight: ROW,
    overscan: 8,
    initialHeight: 12 * ROW,
  });
  return (
    <ol ref={ref} aria-label="Rows" data-total={totalHeight}>
      {rows.map((row) => (
        <li key={row.index} data-start={row.start}>
          row {row.index}
        </li>
      ))}
    </ol>
  );
}

// jsdom has no layout: the list is given a height, and scrolled by setting scrollTop and sending the event.
function withListHeight(height: number) {
  const restore = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => height });
  onTestFinished(() => {
    if (restore) Object.defineProperty(Element.prototype, 'clientHeight', restore);
  });
}

const drawn = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('useRowWindow', () => {
  it('draws the rows in view plus eight on either side, and follows the scroll', () => {
    withListHeight(10 * ROW);
    render(<List count={1_000} />);
    const list = screen.getByRole('list', { name: 'Rows' });
    expect(list).toHaveAttribute('data-total', String(1_000 * ROW));
    expect(drawn()).toEqual(Array.from({ length: 18 }, (_, i) => `row ${i}`)); // rows 0–9 in view, 10–17 overscan
    list.scrollTop = 500 * ROW;
    act(() => {
      list.dispatchEvent(new Event('scroll'));
    });
    expect(drawn()).toEqual(Array.from({ length: 26 }, (_, i) => `row ${492 + i}`));
    expect(screen.getByText('row 500')).toHaveAttribute('data-start', String(500 * ROW));
  });

  it('re-renders on a scroll only when the rows to draw change', () => {
    withListHeight(10 * ROW);
    const commits: string[] = [];
    render(
      <Profiler id="list" onRender={(_id, phase) => commits.push(phase)}>
        <List count={1_000} />
      </Profiler>,
    );
    const list = screen.getByRole('list', { name: 'Rows' });
    const scrollTo = (top: number) => {
      list.scrollTop = top;
      act(() => {
        list.dispatchEvent(new Event('scroll'));
      });
    };
    scrollTo(20); // row 10 comes into view
    expect(drawn().at(-1)).toBe('row 18');
    commits.length = 0;
    scrollTo(40); // rows 0–10 still in view: the same rows
    expect(commits).toEqual([]);
    scrollTo(3 * ROW);
    expect(commits).toEqual(['update']);
  });

  it('draws nothing while the list has no height, as the virtualizer it replaced', () => {
    withListHeight(0);
    render(<List count={50} />);
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
