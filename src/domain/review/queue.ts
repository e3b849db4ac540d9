// Which cards to show now: everything due, then new cards up to the daily limit.
import { clozeOf } from './answer';
import { addDays, startOfDay } from './days';
import type { ReviewLogEntry } from './reviewLog';
import { DIRECTIONS, type Direction } from './schedule';
import type { ReviewSettings } from './settings';
import type { SavedWord } from '../vocab/savedWord';

export interface ReviewItem {
  readonly wordId: string;
  readonly direction: Direction;
  readonly due: number;
  readonly isNew: boolean;
}

export interface DueQueue {
  readonly items: readonly ReviewItem[];
  /** When the next card will be due if `items` is empty (epoch ms), or `null` if never. */
  readonly nextDueAt: number | null;
  readonly newLeftToday: number;
  /** New cards held back by today's limit. */
  readonly newWaiting: number;
}

/** A cloze needs a sentence that contains the word as it was met. */
export function hasCloze(word: SavedWord): boolean {
  return word.contexts.some(
    (context) => clozeOf(context.sentenceTl, context.surface) !== undefined,
  );
}

/** New cards first shown today (the daily limit counts these). */
export function newCardsToday(todaysLog: readonly ReviewLogEntry[], now: Date): number {
  const dayStart = startOfDay(now.getTime());
  const seen = new Set<string>();
  for (const entry of todaysLog) {
    if (entry.phase === 'new' && entry.reviewedAt >= dayStart) {
      seen.add(`${entry.wordId}|${entry.direction}`);
    }
  }
  return seen.size;
}

export function buildDueQueue(
  words: readonly SavedWord[],
  settings: Pick<ReviewSettings, 'newPerDay' | 'directions'>,
  newShownToday: number,
  now: Date,
): DueQueue {
  const time = now.getTime();
  const directions = DIRECTIONS.filter((direction) => settings.directions.includes(direction));
  const due: ReviewItem[] = [];
  const fresh: Array<ReviewItem & { readonly order: number }> = [];
  let nextDueAt = Number.POSITIVE_INFINITY;
  for (const word of words) {
    for (const [index, direction] of directions.entries()) {
      const schedule = word.schedules[direction];
      if (direction === 'cloze' && !hasCloze(word)) continue;
      if (schedule.phase === 'new') {
        fresh.push({
          wordId: word.id,
          direction,
          due: schedule.due,
          isNew: true,
          // Older words first; a word's directions one after another, recognition first.
          order: word.createdAt * DIRECTIONS.length + index,
        });
      } else if (schedule.due <= time) {
        due.push({ wordId: word.id, direction, due: schedule.due, isNew: false });
      } else if (schedule.due < nextDueAt) {
        nextDueAt = schedule.due;
      }
    }
  }
  due.sort((a, b) => a.due - b.due || a.wordId.localeCompare(b.wordId));
  const newLeftToday = Math.max(0, settings.newPerDay - newShownToday);
  fresh.sort((a, b) => a.order - b.order || a.wordId.localeCompare(b.wordId));
  const introduced = fresh
    .slice(0, newLeftToday)
    .map(({ wordId, direction, due: dueAt, isNew }) => ({ wordId, direction, due: dueAt, isNew }));
  if (fresh.length > newLeftToday) {
    nextDueAt = Math.min(nextDueAt, addDays(startOfDay(time), 1));
  }
  return {
    items: [...due, ...introduced],
    nextDueAt: Number.isFinite(nextDueAt) ? nextDueAt : null,
    newLeftToday,
    newWaiting: Math.max(0, fresh.length - newLeftToday),
  };
}
