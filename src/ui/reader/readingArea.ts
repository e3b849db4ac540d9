// Where reading starts on screen: below the app's sticky header, whose height depends on the screen
// width and the interface language, so it is measured each time rather than assumed.

/** A sentence's top and bottom edges, in pixels from the top of the viewport. */
export interface SentenceBox {
  readonly id: string;
  readonly top: number;
  readonly bottom: number;
}

/**
 * How far a sentence may still reach below the header and count as read: its bottom padding
 * (0.5rem, see `.pair`) shows no text, and a restored scroll can land a pixel off.
 */
const SCROLLED_PAST = 8;

/** The bottom edge of the sticky header: the top of what the reader can see. */
export function readingAreaTop(): number {
  const header = document.querySelector('.app-header');
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

/**
 * The sentence at the top of the reading area, given the header's bottom edge: the highest one
 * that shows below it. A sentence hidden behind the header has been read, not the one to return to.
 */
export function sentenceAtTop(
  sentences: readonly SentenceBox[],
  areaTop: number,
): string | undefined {
  let top: SentenceBox | undefined;
  for (const sentence of sentences) {
    if (sentence.bottom <= areaTop + SCROLLED_PAST) continue;
    if (!top || sentence.top < top.top) top = sentence;
  }
  return top?.id;
}

export function boxOf(element: Element): SentenceBox {
  const { top, bottom } = element.getBoundingClientRect();
  return { id: element.getAttribute('data-sentence-id') ?? '', top, bottom };
}

/** Scrolls so that `element` starts right below the header, where `sentenceAtTop` will find it. */
export function scrollToReadingAreaTop(element: Element): void {
  window.scrollBy(0, element.getBoundingClientRect().top - readingAreaTop());
}
