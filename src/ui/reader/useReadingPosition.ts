import { useEffect, useEffectEvent } from 'react';
import { useLocation } from 'wouter';
import { preferences } from '../../storage/preferences';
import { boxOf, readingAreaTop, scrollToReadingAreaTop, sentenceAtTop } from './readingArea';

/**
 * Remembers the sentence at the top of the reading area, below the sticky header, and on opening
 * scrolls back to it (or, once, to the sentence a link asked for). The sentences are those on the
 * page, `paragraphsShown` paragraphs of the text: the one scrolled to is among the first shown.
 */
export function useReadingPosition(
  textId: string,
  paragraphsShown: number,
  requestedSentenceId: string | undefined,
): void {
  const [path, navigate] = useLocation();
  // Drops the `s` a link put in the address, keeping the route: the jump it asked for is done,
  // and a later reload or visit should return to where the learner read to, not to that sentence.
  const forgetRequestedSentence = useEffectEvent(() => navigate(path, { replace: true }));
  useEffect(() => {
    const target = requestedSentenceId ?? preferences.readingPosition(textId);
    const element = target ? document.getElementById(`sentence-${target}`) : null;
    // Read from its first sentence, a text opens at the top, its controls above that sentence.
    const first = document.querySelector('[data-sentence-id]');
    if (element && (requestedSentenceId || element !== first)) {
      scrollToReadingAreaTop(element);
      if (requestedSentenceId) {
        element.classList.add('flash');
        // The keyboard goes on from the sentence asked for, not from the top of the page.
        element.querySelector<HTMLElement>('.tl button')?.focus({ preventScroll: true });
      }
    }
    if (requestedSentenceId) forgetRequestedSentence();
  }, [textId, requestedSentenceId]);

  // Observed again as more paragraphs are shown.
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => {
      const sentenceId = sentenceAtTop([...visible].map(boxOf), readingAreaTop());
      if (sentenceId) preferences.setReadingPosition(textId, sentenceId);
    };
    const saveSoon = (): void => {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    };
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      saveSoon();
    });
    document.querySelectorAll('[data-sentence-id]').forEach((element) => observer.observe(element));
    // A sentence can slide under the header without any sentence entering or leaving the screen.
    window.addEventListener('scroll', saveSoon, { passive: true });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('scroll', saveSoon);
    };
  }, [textId, paragraphsShown]);
}
