// Review: the candidates for the queue, read from the key indexes; grading an answer (new schedule
// and log entry in one transaction); and reading the review log by key range.
import type { Candidates, ReviewItem } from '../domain/review/queue';
import {
  logKey,
  logKeyLowerBound,
  ReviewLogEntrySchema,
  type ReviewLogEntry,
} from '../domain/review/reviewLog';
import { reviewWord } from '../domain/review/reviewWord';
import { DIRECTIONS, type Direction, type GradeName } from '../domain/review/schedule';
import type { SavedWord } from '../domain/vocab/savedWord';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { INDEX_PREFIX, itemOfDueKey, itemOfNewKey, padTime, prefixRange } from './vocabularyIndex';
import {
  PREFIX,
  readRange,
  readWord,
  setAsideLater,
  writeWord,
  type ReadResult,
} from './vocabularyTransactions';

/** Due cards read at a time for the review queue. */
const DUE_BATCH = 100;
/** Words read with the candidates: those of the first cards, so the first card shows at once. */
const HEAD_WORDS = 3;

/** The review candidates, with the words of the cards likely first in the queue. */
export interface CandidatesWithWords extends Candidates {
  readonly headWords: readonly SavedWord[];
}

/**
 * Reads, in the candidates' transaction, the words of the first `HEAD_WORDS` distinct words among
 * `items` not read yet.
 */
function readHeadWords(
  objectStore: IDBObjectStore,
  items: readonly ReviewItem[],
  into: Map<string, SavedWord | undefined>,
): void {
  for (const item of items) {
    if (into.size >= HEAD_WORDS) return;
    if (into.has(item.wordId)) continue;
    into.set(item.wordId, undefined);
    readWord(objectStore, item.wordId, (word) => into.set(item.wordId, word));
  }
}

export function reviewOperations({ store, read, write, ensureIndex }: VocabularyAccess) {
  return {
    /**
     * The cards that could be reviewed at `now`, read from the indexes: every due card, the first
     * `freshWanted` new ones, and when the next studied card falls due; and the words of the
     * first few due (or else new) cards.
     */
    reviewCandidates: (directions: readonly Direction[], now: Date, freshWanted: number) =>
      guarded(async (): Promise<CandidatesWithWords> => {
        await ensureIndex();
        return read((objectStore) => {
          const time = padTime(now.getTime());
          const enabled = (item: ReviewItem | undefined): item is ReviewItem =>
            item !== undefined && directions.includes(item.direction);
          const result = {
            due: [] as ReviewItem[],
            dueTotal: 0,
            fresh: [] as ReviewItem[],
            nextDueAfterNow: null as number | null,
          };
          const headWords = new Map<string, SavedWord | undefined>();
          // New cards' words are read after the due cards' (which come first in the queue).
          let dueRead = false;
          let afterDue: (() => void) | undefined;
          // Key reads in one request each (a cursor costs a round trip per key); disabled
          // directions are skipped, so a few more keys than needed are read.
          const keysAfter = (
            range: IDBKeyRange,
            parse: (key: string) => ReviewItem | undefined,
            wanted: number,
            take: (items: ReviewItem[]) => void,
          ): void => {
            const spare = wanted * DIRECTIONS.length + DIRECTIONS.length;
            const request = objectStore.getAllKeys(range, spare);
            request.onsuccess = () => {
              const items = request.result.map((key) => parse(String(key))).filter(enabled);
              if (items.length >= wanted || request.result.length < spare) take(items);
              else
                keysAfter(
                  IDBKeyRange.bound(request.result.at(-1)!, range.upper, true),
                  parse,
                  wanted - items.length,
                  (more) => take([...items, ...more]),
                );
            };
          };
          // Due keys sort by due time, most overdue first: the front of the queue is the first
          // keys of the range, so only those are read, and the rest counted.
          const dueRange = IDBKeyRange.bound(INDEX_PREFIX.due, `${INDEX_PREFIX.due}${time}|\uffff`);
          const dueCount = objectStore.count(dueRange);
          dueCount.onsuccess = () => (result.dueTotal = dueCount.result);
          // The most overdue keys come first: their words are the queue's first cards.
          keysAfter(dueRange, itemOfDueKey, DUE_BATCH, (items) => {
            result.due = items;
            readHeadWords(objectStore, items, headWords);
            dueRead = true;
            afterDue?.();
          });
          keysAfter(
            IDBKeyRange.bound(
              `${INDEX_PREFIX.due}${time}|\uffff`,
              `${INDEX_PREFIX.due}\uffff`,
              true,
            ),
            itemOfDueKey,
            1,
            (items) => (result.nextDueAfterNow = items[0]?.due ?? null),
          );
          if (freshWanted > 0) {
            keysAfter(prefixRange(INDEX_PREFIX.fresh), itemOfNewKey, freshWanted, (items) => {
              result.fresh = items.slice(0, freshWanted);
              // With few cards due, new ones come next; read once the due keys are known.
              const readAfterDue = (): void => readHeadWords(objectStore, result.fresh, headWords);
              if (dueRead) readAfterDue();
              else afterDue = readAfterDue;
            });
          }
          return () => ({
            ...result,
            headWords: [...headWords.values()].filter((word) => word !== undefined),
          });
        });
      }),

    /** Records an answer: the word's new schedule and the log entry, in one transaction. */
    answer: (id: string, direction: Direction, grade: GradeName, now: Date, retention: number) =>
      guarded(() =>
        write((objectStore) => {
          let result: { word: SavedWord; entry: ReviewLogEntry } | undefined;
          readWord(objectStore, id, (word) => {
            if (!word) return;
            result = reviewWord(word, direction, grade, now, retention);
            writeWord(objectStore, word, result.word);
            objectStore.put(result.entry, PREFIX.log + logKey(result.entry));
          });
          return () => result;
        }),
      ),

    /** The answers from `since` (epoch ms) on, oldest first: a key range, not the whole log. */
    recentLog: (since: number) =>
      guarded(async () => {
        const found = await read((objectStore) => {
          let result: ReadResult<ReviewLogEntry> = { records: [], damaged: [] };
          const range = IDBKeyRange.bound(
            PREFIX.log + logKeyLowerBound(since),
            `${PREFIX.log}\uffff`,
          );
          readRange(objectStore, range, ReviewLogEntrySchema, (entries) => (result = entries));
          return () => result;
        });
        await setAsideLater(store, found.damaged);
        return found.records;
      }),

    /** How many answers were given in [from, to). */
    countLog: (from: number, to: number) =>
      guarded(() =>
        read((objectStore) => {
          const request = objectStore.count(
            IDBKeyRange.bound(
              PREFIX.log + logKeyLowerBound(from),
              PREFIX.log + logKeyLowerBound(to),
              false,
              true,
            ),
          );
          return () => request.result;
        }),
      ),
  };
}
