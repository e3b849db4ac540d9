// Review statistics from the log: answers per day, true retention, streak.
import { addDays, daysBetween, startOfDay } from './days';
import type { ReviewLogEntry } from './reviewLog';

export interface DayCount {
  readonly dayStart: number;
  readonly count: number;
}

/** Answers on each of the last `days` days, oldest first, today last. */
export function reviewsPerDay(log: readonly ReviewLogEntry[], now: Date, days: number): DayCount[] {
  const today = startOfDay(now.getTime());
  const first = addDays(today, -(days - 1));
  const counts = new Array<number>(days).fill(0);
  for (const entry of log) {
    if (entry.reviewedAt < first) continue;
    const index = daysBetween(first, startOfDay(entry.reviewedAt));
    if (index >= 0 && index < days) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count, index) => ({ dayStart: addDays(first, index), count }));
}

/**
 * True retention: of the answers to cards that were already learned (in review), the share not
 * forgotten ("Again"). `null` until there is one such answer.
 */
export function trueRetention(log: readonly ReviewLogEntry[]): number | null {
  let total = 0;
  let remembered = 0;
  for (const entry of log) {
    if (entry.phase !== 'review') continue;
    total += 1;
    if (entry.grade !== 'again') remembered += 1;
  }
  return total === 0 ? null : remembered / total;
}

/** Days in a row with at least one answer, up to today (or yesterday, if none yet today). */
export function streak(log: readonly ReviewLogEntry[], now: Date): number {
  return streakOfDays(new Set(log.map((entry) => startOfDay(entry.reviewedAt))), now);
}

/** The same, from the set of days (their starts) that had answers. */
export function streakOfDays(days: ReadonlySet<number>, now: Date): number {
  let day = startOfDay(now.getTime());
  if (!days.has(day)) day = addDays(day, -1);
  let length = 0;
  while (days.has(day)) {
    length += 1;
    day = addDays(day, -1);
  }
  return length;
}
