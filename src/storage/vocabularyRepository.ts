// Saved words, lists, "known" marks, review settings and the review log, in one IndexedDB store.
// Records are filed by kind under a key prefix, so each kind is one key range, and key indexes
// (see vocabularyIndex.ts) are kept beside the words. Every read-modify-write runs in one
// transaction, so two open tabs never lose each other's saves. Records are validated on read;
// a damaged one is moved under `quarantine:`, kept and reported.
import { createStore, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { Candidates, ReviewItem } from '../domain/review/queue';
import {
  logKey,
  logKeyLowerBound,
  ReviewLogEntrySchema,
  type ReviewLogEntry,
} from '../domain/review/reviewLog';
import { reviewWord } from '../domain/review/reviewWord';
import { DIRECTIONS, type Direction, type GradeName } from '../domain/review/schedule';
import {
  DEFAULT_SETTINGS,
  ReviewSettingsSchema,
  type ReviewSettings,
} from '../domain/review/settings';
import {
  DEFAULT_LIST_ID,
  defaultList,
  knownWord,
  KnownWordSchema,
  SavedWordSchema,
  saveWord,
  wordId,
  WordListSchema,
  type KnownWord,
  type SavedWord,
  type WordList,
} from '../domain/vocab/savedWord';
import type { WordContext } from '../domain/vocab/wordContext';
import { requestPersistentStorage } from './persistence';
import { announceVocabularyChange } from './vocabularyChanges';
import { guarded, VocabularyStorageError } from './vocabularyErrors';
import {
  idOfDateKey,
  INDEX_MARKER,
  INDEX_PREFIX,
  INDEX_VERSION,
  indexKeysOf,
  itemOfDueKey,
  itemOfNewKey,
  padTime,
  prefixRange,
} from './vocabularyIndex';
import {
  PREFIX,
  readRange,
  readWord,
  SETTINGS_KEY,
  transact,
  setAsideLater,
  writeWord,
  type Body,
} from './vocabularyTransactions';

export { PREFIX, SETTINGS_KEY } from './vocabularyTransactions';

export interface VocabularySnapshot {
  readonly words: SavedWord[];
  readonly lists: WordList[];
  readonly known: KnownWord[];
  readonly settings: ReviewSettings;
  readonly setAside: number;
}

/** What the Vocabulary page shows first: the newest words and the totals, not every word. */
export interface VocabularyOverview {
  readonly newest: SavedWord[];
  readonly lists: WordList[];
  readonly settings: ReviewSettings;
}

/** Everything a backup carries from this store. */
export interface VocabularyRecords {
  readonly words: readonly SavedWord[];
  readonly lists: readonly WordList[];
  readonly known: readonly KnownWord[];
  readonly settings: ReviewSettings | null;
  readonly log: readonly ReviewLogEntry[];
}

const BATCH = 1000;
/** Due cards read at a time for the review queue. */
const DUE_BATCH = 100;
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function readSettings(objectStore: IDBObjectStore, done: (settings: ReviewSettings) => void) {
  const request = objectStore.get(SETTINGS_KEY);
  request.onsuccess = () => {
    const parsed = v.safeParse(ReviewSettingsSchema, request.result);
    done(parsed.success ? parsed.output : DEFAULT_SETTINGS);
  };
}

function withDefaultList(lists: WordList[]): WordList[] {
  const stored = lists.find((list) => list.id === DEFAULT_LIST_ID);
  const others = lists
    .filter((list) => list.id !== DEFAULT_LIST_ID)
    .sort((a, b) => a.createdAt - b.createdAt);
  return [stored ?? defaultList(new Date(0)), ...others];
}

export function createVocabularyRepository(
  store: UseStore = createStore('tulay-vocabulary', 'records'),
) {
  const write = async <T>(body: Body<T>): Promise<T> => {
    const result = await transact(store, 'readwrite', body);
    announceVocabularyChange();
    return result;
  };

  let indexed: Promise<void> | undefined;
  /** Builds the key indexes if this store has none yet (data from before they existed). */
  const ensureIndex = (): Promise<void> =>
    (indexed ??= transact(store, 'readwrite', (objectStore) => {
      const marker = objectStore.get(INDEX_MARKER);
      marker.onsuccess = () => {
        if (marker.result !== undefined) return;
        for (const prefix of Object.values(INDEX_PREFIX)) objectStore.delete(prefixRange(prefix));
        readRange(objectStore, prefixRange(PREFIX.word), SavedWordSchema, ({ records }) => {
          for (const word of records) for (const key of indexKeysOf(word)) objectStore.put(1, key);
          objectStore.put({ version: INDEX_VERSION }, INDEX_MARKER);
        });
      };
      return () => undefined;
    }).catch((error: unknown) => {
      indexed = undefined;
      throw error;
    }));

  const repository = {
    /** Every word, list, known mark and the settings, in one read (for backups and exports). */
    load: (): Promise<VocabularySnapshot> =>
      guarded(async () => {
        const { damaged, ...snapshot } = await transact(store, 'readonly', (objectStore) => {
          const result = {
            words: [] as SavedWord[],
            lists: [] as WordList[],
            known: [] as KnownWord[],
            settings: DEFAULT_SETTINGS,
            damaged: [] as Array<[IDBValidKey, unknown]>,
          };
          readRange(objectStore, prefixRange(PREFIX.word), SavedWordSchema, (read) => {
            result.words = read.records;
            result.damaged.push(...read.damaged);
          });
          readRange(objectStore, prefixRange(PREFIX.list), WordListSchema, (read) => {
            result.lists = withDefaultList(read.records);
            result.damaged.push(...read.damaged);
          });
          readRange(objectStore, prefixRange(PREFIX.known), KnownWordSchema, (read) => {
            result.known = read.records;
            result.damaged.push(...read.damaged);
          });
          readSettings(objectStore, (settings) => (result.settings = settings));
          return () => result;
        });
        return { ...snapshot, setAside: await setAsideLater(store, damaged) };
      }),

    /** The newest `count` words, the lists and the settings: what the first screen needs. */
    overview: (count: number): Promise<VocabularyOverview> =>
      guarded(async () => {
        await ensureIndex();
        return transact(store, 'readonly', (objectStore) => {
          const result = { lists: [] as WordList[], settings: DEFAULT_SETTINGS };
          // One request for the newest keys (they sort first), then the words in parallel.
          const slots: Array<SavedWord | undefined> = [];
          const newestKeys = objectStore.getAllKeys(prefixRange(INDEX_PREFIX.byDate), count);
          newestKeys.onsuccess = () =>
            newestKeys.result.forEach((key, slot) => {
              slots.push(undefined);
              readWord(objectStore, idOfDateKey(String(key)), (word) => (slots[slot] = word));
            });
          readRange(objectStore, prefixRange(PREFIX.list), WordListSchema, ({ records }) => {
            result.lists = withDefaultList(records);
          });
          readSettings(objectStore, (settings) => (result.settings = settings));
          return () => ({ ...result, newest: slots.filter((word) => word !== undefined) });
        });
      }),

    /** How many words are saved (IndexedDB counts by walking the keys: kept off the first read). */
    countWords: (): Promise<number> =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          const request = objectStore.count(prefixRange(PREFIX.word));
          return () => request.result;
        }),
      ),

    /** Every word, read in batches so the page stays responsive while 10,000 words load. */
    allWords: (): Promise<{ words: SavedWord[]; setAside: number }> =>
      guarded(async () => {
        const words: SavedWord[] = [];
        const damaged: Array<[IDBValidKey, unknown]> = [];
        let after: IDBValidKey | undefined;
        for (;;) {
          const batch = await transact(store, 'readonly', (objectStore) => {
            let read: { records: SavedWord[]; lastKey: IDBValidKey | undefined } = {
              records: [],
              lastKey: undefined,
            };
            const range =
              after === undefined
                ? prefixRange(PREFIX.word)
                : IDBKeyRange.bound(after, `${PREFIX.word}\uffff`, true);
            readRange(
              objectStore,
              range,
              SavedWordSchema,
              (result) => {
                read = result;
                damaged.push(...result.damaged);
              },
              BATCH,
            );
            return () => read;
          });
          words.push(...batch.records);
          if (batch.lastKey === undefined) break;
          after = batch.lastKey;
          await yieldToBrowser();
        }
        return { words, setAside: await setAsideLater(store, damaged) };
      }),

    getWord: (id: string): Promise<SavedWord | undefined> =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          let found: SavedWord | undefined;
          readWord(objectStore, id, (word) => (found = word));
          return () => found;
        }),
      ),

    /** The words with these ids that exist, in the same order. */
    getWords: (ids: readonly string[]): Promise<SavedWord[]> =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          const found: Array<SavedWord | undefined> = ids.map(() => undefined);
          ids.forEach((id, index) => readWord(objectStore, id, (word) => (found[index] = word)));
          return () => found.filter((word) => word !== undefined);
        }),
      ),

    getSettings: (): Promise<ReviewSettings> =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          let settings = DEFAULT_SETTINGS;
          readSettings(objectStore, (stored) => (settings = stored));
          return () => settings;
        }),
      ),

    /**
     * The cards that could be reviewed at `now`, read from the indexes: every due card, the first
     * `freshWanted` new ones, and when the next studied card falls due.
     */
    reviewCandidates: (directions: readonly Direction[], now: Date, freshWanted: number) =>
      guarded(async (): Promise<Candidates> => {
        await ensureIndex();
        return transact(store, 'readonly', (objectStore) => {
          const time = padTime(now.getTime());
          const enabled = (item: ReviewItem | undefined): item is ReviewItem =>
            item !== undefined && directions.includes(item.direction);
          const result = {
            due: [] as ReviewItem[],
            dueTotal: 0,
            fresh: [] as ReviewItem[],
            nextDueAfterNow: null as number | null,
          };
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
          keysAfter(dueRange, itemOfDueKey, DUE_BATCH, (items) => (result.due = items));
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
            });
          }
          return () => result;
        });
      }),

    /** Saves the word met in the reader: a new card, or a new context on the root's card. */
    saveWord: (context: WordContext, now: Date, listId: string = DEFAULT_LIST_ID) =>
      guarded(async () => {
        requestPersistentStorage();
        return write((objectStore) => {
          let saved: SavedWord | undefined;
          readWord(objectStore, wordId(context.root), (existing) => {
            saved = saveWord(existing, context, now, listId);
            writeWord(objectStore, existing, saved);
          });
          return () => saved!;
        });
      }),

    /** Applies `change` to the stored word atomically; `undefined` if it is gone. */
    updateWord: (id: string, change: (word: SavedWord) => SavedWord) =>
      repository.updateWords([id], change).then((updated) => updated[0]),

    /** Applies `change` to many words in one transaction. */
    updateWords: (ids: readonly string[], change: (word: SavedWord) => SavedWord) =>
      guarded(() =>
        write((objectStore) => {
          const updated: SavedWord[] = [];
          for (const id of ids) {
            readWord(objectStore, id, (word) => {
              if (!word) return;
              const next = change(word);
              writeWord(objectStore, word, next);
              updated.push(next);
            });
          }
          return () => updated;
        }),
      ),

    /** Deletes words and returns them, so the deletion can be undone with `putWords`. */
    deleteWords: (ids: readonly string[]) =>
      guarded(() =>
        write((objectStore) => {
          const removed: SavedWord[] = [];
          for (const id of ids) {
            readWord(objectStore, id, (word) => {
              if (!word) return;
              removed.push(word);
              writeWord(objectStore, word, undefined);
            });
          }
          return () => removed;
        }),
      ),

    /** Stores whole words (undo of a deletion), replacing any with the same id. */
    putWords: (words: readonly SavedWord[]) =>
      guarded(() => {
        words.forEach((word) => v.parse(SavedWordSchema, word)); // refuse before writing any
        return write((objectStore) => {
          for (const word of words) {
            readWord(objectStore, word.id, (existing) => writeWord(objectStore, existing, word));
          }
          return () => undefined;
        });
      }),

    putList: (list: WordList) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(WordListSchema, list), PREFIX.list + list.id);
          return () => undefined;
        }),
      ),

    /**
     * Deletes a list and takes it off every word, in one transaction; the words stay saved.
     * Returns what undo needs.
     */
    deleteList: (listId: string) =>
      guarded(() => {
        if (listId === DEFAULT_LIST_ID) {
          throw new VocabularyStorageError('failed', new Error('the default list stays'));
        }
        return write((objectStore) => {
          let list: WordList | undefined;
          const memberIds: string[] = [];
          const listRequest = objectStore.get(PREFIX.list + listId);
          listRequest.onsuccess = () => {
            const parsed = v.safeParse(WordListSchema, listRequest.result);
            if (parsed.success) list = parsed.output;
            objectStore.delete(PREFIX.list + listId);
          };
          readRange(objectStore, prefixRange(PREFIX.word), SavedWordSchema, ({ records }) => {
            for (const word of records) {
              if (!word.lists.includes(listId)) continue;
              memberIds.push(word.id);
              const lists = word.lists.filter((id) => id !== listId);
              objectStore.put({ ...word, lists }, PREFIX.word + word.id); // indexes unchanged
            }
          });
          return () => ({ list, memberIds });
        });
      }),

    /** Undoes `deleteList`: the list comes back with the words that were in it. */
    restoreList: (list: WordList, memberIds: readonly string[]) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(WordListSchema, list), PREFIX.list + list.id);
          for (const id of memberIds) {
            readWord(objectStore, id, (word) => {
              if (!word || word.lists.includes(list.id)) return;
              objectStore.put({ ...word, lists: [...word.lists, list.id] }, PREFIX.word + id);
            });
          }
          return () => undefined;
        }),
      ),

    getKnown: (id: string): Promise<KnownWord | undefined> =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          const request = objectStore.get(PREFIX.known + id);
          return () => {
            const parsed = v.safeParse(KnownWordSchema, request.result);
            return parsed.success ? parsed.output : undefined;
          };
        }),
      ),

    /** Which of these ids are marked "I know this". */
    knownAmong: (ids: readonly string[]): Promise<Set<string>> =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          const known = new Set<string>();
          for (const id of ids) {
            const request = objectStore.get(PREFIX.known + id);
            request.onsuccess = () => {
              if (v.safeParse(KnownWordSchema, request.result).success) known.add(id);
            };
          }
          return () => known;
        }),
      ),

    markKnown: (root: string, now: Date) =>
      guarded(() =>
        write((objectStore) => {
          const mark = knownWord(root, now);
          objectStore.put(mark, PREFIX.known + mark.id);
          return () => mark;
        }),
      ),

    unmarkKnown: (id: string) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.delete(PREFIX.known + id);
          return () => undefined;
        }),
      ),

    putSettings: (settings: ReviewSettings) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(ReviewSettingsSchema, settings), SETTINGS_KEY);
          return () => undefined;
        }),
      ),

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
        const read = await transact(store, 'readonly', (objectStore) => {
          let result: { records: ReviewLogEntry[]; damaged: Array<[IDBValidKey, unknown]> } = {
            records: [],
            damaged: [],
          };
          const range = IDBKeyRange.bound(
            PREFIX.log + logKeyLowerBound(since),
            `${PREFIX.log}\uffff`,
          );
          readRange(objectStore, range, ReviewLogEntrySchema, (found) => (result = found));
          return () => result;
        });
        await setAsideLater(store, read.damaged);
        return read.records;
      }),

    /** How many answers were given in [from, to). */
    countLog: (from: number, to: number) =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
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

    /** Everything, for a backup. */
    exportAll: (): Promise<VocabularyRecords> =>
      guarded(async () => {
        const snapshot = await repository.load();
        const log = await repository.recentLog(0);
        const settingsStored = await transact(store, 'readonly', (objectStore) => {
          const request = objectStore.get(SETTINGS_KEY);
          return () => request.result !== undefined;
        });
        return {
          words: snapshot.words,
          lists: snapshot.lists,
          known: snapshot.known,
          settings: settingsStored ? snapshot.settings : null,
          log,
        };
      }),

    /** Writes a whole (already validated and merged) import in one transaction. */
    putAll: (records: VocabularyRecords) =>
      guarded(async () => {
        await ensureIndex();
        return write((objectStore) => {
          for (const word of records.words) {
            readWord(objectStore, word.id, (existing) => writeWord(objectStore, existing, word));
          }
          for (const list of records.lists) objectStore.put(list, PREFIX.list + list.id);
          for (const mark of records.known) objectStore.put(mark, PREFIX.known + mark.id);
          for (const entry of records.log) objectStore.put(entry, PREFIX.log + logKey(entry));
          if (records.settings) objectStore.put(records.settings, SETTINGS_KEY);
          return () => undefined;
        });
      }),
  };
  return repository;
}

export type VocabularyRepository = ReturnType<typeof createVocabularyRepository>;

let shared: VocabularyRepository | undefined;
export const vocabularyRepository = (): VocabularyRepository =>
  (shared ??= createVocabularyRepository());
