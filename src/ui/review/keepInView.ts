// Where a card sits on a phone: the sticky header covers the top of the screen, and "Show answer"
// and the grades stick to its bottom (review.css), so a tall card is scrolled between the two.

/** Positions on screen (px from the top of the viewport) once the answer is shown. */
export interface AnswerLayout {
  readonly cardTop: number;
  /** The bottom of the answer's first line: the verdict, the word or the meaning. */
  readonly answerStartBottom: number;
  /** The top of what is visible: the bottom of the sticky header. */
  readonly visibleTop: number;
  /** The bottom of what is visible: the top of the grades stuck to the bottom of the screen. */
  readonly visibleBottom: number;
}

/**
 * How far to scroll (down if positive) so that the card's top shows below the header, and the
 * answer's first line above the grades. When the card is too tall for both, the answer wins.
 */
export function answerScroll(layout: AnswerLayout): number {
  const up = Math.min(0, layout.cardTop - layout.visibleTop);
  const hidden = layout.answerStartBottom - up - layout.visibleBottom;
  return hidden > 0 ? up + hidden : up;
}

/** The page's `scroll-padding-top`: the sticky header's height (`--header-height`) and a gap. */
function headerBottom(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

function scrollBy(top: number): void {
  if (Math.abs(top) >= 1) window.scrollBy({ top });
}

/** A new card replacing one answered further down: its top is brought out from under the header. */
export function keepCardInView(card: HTMLElement | null): void {
  if (!card) return;
  scrollBy(Math.min(0, card.getBoundingClientRect().top - headerBottom()));
}

/** The answer just shown: its start above the grades, the card's top below the header. */
export function keepAnswerInView(
  card: HTMLElement | null,
  answer: HTMLElement | null,
  grades: HTMLElement | null,
): void {
  if (!card || !answer) return;
  const first = answer.firstElementChild ?? answer;
  scrollBy(
    answerScroll({
      cardTop: card.getBoundingClientRect().top,
      answerStartBottom: first.getBoundingClientRect().bottom,
      visibleTop: headerBottom(),
      visibleBottom: window.innerHeight - (grades?.getBoundingClientRect().height ?? 0),
    }),
  );
}
