// Reading the saved words: everything at once, the first screen, or all words in batches. Reads are
// read-only transactions; damaged records they meet are set aside afterwards (`setAsideLater`).
import {
  KnownWordSchema,
  SavedWordSchema,
  WordListSchema,
  type KnownWord,
  type SavedWord,
  type WordList,
} from '../domain/vocab/savedWord';
import { DEFAULT_SETTINGS, type ReviewSettings } from '../domain/review/settings';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { readKnown } from './vocabularyKnown';
import { idOfDateKey, INDEX_PREFIX, prefixRange } from './vocabularyIndex';
import { withDefaultList } from './vocabularyLists';
import { readSettings } from './vocabularySettings';
import { PREFIX, readRange, readWord, setAsideLater } from './vocabularyTransactions';

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

/** A snapshot's records as read, with whether settings were stored and the damaged records. */
export interface SnapshotRead {
  readonly words: SavedWord[];
  readonly lists: WordList[];
  readonly known: KnownWord[];
  readonly settings: ReviewSettings;
  readonly settingsStored: boolean;
  readonly damaged: Array<[IDBValidKey, unknown]>;
}

/** Reads every word, list, known mark and the settings inside a transaction others may share. */
export function readSnapshot(objectStore: IDBObjectStore): () => SnapshotRead {
  const result = {
    words: [] as SavedWord[],
    lists: [] as WordList[],
    known: [] as KnownWord[],
    settings: DEFAULT_SETTINGS,
    settingsStored: false,
    damaged: [] as Array<[IDBValidKey, unknown]>,
  };
  readRange(objectStore, prefixRange(PREFIX.word), SavedWordSchema, (found) => {
    result.words = found.records;
    result.damaged.push(...found.damaged);
  });
  readRange(objectStore, prefixRange(PREFIX.list), WordListSchema, (found) => {
    result.lists = withDefaultList(found.records);
    result.damaged.push(...found.damaged);
  });
  readRange(objectStore, prefixRange(PREFIX.known), KnownWordSchema, (found) => {
    result.known = found.records;
    result.damaged.push(...found.damaged);
  });
  readSettings(objectStore, (settings, stored) => {
    result.settings = settings;
    result.settingsStored = stored;
  });
  return () => result;
}

const BATCH = 1000;
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function readOperations({ store, read, ensureIndex }: VocabularyAccess) {
  return {
    /** Every word, list, known mark and the settings, in one read. */
    load: (): Promise<VocabularySnapshot> =>
      guarded(async () => {
        const { damaged, ...snapshot } = await read(readSnapshot);
        return { ...snapshot, setAside: await setAsideLater(store, damaged) };
      }),

    /** The newest `count` words, the lists and the settings: what the first screen needs. */
    overview: (count: number): Promise<VocabularyOverview> =>
      guarded(async () => {
        await ensureIndex();
        return read((objectStore) => {
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
        read((objectStore) => {
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
          const batch = await read((objectStore) => {
            let found: { records: SavedWord[]; lastKey: IDBValidKey | undefined } = {
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
                found = result;
                damaged.push(...result.damaged);
              },
              BATCH,
            );
            return () => found;
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
        read((objectStore) => {
          let found: SavedWord | undefined;
          readWord(objectStore, id, (word) => (found = word));
          return () => found;
        }),
      ),

    /** The saved word with this id and its "I know this" mark, read in one transaction. */
    wordStatus: (
      id: string,
    ): Promise<{ word: SavedWord | undefined; known: KnownWord | undefined }> =>
      guarded(() =>
        read((objectStore) => {
          let word: SavedWord | undefined;
          readWord(objectStore, id, (found) => (word = found));
          const known = readKnown(objectStore, id);
          return () => ({ word, known: known() });
        }),
      ),

    /** The words with these ids that exist, in the same order. */
    getWords: (ids: readonly string[]): Promise<SavedWord[]> =>
      guarded(() =>
        read((objectStore) => {
          const found: Array<SavedWord | undefined> = ids.map(() => undefined);
          ids.forEach((id, index) => readWord(objectStore, id, (word) => (found[index] = word)));
          return () => found.filter((word) => word !== undefined);
        }),
      ),
  };
}
