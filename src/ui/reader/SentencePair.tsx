import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Sentence } from '../../domain/content';
import type { TranslationMode } from '../../storage/preferences';
import { TagalogSentence, type WordTarget } from './TagalogSentence';

interface Props {
  readonly sentence: Sentence;
  readonly english: string | undefined;
  readonly note: string | undefined;
  readonly mode: TranslationMode;
  readonly revealed: boolean;
  readonly onToggleReveal: (sentenceId: string) => void;
  readonly onWord: (sentence: Sentence, target: WordTarget) => void;
  readonly wordClass?: (sentenceId: string, wordIndex: number) => string | undefined;
  readonly heading?: boolean;
}

/** One Tagalog sentence and its English: side by side on wide screens, stacked on narrow ones. */
export const SentencePair = memo(function SentencePair(props: Props) {
  const { sentence, english, note, mode, revealed, onToggleReveal, onWord, wordClass, heading } =
    props;
  const { t } = useTranslation();
  const showEnglish = mode === 'shown' || (mode === 'reveal' && revealed);
  // A title the learner gave their own text has no English: nothing to show or reveal beside it.
  const untranslatedTitle = heading === true && english === undefined && note === undefined;
  const Tagalog = heading ? 'h1' : 'p';
  const tagalogId = `tl-${sentence.id}`;
  return (
    <div
      className={`pair${heading ? ' pair-title' : ''}`}
      id={`sentence-${sentence.id}`}
      data-sentence-id={sentence.id}
    >
      <Tagalog
        className="tl"
        lang="tl"
        id={tagalogId}
        {...(heading ? { elementtiming: 'first-sentence' } : {})}
      >
        <TagalogSentence
          text={sentence.text}
          onWord={(target) => onWord(sentence, target)}
          {...(wordClass ? { wordClass: (index: number) => wordClass(sentence.id, index) } : {})}
        />
      </Tagalog>
      <div className="en-side">
        {!untranslatedTitle && (
          <>
            {mode !== 'hidden' && showEnglish && (
              <p className="en" lang="en">
                {english ?? <span className="muted">{t('reader.noTranslation')}</span>}
              </p>
            )}
            {mode === 'reveal' && (
              <button
                type="button"
                className="reveal"
                aria-expanded={revealed}
                // Every such button has the same name: the sentence it reveals tells them apart.
                aria-describedby={tagalogId}
                onClick={() => onToggleReveal(sentence.id)}
              >
                {revealed ? t('reader.hide') : t('reader.reveal')}
              </button>
            )}
            {note && showEnglish && (
              <details className="note">
                <summary>{t('reader.note')}</summary>
                <p lang="en">{note}</p>
              </details>
            )}
          </>
        )}
      </div>
    </div>
  );
});
