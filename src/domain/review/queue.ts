// Which cards to show now: everything due, then new cards up to the daily limit, a word's cards
// spread apart (siblings.ts).
//
// The queue is built from candidates rather than from whole words, so storage can supply them
// from a key index (reading only the cards that are due, not 10,000 words); `candidatesOf` is the
// same selection over whole words, and the definition the index must agree with.
import { clozeOf } from './answer';
import { addDays, startOfDay } from './days';
import type { ReviewLogEntry } from './reviewLog';
import { DIRECTIONS, type Direction } from './schedule';
import type { ReviewSettings } from './settings';
import { spreadSiblings } from './siblings';
import type { SavedWord } from '../vocab/savedWord';

export interface ReviewItem {
  readonly wordId: string;
  readonly direction: Direction;
  readonly due: number;
  readonly isNew: boolean;
}

export interface Candidates {
  /**
   * Studied cards due at or before now, in any order; storage may return only the most overdue
   * (the queue is answered front first and read again when it runs out).
   */
  readonly due: readonly ReviewItem[];
  /** How many studied cards are due in all (at least `due.length`). */
  readonly dueTotal: number;
  /** New cards in the order they are introduced, at least one more than may be shown today. */
  readonly fresh: readonly ReviewItem[];
  /** The earliest due time among studied cards not yet due, or `null`. */
  readonly nextDueAfterNow: number | null;
}

export interface DueQueue {
  readonly items: readonly ReviewItem[];
  /** Cards left today: every due card (read or not) and the new ones offered. */
  readonly total: number;
  /** When the next card will be due if `items` is empty (epoch ms), or `null` if never. */
  readonly nextDueAt: number | null;
  readonly newLeftToday: number;
  /** New cards are held back by today's limit. */
  readonly newWaiting: boolean;
}

/** A cloze needs a sentence that contains the word as it was met. */
export function hasCloze(word: SavedWord): boolean {
  return word.contexts.some(
    (context) => clozeOf(context.sentenceTl, context.surface, context.start) !== undefined,
  );
}

/** The directions a word can be reviewed in (cloze only with a sentence that has the word). */
export function reviewableDirections(word: SavedWord): Direction[] {
  return hasCloze(word) ? [...DIRECTIONS] : DIRECTIONS.filter((d) => d !== 'cloze');
}

/**
 * Order of introduction (which new cards today's limit lets in): older words first, a word's
 * directions together. The session shows them spread apart (siblings.ts).
 */
export function compareNew(
  a: { readonly createdAt: number; readonly direction: Direction; readonly wordId: string },
  b: { readonly createdAt: number; readonly direction: Direction; readonly wordId: string },
): number {
  return (
    a.createdAt - b.createdAt ||
    DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
    (a.wordId < b.wordId ? -1 : a.wordId > b.wordId ? 1 : 0)
  );
}

/** The candidates among whole words. */
export function candidatesOf(
  words: readonly SavedWord[],
  directions: readonly Direction[],
  now: Date,
): Candidates {
  const time = now.getTime();
  const due: ReviewItem[] = [];
  const fresh: Array<ReviewItem & { readonly createdAt: number }> = [];
  let nextDueAfterNow = Number.POSITIVE_INFINITY;
  for (const word of words) {
    for (const direction of reviewableDirections(word)) {
      if (!directions.includes(direction)) continue;
      const schedule = word.schedules[direction];
      const item = { wordId: word.id, direction, due: schedule.due };
      if (schedule.phase === 'new') {
        fresh.push({ ...item, isNew: true, createdAt: word.createdAt });
      } else if (schedule.due <= time) {
        due.push({ ...item, isNew: false });
      } else {
        nextDueAfterNow = Math.min(nextDueAfterNow, schedule.due);
      }
    }
  }
  fresh.sort(compareNew);
  return {
    due,
    dueTotal: due.length,
    fresh: fresh.map(({ wordId, direction, due: dueAt, isNew }) => ({
      wordId,
      direction,
      due: dueAt,
      isNew,
    })),
    nextDueAfterNow: Number.isFinite(nextDueAfterNow) ? nextDueAfterNow : null,
  };
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

export function newLeftToday(settings: Pick<ReviewSettings, 'newPerDay'>, shown: number): number {
  return Math.max(0, settings.newPerDay - shown);
}

/** `justAnswered`: the word of the card answered just before (its cards are kept back a little). */
export function buildDueQueue(
  candidates: Candidates,
  settings: Pick<ReviewSettings, 'newPerDay' | 'directions'>,
  newShownToday: number,
  now: Date,
  justAnswered?: string,
): DueQueue {
  const enabled = (item: ReviewItem): boolean => settings.directions.includes(item.direction);
  const due = candidates.due
    .filter(enabled)
    .sort(
      (a, b) =>
        a.due - b.due ||
        (a.wordId < b.wordId ? -1 : a.wordId > b.wordId ? 1 : 0) ||
        DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction),
    );
  const left = newLeftToday(settings, newShownToday);
  const fresh = candidates.fresh.filter(enabled);
  const newWaiting = fresh.length > left;
  let nextDueAt = candidates.nextDueAfterNow ?? Number.POSITIVE_INFINITY;
  if (newWaiting) nextDueAt = Math.min(nextDueAt, addDays(startOfDay(now.getTime()), 1));
  const offered = fresh.slice(0, left);
  return {
    items: spreadSiblings(due, offered, justAnswered),
    total: Math.max(candidates.dueTotal, due.length) + offered.length,
    nextDueAt: Number.isFinite(nextDueAt) ? nextDueAt : null,
    newLeftToday: left,
    newWaiting,
  };
}
