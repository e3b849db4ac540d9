import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { acceptedAnswers, clozeOf, isCorrectAnswer } from '../../domain/review/answer';
import type { ReviewItem } from '../../domain/review/queue';
import { GRADES, previewIntervals, type GradeName } from '../../domain/review/schedule';
import { displayForm, type SavedWord } from '../../domain/vocab/savedWord';
import { isForControl } from './controlKeys';
import { keepAnswerInView, keepCardInView } from './keepInView';
import { formatInterval } from './time';

interface Props {
  readonly item: ReviewItem;
  readonly word: SavedWord;
  readonly retention: number;
  readonly now: Date;
  readonly busy: boolean;
  readonly onAnswer: (grade: GradeName) => void;
}

/** The meeting to quiz on: the first whose sentence contains the word, for a cloze. */
function clozeContext(word: SavedWord) {
  for (const meeting of word.contexts) {
    const cloze = clozeOf(meeting.sentenceTl, meeting.surface, meeting.start);
    if (cloze) return { meeting, cloze };
  }
  return undefined;
}

/** One card: the prompt, "Show answer" (Space), then "Again" … "Easy" (keys 1–4). */
export function ReviewCard({ item, word, retention, now, busy, onAnswer }: Props) {
  const { t } = useTranslation('review');
  const answerId = useId();
  const [revealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState('');
  const showRef = useRef<HTMLButtonElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const gradesRef = useRef<HTMLDivElement>(null);
  const form = displayForm(word);
  const first = word.contexts[0];
  const cloze = item.direction === 'cloze' ? clozeContext(word) : undefined;
  const expected = acceptedAnswers(word);
  const intervals = revealed
    ? previewIntervals(word.schedules[item.direction], now, retention)
    : null;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || busy || isForControl(event)) return;
      if (!revealed) {
        if (event.key === ' ') {
          event.preventDefault();
          setRevealed(true);
        }
        return;
      }
      const index = ['1', '2', '3', '4'].indexOf(event.key);
      const grade = GRADES[index];
      if (grade) {
        event.preventDefault();
        onAnswer(grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, busy, onAnswer]);

  // A new card takes the place of one answered further down the page (on a phone): its prompt
  // would be left under the sticky header. "Show answer" sticks to the bottom of the screen, so
  // focusing it need not scroll.
  useEffect(() => {
    keepCardInView(cardRef.current);
    if (item.direction !== 'recall') showRef.current?.focus({ preventScroll: true });
  }, [item.direction]);

  // "Show answer" (or the typed answer's field) is gone: without this, focus would fall to the
  // page and a screen reader lose its place. Focus alone would scroll the answer to the top of the
  // screen, the prompt under the header; instead the card stays below the header and the answer
  // begins above the grades (which stick to the bottom of the screen).
  useEffect(() => {
    if (!revealed) return;
    answerRef.current?.focus({ preventScroll: true });
    keepAnswerInView(cardRef.current, answerRef.current, gradesRef.current);
  }, [revealed]);

  return (
    <article ref={cardRef} className={`review-card direction-${item.direction}`} aria-live="polite">
      <p className="direction-label muted">{t(`direction.${item.direction}`)}</p>
      <div className="prompt">
        {item.direction === 'recognition' && (
          <p className="prompt-word" lang="tl">
            {form}
          </p>
        )}
        {item.direction === 'recall' && (
          <p className="prompt-sense" lang="en">
            {word.sense || first?.sentenceEn}
          </p>
        )}
        {item.direction === 'cloze' && cloze && (
          <>
            <p className="prompt-sentence" lang="tl">
              {cloze.cloze.before}
              <span className="blank">
                {revealed ? (
                  <mark>{cloze.cloze.answer}</mark>
                ) : (
                  // A screen reader reads the word "blank", not the underscores (nor need it
                  // honour a label on a plain span).
                  <>
                    <span aria-hidden="true">＿＿＿</span>
                    <span className="visually-hidden">{t('blank')}</span>
                  </>
                )}
              </span>
              {cloze.cloze.after}
            </p>
            {cloze.meeting.sentenceEn && (
              <p className="muted" lang="en">
                {cloze.meeting.sentenceEn}
              </p>
            )}
          </>
        )}
      </div>

      {item.direction === 'recall' && !revealed && (
        <form
          className="recall-form"
          onSubmit={(event) => {
            event.preventDefault();
            setRevealed(true);
          }}
        >
          <label htmlFor={answerId}>{t('typeAnswer')}</label>
          <input
            id={answerId}
            type="text"
            lang="tl"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button">
            {t('check')}
          </button>
        </form>
      )}

      {!revealed ? (
        <button
          ref={showRef}
          type="button"
          className="button primary show-answer"
          onClick={() => setRevealed(true)}
          aria-keyshortcuts="Space"
        >
          {t('showAnswer')}
        </button>
      ) : (
        <>
          <div
            ref={answerRef}
            className="answer"
            role="region"
            aria-label={t('answer')}
            tabIndex={-1}
          >
            {item.direction === 'recall' && typed.trim() !== '' && (
              <p
                role="status"
                className={isCorrectAnswer(typed, expected) ? 'correct' : 'incorrect'}
              >
                {isCorrectAnswer(typed, expected) ? t('correct') : t('incorrect', { typed })}
              </p>
            )}
            {item.direction !== 'recognition' && (
              <p className="answer-word" lang="tl">
                {form}
              </p>
            )}
            {item.direction !== 'recall' && (
              <p className="answer-sense" lang="en">
                {word.sense}
              </p>
            )}
            {form.toLowerCase() !== word.root.toLowerCase() && (
              <p className="muted">{t('root', { root: word.root })}</p>
            )}
            {item.direction !== 'cloze' && first && (
              <blockquote className="answer-context">
                <p lang="tl">{first.sentenceTl}</p>
                {first.sentenceEn && (
                  <p lang="en" className="muted">
                    {first.sentenceEn}
                  </p>
                )}
              </blockquote>
            )}
          </div>
          <div ref={gradesRef} className="grades" role="group" aria-label={t('gradesLabel')}>
            {GRADES.map((grade, index) => (
              <button
                key={grade}
                type="button"
                className={`button grade grade-${grade}`}
                disabled={busy}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => onAnswer(grade)}
              >
                <span className="grade-name">{t(`grades.${grade}`)}</span>
                {intervals && (
                  <span className="grade-hint" aria-hidden="true">
                    {index + 1} · {formatInterval(t, intervals[grade])}
                  </span>
                )}
              </button>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
