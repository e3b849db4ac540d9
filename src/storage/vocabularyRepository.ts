// Saved words, lists, "known" marks, review settings and the review log, in one IndexedDB store.
// Records are filed by kind under a key prefix so each kind is one key range. Every
// read-modify-write runs in one transaction, so two open tabs never lose each other's saves.
// Records are validated on read; one that fails is moved under `quarantine:`, kept and reported.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import {
  logKey,
  logKeyLowerBound,
  ReviewLogEntrySchema,
  type ReviewLogEntry,
} from '../domain/review/reviewLog';
import { reviewWord } from '../domain/review/reviewWord';
import type { Direction, GradeName } from '../domain/review/schedule';
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

export const PREFIX = {
  word: 'word:',
  list: 'list:',
  known: 'known:',
  log: 'log:',
  quarantine: 'quarantine:',
} as const;
export const SETTINGS_KEY = 'settings';

const rangeOf = (prefix: string, from = ''): IDBKeyRange =>
  IDBKeyRange.bound(prefix + from, `${prefix}\uffff`);

export interface ReadResult<T> {
  readonly records: T[];
  /** Damaged records moved aside by this read. */
  readonly setAside: number;
}

export interface VocabularySnapshot {
  readonly words: SavedWord[];
  readonly lists: WordList[];
  readonly known: KnownWord[];
  readonly settings: ReviewSettings;
  readonly setAside: number;
}

/** Everything a backup carries from this store. */
export interface VocabularyRecords {
  readonly words: readonly SavedWord[];
  readonly lists: readonly WordList[];
  readonly known: readonly KnownWord[];
  readonly settings: ReviewSettings | null;
  readonly log: readonly ReviewLogEntry[];
}

type Body<T> = (objectStore: IDBObjectStore) => () => T;

/**
 * Runs `body` in one transaction; its requests must chain through callbacks (not awaits) so the
 * transaction stays open. Resolves with `body`'s result once the transaction has committed.
 */
function transact<T>(store: UseStore, mode: IDBTransactionMode, body: Body<T>): Promise<T> {
  return store(mode, async (objectStore) => {
    const result = body(objectStore);
    await promisifyRequest(objectStore.transaction);
    return result();
  });
}

function readRange<S extends v.GenericSchema>(
  objectStore: IDBObjectStore,
  prefix: string,
  schema: S,
  done: (result: ReadResult<v.InferOutput<S>>) => void,
): void {
  const range = rangeOf(prefix);
  const keysRequest = objectStore.getAllKeys(range);
  const valuesRequest = objectStore.getAll(range);
  valuesRequest.onsuccess = () => {
    const keys = keysRequest.result;
    const values = valuesRequest.result;
    const records: v.InferOutput<S>[] = [];
    let setAside = 0;
    values.forEach((value: unknown, index) => {
      const parsed = v.safeParse(schema, value);
      if (parsed.success) {
        records.push(parsed.output);
      } else {
        const key = keys[index]!;
        objectStore.put(value, `${PREFIX.quarantine}${String(key)}`);
        objectStore.delete(key);
        setAside += 1;
      }
    });
    done({ records, setAside });
  };
}

/** The stored word, or `undefined`; a damaged one is set aside in the same transaction. */
function readWord(
  objectStore: IDBObjectStore,
  id: string,
  done: (word: SavedWord | undefined) => void,
) {
  const key = PREFIX.word + id;
  const request = objectStore.get(key);
  request.onsuccess = () => {
    if (request.result === undefined) return done(undefined);
    const parsed = v.safeParse(SavedWordSchema, request.result);
    if (parsed.success) return done(parsed.output);
    objectStore.put(request.result, `${PREFIX.quarantine}${key}`);
    done(undefined);
  };
}

function warnSetAside(count: number): void {
  if (count > 0)
    console.warn(`Set aside ${count} damaged vocabulary record(s) under ${PREFIX.quarantine}`);
}

