import { useEffect } from 'react';
import { preferences } from '../../storage/preferences';

/**
 * Remembers the sentence at the top of the screen, and on opening scrolls back to it (or to the
 * sentence a link asked for).
 */
export function useReadingPosition(
  textId: string,
  ready: boolean,
  requestedSentenceId: string | undefined,
): void {
  useEffect(() => {
    if (!ready) return;
    const target = requestedSentenceId ?? preferences.readingPosition(textId);
    const element = target ? document.getElementById(`sentence-${target}`) : null;
    if (
      element &&
      (requestedSentenceId ||
        element.previousElementSibling ||
        element.parentElement?.previousElementSibling)
    ) {
      element.scrollIntoView({ block: 'start' });
      if (requestedSentenceId) element.classList.add('flash');
    }
  }, [textId, ready, requestedSentenceId]);

  useEffect(() => {
    if (!ready || typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => {
      const top = [...visible].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      )[0];
      const sentenceId = top?.getAttribute('data-sentence-id');
      if (sentenceId) preferences.setReadingPosition(textId, sentenceId);
    };
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    });
    document.querySelectorAll('[data-sentence-id]').forEach((element) => observer.observe(element));
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [textId, ready]);
}
