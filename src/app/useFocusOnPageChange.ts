import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Focus is nowhere a learner put it: on the page itself, or on nothing. */
const focusIsUnclaimed = (main: HTMLElement): boolean =>
  document.activeElement === main ||
  document.activeElement === document.body ||
  document.activeElement === null;

/**
 * Not hidden inside `main`. While the next page loads, React keeps the page before it in place,
 * hidden by an inline `display: none`, and its heading is not the one to go to.
 */
function isShown(element: HTMLElement, main: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node && node !== main; node = node.parentElement) {
    if (node.style.display === 'none') return false;
  }
  return true;
}

/** Focuses the page's main heading, if it is there yet, without scrolling to it. */
function focusHeading(main: HTMLElement): boolean {
  const heading = [...main.querySelectorAll<HTMLElement>('h1')].find((h1) => isShown(h1, main));
  if (!heading) return false;
  // A heading takes focus from a script only; Tab still goes past it.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * When the page changes (not on the first load), moves focus to the new page's main heading, or
 * to `main` until that heading is there: the link followed is gone, and focus left on it would
 * fall back to the top of the document, with nothing said to a screen reader.
 *
 * A page that puts focus somewhere itself wins (the reader, on the sentence a link asked for):
 * it does so in its own effects, which run after this one, and the heading is focused only while
 * focus is still unclaimed. Focus never scrolls: where the page shows is the page's business.
 */
export function useFocusOnPageChange(path: string, main: RefObject<HTMLElement | null>): void {
  const shownPath = useRef(path);
  // A layout effect, ahead of the pages' own effects: they can then take focus from here.
  useLayoutEffect(() => {
    const region = main.current;
    if (shownPath.current === path || !region) return;
    shownPath.current = path;
    if (focusHeading(region)) return;
    // The page is still loading: focus waits on `main`, where the keyboard goes on from.
    region.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      if (!focusIsUnclaimed(region) || focusHeading(region)) observer.disconnect();
    });
    observer.observe(region, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [path, main]);
}
