import { useEffect, type RefObject } from 'react';

/**
 * Closes an open menu or popover on Escape and on a pointer press outside `root`, and gives focus back to its
 * button: always after Escape; after an outside press only when the press focused nothing else (a press on
 * another control keeps that control's focus).
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  root: RefObject<HTMLElement | null>,
  button: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
      button.current?.focus();
    };
    const onDown = (event: PointerEvent) => {
      if (root.current?.contains(event.target as Node)) return;
      close();
      // After the press has moved focus (or not): back to the button if it went nowhere.
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body) button.current?.focus();
      });
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open, close, root, button]);
}
