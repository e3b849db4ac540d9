import { useEffect, useState } from 'react';
import { addDays, startOfDay } from '../../domain/review/days';
import type { ReviewLogEntry } from '../../domain/review/reviewLog';
import { vocabularyRepository } from '../../storage/vocabularyRepository';

export const STATS_DAYS = 30;
/** The streak is counted back at most this far. */
const MAX_STREAK = 3650;

export interface StatsData {
  /** The answers of the last `STATS_DAYS` days. */
  readonly log: readonly ReviewLogEntry[];
  /** Days (their starts) with at least one answer, back to the first day without one. */
  readonly activeDays: ReadonlySet<number>;
  readonly total: number;
}

/**
 * Loads what the statistics need, after the card is on screen: a month of answers, plus per-day
 * counts (keys only) back to the first day without answers, for the streak.
 */
export async function loadStats(now: Date): Promise<StatsData> {
  const repository = vocabularyRepository();
  const today = startOfDay(now.getTime());
  const [log, total] = await Promise.all([
    repository.recentLog(addDays(today, -(STATS_DAYS - 1))),
    repository.countLog(0, Number.MAX_SAFE_INTEGER),
  ]);
  const activeDays = new Set<number>();
  for (const entry of log) activeDays.add(startOfDay(entry.reviewedAt));
  // Older days one count at a time, only while the streak lasts.
  let day = addDays(today, -STATS_DAYS);
  for (let step = 0; step < MAX_STREAK && activeDays.has(addDays(day, 1)); step += 1) {
    if ((await repository.countLog(day, addDays(day, 1))) === 0) break;
    activeDays.add(day);
    day = addDays(day, -1);
  }
  return { log, activeDays, total };
}

/** Statistics, reloaded after every `answered` change. */
export function useReviewStats(answered: number): StatsData | null {
  const [stats, setStats] = useState<StatsData | null>(null);
  useEffect(() => {
    let current = true;
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback
        : (callback: () => void) => setTimeout(callback, 50);
    idle(() => {
      loadStats(new Date()).then(
        (loaded) => current && setStats(loaded),
        () => current && setStats(null),
      );
    });
    return () => {
      current = false;
    };
  }, [answered]);
  return stats;
}