export function createVocabularyRepository(
  store: UseStore = createStore('tulay-vocabulary', 'records'),
) {
  const write = async <T>(body: Body<T>): Promise<T> => {
    const result = await transact(store, 'readwrite', body);
    announceVocabularyChange();
    return result;
  };

  const repository = {
    /** Words, lists (the default list always first), known marks and settings, in one read. */
    load: (): Promise<VocabularySnapshot> =>
      guarded(async () => {
        const snapshot = await transact(store, 'readwrite', (objectStore) => {
          let words: ReadResult<SavedWord> = { records: [], setAside: 0 };
          let lists: ReadResult<WordList> = { records: [], setAside: 0 };
          let known: ReadResult<KnownWord> = { records: [], setAside: 0 };
          let settings: ReviewSettings = DEFAULT_SETTINGS;
          readRange(objectStore, PREFIX.word, SavedWordSchema, (result) => (words = result));
          readRange(objectStore, PREFIX.list, WordListSchema, (result) => (lists = result));
          readRange(objectStore, PREFIX.known, KnownWordSchema, (result) => (known = result));
          const settingsRequest = objectStore.get(SETTINGS_KEY);
          settingsRequest.onsuccess = () => {
            const parsed = v.safeParse(ReviewSettingsSchema, settingsRequest.result);
            if (parsed.success) settings = parsed.output;
          };
          return () => ({
            words: words.records,
            lists: withDefaultList(lists.records),
            known: known.records,
            settings,
            setAside: words.setAside + lists.setAside + known.setAside,
          });
        });
        warnSetAside(snapshot.setAside);
        return snapshot;
      }),

    getWord: (id: string): Promise<SavedWord | undefined> =>
      guarded(() =>
        transact(store, 'readwrite', (objectStore) => {
          let found: SavedWord | undefined;
          readWord(objectStore, id, (word) => (found = word));
          return () => found;
        }),
      ),

    /** Saves the word met in the reader: a new card, or a new context on the root's card. */
    saveWord: (context: WordContext, now: Date, listId: string = DEFAULT_LIST_ID) =>
      guarded(async () => {
        requestPersistentStorage();
        return write((objectStore) => {
          let saved: SavedWord | undefined;
          readWord(objectStore, wordId(context.root), (existing) => {
            saved = saveWord(existing, context, now, listId);
            objectStore.put(saved, PREFIX.word + saved.id);
          });
          return () => saved!;
        });
      }),

    /** Applies `change` to the stored word atomically; `undefined` if it is gone. */
    updateWord: (id: string, change: (word: SavedWord) => SavedWord) =>
      guarded(() =>
        write((objectStore) => {
          let updated: SavedWord | undefined;
          readWord(objectStore, id, (word) => {
            if (!word) return;
            updated = v.parse(SavedWordSchema, change(word));
            objectStore.put(updated, PREFIX.word + id);
          });
          return () => updated;
        }),
      ),

    /** Applies `change` to many words in one transaction. */
    updateWords: (ids: readonly string[], change: (word: SavedWord) => SavedWord) =>
      guarded(() =>
        write((objectStore) => {
          const updated: SavedWord[] = [];
          for (const id of ids) {
            readWord(objectStore, id, (word) => {
              if (!word) return;
              const next = v.parse(SavedWordSchema, change(word));
              objectStore.put(next, PREFIX.word + id);
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
              if (word) removed.push(word);
              objectStore.delete(PREFIX.word + id);
            });
          }
          return () => removed;
        }),
      ),

    putWords: (words: readonly SavedWord[]) =>
      guarded(() =>
        write((objectStore) => {
          for (const word of words)
            objectStore.put(v.parse(SavedWordSchema, word), PREFIX.word + word.id);
          return () => undefined;
        }),
      ),

    putList: (list: WordList) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(WordListSchema, list), PREFIX.list + list.id);
          return () => undefined;
        }),
      ),

    /**
     * Deletes a list and takes it off every word, in one transaction. Returns what undo needs.
     * The words stay saved.
     */
    deleteList: (listId: string) =>
      guarded(() => {
        if (listId === DEFAULT_LIST_ID) {
          throw new VocabularyStorageError(
            'failed',
            new Error('the default list cannot be deleted'),
          );
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
          readRange(objectStore, PREFIX.word, SavedWordSchema, ({ records }) => {
            for (const word of records) {
              if (!word.lists.includes(listId)) continue;
              memberIds.push(word.id);
              const lists = word.lists.filter((id) => id !== listId);
              objectStore.put({ ...word, lists }, PREFIX.word + word.id);
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
            objectStore.put(result.word, PREFIX.word + id);
            objectStore.put(result.entry, PREFIX.log + logKey(result.entry));
          });
          return () => result;
        }),
      ),

    /** The review log from `since` (epoch ms) on, oldest first. */
    logSince: (since: number) =>
      guarded(async () => {
        const { records, setAside } = await transact(store, 'readwrite', (objectStore) => {
          let read: ReadResult<ReviewLogEntry> = { records: [], setAside: 0 };
          readRange(objectStore, PREFIX.log, ReviewLogEntrySchema, (result) => (read = result));
          return () => read;
        }).then((all) => ({
          records: all.records.filter((entry) => entry.reviewedAt >= since),
          setAside: all.setAside,
        }));
        warnSetAside(setAside);
        return records;
      }),

    /** Today's (or any recent) answers only: a key range, not the whole log. */
    recentLog: (since: number) =>
      guarded(() =>
        transact(store, 'readonly', (objectStore) => {
          const request = objectStore.getAll(rangeOf(PREFIX.log, logKeyLowerBound(since)));
          return () =>
            (request.result as unknown[]).flatMap((value) => {
              const parsed = v.safeParse(ReviewLogEntrySchema, value);
              return parsed.success ? [parsed.output] : [];
            });
        }),
      ),

    /** Everything, for a backup. */
    exportAll: (): Promise<VocabularyRecords> =>
      guarded(async () => {
        const snapshot = await repository.load();
        const log = await repository.logSince(0);
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
      guarded(() =>
        write((objectStore) => {
          for (const word of records.words) objectStore.put(word, PREFIX.word + word.id);
          for (const list of records.lists) objectStore.put(list, PREFIX.list + list.id);
          for (const mark of records.known) objectStore.put(mark, PREFIX.known + mark.id);
          for (const entry of records.log) objectStore.put(entry, PREFIX.log + logKey(entry));
          if (records.settings) objectStore.put(records.settings, SETTINGS_KEY);
          return () => undefined;
        }),
      ),
  };
  return repository;
}

export type VocabularyRepository = ReturnType<typeof createVocabularyRepository>;

function withDefaultList(lists: WordList[]): WordList[] {
  const stored = lists.find((list) => list.id === DEFAULT_LIST_ID);
  const others = lists
    .filter((list) => list.id !== DEFAULT_LIST_ID)
    .sort((a, b) => a.createdAt - b.createdAt);
  return [stored ?? defaultList(new Date(0)), ...others];
}

let shared: VocabularyRepository | undefined;
export const vocabularyRepository = (): VocabularyRepository =>
  (shared ??= createVocabularyRepository());
