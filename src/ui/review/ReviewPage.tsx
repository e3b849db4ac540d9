import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';
import { addDays, startOfDay } from '../../domain/review/days';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/useAsync';
import { storageMessage } from '../vocabulary/storageMessage';
import { ReviewCard } from './ReviewCard';
import { ReviewSettingsForm } from './ReviewSettingsForm';
import { ReviewStats } from './ReviewStats';
import { formatWhen } from './time';
import {
  preloadSession,
  takeSession,
  useReviewSession,
  type SessionData,
} from './useReviewSession';
import { useReviewStats } from './useReviewStats';
import './review.css';

// Build the queue while React renders the page and its translations load.
preloadSession();

export default function ReviewPage() {
  const { t } = useTranslation(['review', 'vocabulary']);
  const state = useAsync('review', takeSession);
  return (
    <section className="page review-page">
      <h1>{t('title')}</h1>
      {state.status === 'loading' && <Loading label={t('loading')} />}
      {state.status === 'failed' && (
        <p className="warning" role="alert">
          {storageMessage(t, state.error)}
        </p>
      )}
      {state.status === 'done' && <Session initial={state.value} />}
    </section>
  );
}

function Session({ initial }: { initial: SessionData }) {
  const { t, i18n } = useTranslation(['review', 'vocabulary']);
  const { data, queue, now, answered, busy, error, answer, saveSettings } =
    useReviewSession(initial);
  const stats = useReviewStats(answered);
  const item = queue.items[0];
  const word = item ? data.words.get(item.wordId) : undefined;
  const showsCard = item !== undefined && word !== undefined;
  const noCardsRef = useRef<HTMLHeadingElement>(null);
  const showedCard = useRef(showsCard);
  // The last card answered is gone, and with it the focus (on the answer or a grade): give it to
  // what took the card's place. Not if the learner is elsewhere (the settings just saved).
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (showedCard.current && !showsCard && focusLost) noCardsRef.current?.focus();
    showedCard.current = showsCard;
  }, [showsCard]);
  return (
    <>
      {error !== null && (
        <p className="warning" role="alert">
          {storageMessage(t, error)}
        </p>
      )}
      {showsCard ? (
        <>
          <p className="muted progress">{t('progress', { done: answered, left: queue.total })}</p>
          <ReviewCard
            key={`${item.wordId}|${item.direction}|${word.schedules[item.direction].reps}`}
            item={item}
            word={word}
            retention={data.settings.desiredRetention}
            now={now}
            busy={busy}
            onAnswer={(grade) => void answer(item, grade)}
          />
        </>
      ) : (
        <div className="no-cards" role="status">
          <h2 ref={noCardsRef} tabIndex={-1}>
            {t('noCardsDue')}
          </h2>
          {queue.nextDueAt !== null ? (
            <p>
              {queue.newWaiting && queue.nextDueAt >= addDays(startOfDay(now.getTime()), 1)
                ? t('nextCardTomorrow', { limit: data.settings.newPerDay })
                : t('nextCard', {
                    when: formatWhen(i18n.language, queue.nextDueAt, now.getTime()),
                  })}
            </p>
          ) : (
            answered === 0 && <p>{t('noCardsAtAll')}</p>
          )}
          {answered > 0 && <p>{t('doneToday', { count: answered })}</p>}
          <Link href="/vocabulary">{t('openVocabulary')}</Link>
        </div>
      )}
      <ReviewStats stats={stats} now={now} />
      <ReviewSettingsForm settings={data.settings} onSave={saveSettings} />
    </>
  );
}
