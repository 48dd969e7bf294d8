import { useAppStore } from '../state/storeContext';
import { selectHover } from '../state/selectors';

/** Names the element under the pointer, next to it. */
export function HoverLabel() {
  const hover = useAppStore(selectHover);
  if (!hover) return null;
  return (
    <div className="hover-label" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
      <bdi>{hover.label}</bdi>
    </div>
  );
}
