import { createFocusTrap } from 'focus-trap';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Sentence } from '../../domain/content';
import { ErrorMessage } from '../common/ErrorMessage';
import { afterNextPaint } from '../common/scheduling';
import { useCloseOnBack } from '../common/useCloseOnBack';
import { usePaintedOnce } from '../common/usePaintedOnce';
import { GlossContent } from './GlossContent';
import { ListenButton } from './ListenButton';
import { useGloss } from './useGloss';

export interface GlossRequest {
  readonly text: string;
  readonly wordIndex: number;
  /** The word's button: focus goes back to it when the dialog closes. */
  readonly element: HTMLElement;
  readonly sentence: Sentence;
  readonly english: string;
  /** Whether the reader shows this sentence's English: the gloss keeps it hidden where not. */
  readonly englishShown?: boolean;
  readonly textId: string;
}

/**
 * The gloss of one tapped word, as a modal dialog labelled by the word.
 *
 * Modal by a focus trap over a backdrop rather than `showModal()`: making the page behind inert
 * restyles every element on screen, which on a cheap phone costs more than the gloss itself.
 * Rendered open rather than opened by `show()`, which looks for what to focus at once and so lays
 * out the page before the gloss can be painted: focus moves in when the trap starts, right after
 * that paint. The trap keeps Tab inside, Escape, Back or a tap outside closes, and focus returns
 * to the word.
 */
export function GlossDialog({ request, onClose }: { request: GlossRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [revision, setRevision] = useState(0);
  const gloss = useGloss(request.sentence.text, request.wordIndex, request.text, revision);
  // The reading opens the gloss: the word, its root, their senses and the breakdown. What else
  // there is (the entries' notes and examples, Save, the learner's own meaning, the sentence) comes
  // a frame later, so that the first frame has less to lay out and draw.
  const firstFrame = !usePaintedOnce();
  useCloseOnBack(() => dialogRef.current?.close());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = request.element;
    const trap = createFocusTrap(dialog, {
      fallbackFocus: dialog,
      clickOutsideDeactivates: true,
      setReturnFocus: () => (opener.isConnected ? opener : false),
      onDeactivate: () => dialog.close(),
      // Whether an element is visible needs layout; the dialog shows all it can focus.
      tabbableOptions: { displayCheck: 'none' },
    });
    // The trap (which looks through the dialog for what can take focus, and moves focus there)
    // starts once the gloss is on screen. Escape closes the dialog before that too.
    const cancelTrap = afterNextPaint(() => trap.activate());
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !trap.active) dialog.close();
    };
    document.addEventListener('keydown', closeOnEscape);
    // The page behind stays put under a wheel over the backdrop (touch: `touch-action` in CSS).
    // Not by hiding the page's overflow, which would lay the whole page out again on opening.
    const backdrop = backdropRef.current;
    const keepPage = (event: WheelEvent) => event.preventDefault();
    backdrop?.addEventListener('wheel', keepPage, { passive: false });
    return () => {
      cancelTrap();
      document.removeEventListener('keydown', closeOnEscape);
      backdrop?.removeEventListener('wheel', keepPage);
      if (trap.active) trap.deactivate();
      else if (opener.isConnected) opener.focus(); // closed before the trap started
    };
  }, [request.element]);

  return (
    <>
      <div className="gloss-backdrop" ref={backdropRef} />
      <dialog
        ref={dialogRef}
        open
        className="gloss-dialog"
        aria-labelledby={titleId}
        aria-modal="true"
        onClose={onClose}
      >
        <div className="gloss-inner">
          <header className="gloss-header">
            <h2 id={titleId} lang="tl">
              {request.text}
            </h2>
            <ListenButton text={request.text} />
            <button
              type="button"
              className="button close"
              onClick={() => dialogRef.current?.close()}
            >
              {t('gloss.close')}
            </button>
          </header>
          {gloss.status === 'loading' && <p role="status">{t('gloss.loading')}</p>}
          {gloss.status === 'failed' && (
            <ErrorMessage detail={t('gloss.lexiconError', { message: gloss.error.message })} />
          )}
          {gloss.status === 'done' && (
            // The affix explanations are their own namespace: wait for them here, not page-wide.
            <Suspense fallback={<p role="status">{t('gloss.loading')}</p>}>
              <GlossContent
                gloss={gloss.value}
                onOwnGlossChange={() => setRevision((value) => value + 1)}
                readingOnly={firstFrame}
                brief={firstFrame}
                context={{
                  word: request.text,
                  wordIndex: request.wordIndex,
                  sentenceTl: request.sentence.text,
                  sentenceEn: request.english,
                  textId: request.textId,
                  sentenceId: request.sentence.id,
                }}
              />
            </Suspense>
          )}
          {!firstFrame && (
            <SentenceTranslation
              english={request.english}
              hidden={request.englishShown === false && request.english !== ''}
            />
          )}
        </div>
      </dialog>
    </>
  );
}

/**
 * The sentence's English, behind a "Show translation" button where the reader hides it (a learner
 * reading without the translation should not have it shown by looking a word up).
 */
function SentenceTranslation({ english, hidden }: { english: string; hidden: boolean }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(!hidden);
  // The button goes once pressed: focus moves to what it showed, not to the page.
  const shown = useRef<HTMLParagraphElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else if (revealed) shown.current?.focus();
  }, [revealed]);
  return (
    <section className="gloss-sentence">
      <h3>{t('gloss.sentence')}</h3>
      {revealed ? (
        <p lang="en" ref={shown} tabIndex={-1}>
          {english || t('reader.noTranslation')}
        </p>
      ) : (
        <button
          type="button"
          className="button reveal"
          aria-expanded={false}
          onClick={() => setRevealed(true)}
        >
          {t('reader.reveal')}
        </button>
      )}
    </section>
  );
}
