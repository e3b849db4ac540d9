import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type Ref,
} from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useSearch } from 'wouter';
import type { Sentence, Text } from '../../domain/content';
import { loadLexicon, prefetchLexicon } from '../../storage/lexiconFiles';
import { prefetchOwnGlosses } from '../../storage/ownGlosses';
import { preferences, type TranslationMode } from '../../storage/preferences';
import { HighlightBar, useWordHighlights, type Highlights } from '../vocabulary/WordHighlights';
import { whenIdle } from '../common/scheduling';
import { paragraphsAfter, paragraphsToRenderFirst } from './firstParagraphs';
import { GLOSS_NAMESPACES, prefetchSaveWordControl } from './GlossContent';
import { GlossDialog, type GlossRequest } from './GlossDialog';
import { GlossWarmUp } from './GlossWarmUp';
import { SentencePair } from './SentencePair';
import type { WordTarget } from './TagalogSentence';
import { TranslationModeSwitch } from './TranslationModeSwitch';
import { useReadingPosition } from './useReadingPosition';
import { useDocumentTitle } from '../common/useDocumentTitle';
import './reader.css';

export interface ReaderViewProps {
  readonly text: Text;
  /** The English of a sentence, if the text has one. */
  readonly english: (sentenceId: string) => string | undefined;
  readonly note: (sentenceId: string) => string | undefined;
  /** False for a learner's text that has no translation yet. */
  readonly hasTranslation: boolean;
  /** Where the text is from, as shown (the learner's own text: "Added by you"); else its source. */
  readonly source?: string;
}

// Whether a gloss has been drawn unseen already (see GlossWarmUp): once is enough for the app.
let glossWarmedUp = false;

/**
 * Once the text is on screen, fetch what a tap needs, so the first gloss opens at once: when idle,
 * the core lexicon, the gloss's locale namespaces and its Save control's code, and then a gloss
 * drawn unseen (true once it may be); the lexicon's details as soon as a finger or the keyboard
 * reaches a word.
 */
function usePrefetchGlosses(): boolean {
  const { i18n } = useTranslation();
  const [warmUp, setWarmUp] = useState(false);
  useEffect(() => {
    let stopped = false;
    const prefetch = (): void => {
      prefetchLexicon();
      prefetchOwnGlosses();
      prefetchSaveWordControl();
      void i18n.loadNamespaces([...GLOSS_NAMESPACES]).then(() => {
        if (stopped || glossWarmedUp) return;
        glossWarmedUp = true;
        setWarmUp(true);
      });
    };
    const stopListening = (): void => {
      document.removeEventListener('pointerdown', reachForWord, true);
      document.removeEventListener('focusin', reachForWord, true);
    };
    const reachForWord = (event: Event): void => {
      if (!(event.target instanceof Element) || !event.target.closest('.word')) return;
      loadLexicon().catch(() => undefined); // a failure is reported in the dialog
      stopListening();
    };
    document.addEventListener('pointerdown', reachForWord, true);
    document.addEventListener('focusin', reachForWord, true);
    const cancelPrefetch = whenIdle(prefetch, 1500);
    return () => {
      stopped = true;
      cancelPrefetch();
      stopListening();
    };
  }, [i18n]);
  return warmUp;
}

interface ParagraphsProps extends Pick<ReaderViewProps, 'text' | 'english' | 'note'> {
  /** How many of the text's paragraphs to render (see `paragraphsToRenderFirst`). */
  readonly count: number;
  readonly mode: TranslationMode;
  readonly revealed: ReadonlySet<string>;
  readonly onToggleReveal: (sentenceId: string) => void;
  readonly onWord: (sentence: Sentence, target: WordTarget) => void;
  readonly wordClass: Highlights['wordClass'];
}

interface GlossLayerHandle {
  readonly open: (request: GlossRequest) => void;
}

/**
 * The open gloss, if any. Its state lives here, not in the reader, so that opening or closing a
 * gloss renders the dialog alone, not the reader's toolbar and text.
 */
function GlossLayer({ ref }: { ref: Ref<GlossLayerHandle> }) {
  const [gloss, setGloss] = useState<GlossRequest | null>(null);
  useImperativeHandle(ref, () => ({ open: setGloss }), []);
  return gloss && <GlossDialog request={gloss} onClose={() => setGloss(null)} />;
}

