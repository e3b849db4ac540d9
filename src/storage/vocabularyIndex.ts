// Key indexes over the saved words, kept in the same store and written in the same transaction
// as the words themselves. They let the Vocabulary page read its first screen and the Review page
// read only the cards that are due, instead of all 10,000 words:
//   byDate:<MAX - createdAt>|<id>            newest-first listing (reversed time: newest first)
//   due:<due>|<id>|<direction>               studied cards, by due time
//   new:<createdAt>|<n>|<id>|<direction>     new cards, in the order they are introduced
// Times are zero-padded epoch milliseconds, so key order is time order.
import { reviewableDirections, type ReviewItem } from '../domain/review/queue';
import { DIRECTIONS, type Direction } from '../domain/review/schedule';
import { isDirection, type SavedWord } from '../domain/vocab/savedWord';

export const INDEX_PREFIX = { byDate: 'byDate:', due: 'due:', fresh: 'new:' } as const;
/** Present once the indexes were built; a store without it (older data) is indexed on first use. */
export const INDEX_MARKER = 'meta:index';
export const INDEX_VERSION = 1;
/** Later than any time we store; `byDate` keys count down from it so newest sorts first. */
const TIME_MAX = 999_999_999_999_999;

const TIME_DIGITS = 15;
export const padTime = (time: number): string =>
  String(Math.max(0, time)).padStart(TIME_DIGITS, '0');

function keysFor(word: SavedWord, directions: readonly Direction[]): string[] {
  const created = padTime(word.createdAt);
  const keys = [`${INDEX_PREFIX.byDate}${padTime(TIME_MAX - word.createdAt)}|${word.id}`];
  for (const direction of directions) {
    const schedule = word.schedules[direction];
    keys.push(
      schedule.phase === 'new'
        ? `${INDEX_PREFIX.fresh}${created}|${DIRECTIONS.indexOf(direction)}|${word.id}|${direction}`
        : `${INDEX_PREFIX.due}${padTime(schedule.due)}|${word.id}|${direction}`,
    );
  }
  return keys;
}

export function indexKeysOf(word: SavedWord): string[] {
  return keysFor(word, reviewableDirections(word));
}

/**
 * Brings the index keys of one word from `before` to `after` (either may be absent). `afterKeys`
 * may be worked out beforehand (an import does so outside its transaction).
 *
 * Whether a word has a cloze card means matching each of its sentences, the costly part of its
 * keys: it is worked out for `after` only. Of `before`, every key it may have is deleted (deleting
 * a missing key does nothing), and a cloze key both may share is written again.
 */
export function reindex(
  objectStore: IDBObjectStore,
  before: SavedWord | undefined,
  after: SavedWord | undefined,
  afterKeys: readonly string[] = after ? indexKeysOf(after) : [],
): void {
  const possible = new Set(before ? keysFor(before, DIRECTIONS) : []);
  const next = new Set(afterKeys);
  for (const key of possible) if (!next.has(key)) objectStore.delete(key);
  for (const key of next) {
    if (!possible.has(key) || key.endsWith('|cloze')) objectStore.put(1, key);
  }
}

/** The word id of a `byDate:` key. */
export function idOfDateKey(key: string): string {
  return key.slice(INDEX_PREFIX.byDate.length + TIME_DIGITS + 1);
}

function splitTail(
  key: string,
  headLength: number,
): { wordId: string; direction: Direction } | undefined {
  const last = key.lastIndexOf('|');
  const direction = key.slice(last + 1);
  if (last <= headLength || !isDirection(direction)) return undefined;
  return { wordId: key.slice(headLength, last), direction };
}

export function itemOfDueKey(key: string): ReviewItem | undefined {
  const head = INDEX_PREFIX.due.length + TIME_DIGITS + 1;
  const tail = splitTail(key, head);
  if (!tail) return undefined;
  return { ...tail, due: Number(key.slice(INDEX_PREFIX.due.length, head - 1)), isNew: false };
}

export function itemOfNewKey(key: string): ReviewItem | undefined {
  // new:<time>|<n>|<id>|<direction>: one digit for the direction's place.
  const head = INDEX_PREFIX.fresh.length + TIME_DIGITS + 3;
  const tail = splitTail(key, head);
  if (!tail) return undefined;
  return { ...tail, due: Number(key.slice(INDEX_PREFIX.fresh.length, head - 3)), isNew: true };
}

export const prefixRange = (prefix: string): IDBKeyRange =>
  IDBKeyRange.bound(prefix, `${prefix}\uffff`);
