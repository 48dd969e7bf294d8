import { useEffect, useRef } from 'react';
import { useGraph } from '../shared/graphContext';

/**
 * Names the element under the pointer, next to it. It follows the graph's hover channel by writing to its own
 * element, so a mouse move re-renders nothing in React.
 */
export function HoverLabel() {
  const { onHover } = useGraph();
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLElement>(null);
  useEffect(
    () =>
      onHover((hover) => {
        const element = box.current;
        if (!element || !text.current) return;
        element.hidden = hover === null;
        if (!hover) return;
        // textContent, never markup: a name from data stays text.
        text.current.textContent = hover.label;
        element.style.left = `${hover.x + 12}px`;
        element.style.top = `${hover.y + 12}px`;
      }),
    [onHover],
  );
  return (
    <div ref={box} className="hover-label" role="tooltip" hidden>
      <bdi ref={text} />
    </div>
  );
}
