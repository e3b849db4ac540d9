import { useEffect, type RefObject } from 'react';

/**
 * Keeps `--header-height` on the page at the sticky header's height, which changes with the screen
 * width and the interface language. The page's `scroll-padding-top` uses it, so that a word or
 * link reached with Tab scrolls into view below the header, not behind it.
 */
export function useStickyHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = (): void =>
      root.style.setProperty('--header-height', `${element.getBoundingClientRect().height}px`);
    const observer = new ResizeObserver(update);
    observer.observe(element);
    update();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