/** The text itself; kept apart so that opening and closing a gloss does not render it again. */
const Paragraphs = memo(function Paragraphs(props: ParagraphsProps) {
  const { text, count, english, note, mode, revealed, onToggleReveal, onWord, wordClass } = props;
  return (
    <>
      {text.paragraphs.slice(0, count).map((paragraph) => (
        <section
          key={paragraph.id}
          className={`paragraph${paragraph.role ? ` paragraph-${paragraph.role}` : ''}`}
        >
          {paragraph.sentences.map((sentence) => (
            <SentencePair
              key={sentence.id}
              sentence={sentence}
              english={english(sentence.id)}
              note={note(sentence.id)}
              mode={mode}
              revealed={revealed.has(sentence.id)}
              onToggleReveal={onToggleReveal}
              onWord={onWord}
              heading={paragraph.role === 'title'}
              wordClass={wordClass}
            />
          ))}
        </section>
      ))}
    </>
  );
});

/**
 * How many of the text's paragraphs are rendered: first those the reader opens on, then more in
 * the background, a part at a time (each a transition, which a tap interrupts), until all are.
 */
function useParagraphsInTurn(text: Text, requestedSentenceId: string | undefined): number {
  const [count, setCount] = useState(() =>
    paragraphsToRenderFirst(text, requestedSentenceId ?? preferences.readingPosition(text.id)),
  );
  const total = text.paragraphs.length;
  useEffect(() => {
    if (count < total) startTransition(() => setCount(paragraphsAfter(text, count)));
  }, [text, count, total]);
  return Math.min(count, total);
}

export function ReaderView({ text, english, note, hasTranslation, source }: ReaderViewProps) {
  const { t, i18n } = useTranslation();
  const search = useSearch();
  // Read once: dropping `s` from the address afterwards must not send the reader anywhere else.
  const [requestedSentenceId] = useState(() => new URLSearchParams(search).get('s') ?? undefined);
  const [chosenMode, setMode] = useState<TranslationMode>(() => preferences.translationMode());
  const mode: TranslationMode = hasTranslation ? chosenMode : 'hidden';
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(
    () => new Set(preferences.revealedSentences(text.id)),
  );
  const glossLayer = useRef<GlossLayerHandle>(null);
  const highlights = useWordHighlights(text);
  const paragraphCount = useParagraphsInTurn(text, requestedSentenceId);
  useReadingPosition(text.id, paragraphCount, requestedSentenceId);
  useDocumentTitle(text.titleTl);
  const warmUpGloss = usePrefetchGlosses();

  const changeMode = (next: TranslationMode): void => {
    setMode(next);
    preferences.setTranslationMode(next);
  };
  const toggleReveal = useCallback(
    (sentenceId: string) =>
      setRevealed((previous) => {
        const next = new Set(previous);
        if (next.has(sentenceId)) next.delete(sentenceId);
        else next.add(sentenceId);
        preferences.setRevealedSentences(text.id, [...next]);
        return next;
      }),
    [text.id],
  );
  // Read when a word is opened, not a dependency: a new `openWord` would render every sentence.
  const showsEnglish = useRef<(sentenceId: string) => boolean>(() => true);
  showsEnglish.current = (sentenceId) =>
    mode === 'shown' || (mode === 'reveal' && revealed.has(sentenceId));
  const openWord = useCallback(
    (sentence: Sentence, target: WordTarget) =>
      glossLayer.current?.open({
        ...target,
        sentence,
        english: english(sentence.id) ?? '',
        englishShown: showsEnglish.current(sentence.id),
        textId: text.id,
      }),
    [english, text.id],
  );

  return (
    <article className="reader">
      <div className="reader-toolbar">
        {hasTranslation && <TranslationModeSwitch mode={mode} onChange={changeMode} />}
        <p className="muted source">
          {t('reader.source', {
            source:
              source ?? (i18n.language === 'tl' && text.sourceTl ? text.sourceTl : text.source),
          })}
        </p>
        <HighlightBar highlights={highlights} />
      </div>
      <Paragraphs
        text={text}
        count={paragraphCount}
        english={english}
        note={note}
        mode={mode}
        revealed={revealed}
        onToggleReveal={toggleReveal}
        onWord={openWord}
        wordClass={highlights.wordClass}
      />
      <GlossLayer ref={glossLayer} />
      {warmUpGloss && <GlossWarmUp />}
    </article>
  );
}
