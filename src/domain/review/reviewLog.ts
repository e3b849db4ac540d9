// One answer, as logged: kept per card for stats and so a backup carries the whole history.
import * as v from 'valibot';
import {
  DIRECTIONS,
  GRADES,
  PHASES,
  type Direction,
  type GradeName,
  type Schedule,
} from './schedule';

const instant = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ReviewLogEntrySchema = v.strictObject({
  kind: v.literal('review-log'),
  version: v.literal(1),
  wordId: v.pipe(v.string(), v.minLength(1)),
  direction: v.picklist(DIRECTIONS),
  grade: v.picklist(GRADES),
  /** The card's phase before this answer. */
  phase: v.picklist(PHASES),
  reviewedAt: instant,
  /** Days since the previous review of this direction (0 for the first). */
  elapsedDays: v.pipe(v.number(), v.minValue(0)),
  scheduledDays: v.pipe(v.number(), v.minValue(0)),
  due: instant,
});
export type ReviewLogEntry = v.InferOutput<typeof ReviewLogEntrySchema>;

export function logEntry(
  wordId: string,
  direction: Direction,
  grade: GradeName,
  before: Schedule,
  after: Schedule,
  now: Date,
): ReviewLogEntry {
  return {
    kind: 'review-log',
    version: 1,
    wordId,
    direction,
    grade,
    phase: before.phase,
    reviewedAt: now.getTime(),
    elapsedDays:
      before.lastReview === null
        ? 0
        : Math.max(0, (now.getTime() - before.lastReview) / 86_400_000),
    scheduledDays: after.scheduledDays,
    due: after.due,
  };
}

/**
 * The key a log entry is filed under: time first, so a day's answers are one key range; word and
 * direction after, so the same answer imported twice is stored once.
 */
export function logKey(entry: ReviewLogEntry): string {
  return `${String(entry.reviewedAt).padStart(15, '0')}|${entry.wordId}|${entry.direction}`;
}

export function logKeyLowerBound(since: number): string {
  return String(since).padStart(15, '0');
}
