import { useCallback, useEffect, useMemo, useState } from 'react';
import { addDays, startOfDay } from '../../domain/review/days';
import { buildDueQueue, newCardsToday, type ReviewItem } from '../../domain/review/queue';
import type { ReviewLogEntry } from '../../domain/review/reviewLog';
import type { GradeName } from '../../domain/review/schedule';
import type { ReviewSettings } from '../../domain/review/settings';
import type { SavedWord } from '../../domain/vocab/savedWord';
import { vocabularyRepository } from '../../storage/vocabularyRepository';

/** How far back the statistics look. */
const STATS_DAYS = 365;
/** Re-check the queue at most this far ahead (a learning step of a few minutes). */
const MAX_WAIT = 60 * 60_000;

export interface SessionData {
  readonly words: ReadonlyMap<string, SavedWord>;
  readonly settings: ReviewSettings;
  readonly log: readonly ReviewLogEntry[];
}

export async function loadSession(now: Date): Promise<SessionData> {
  const repository = vocabularyRepository();
  const since = addDays(startOfDay(now.getTime()), -STATS_DAYS);
  const [snapshot, log] = await Promise.all([repository.load(), repository.recentLog(since)]);
  return {
    words: new Map(snapshot.words.map((word) => [word.id, word])),
    settings: snapshot.settings,
    log,
  };
}

/** The due queue over the loaded words, kept current as cards are answered and time passes. */
export function useReviewSession(initial: SessionData) {
  const [data, setData] = useState(initial);
  const [now, setNow] = useState(() => new Date());
  const [answered, setAnswered] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const queue = useMemo(() => {
    const todayStart = startOfDay(now.getTime());
    const today = data.log.filter((entry) => entry.reviewedAt >= todayStart);
    return buildDueQueue([...data.words.values()], data.settings, newCardsToday(today, now), now);
  }, [data, now]);

  // When nothing is due but a card soon will be, come back for it.
  useEffect(() => {
    if (queue.items.length > 0 || queue.nextDueAt === null) return;
    const wait = queue.nextDueAt - Date.now();
    if (wait > MAX_WAIT) return;
    const timer = setTimeout(() => setNow(new Date()), Math.max(0, wait) + 500);
    return () => clearTimeout(timer);
  }, [queue]);

  const answer = useCallback(
    async (item: ReviewItem, grade: GradeName) => {
      setBusy(true);
      try {
        const at = new Date();
        const result = await vocabularyRepository().answer(
          item.wordId,
          item.direction,
          grade,
          at,
          data.settings.desiredRetention,
        );
        setData((previous) => {
          const words = new Map(previous.words);
          if (result) words.set(result.word.id, result.word);
          else words.delete(item.wordId); // deleted in another tab
          return {
            ...previous,
            words,
            log: result ? [...previous.log, result.entry] : previous.log,
          };
        });
        setAnswered((count) => count + 1);
        setNow(at);
        setError(null);
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [data.settings.desiredRetention],
  );

  const saveSettings = useCallback(async (settings: ReviewSettings) => {
    await vocabularyRepository().putSettings(settings);
    setData((previous) => ({ ...previous, settings }));
    setNow(new Date());
  }, []);

  return { data, queue, now, answered, busy, error, answer, saveSettings };
}
