// What every part of the vocabulary repository shares: its store, a read and a write that each run
// as one transaction (a write then tells open pages), and the key indexes, built on first need.
import type { UseStore } from 'idb-keyval';
import { SavedWordSchema } from '../domain/vocab/savedWord';
import { storageErrorKind } from './storageErrors';
import { announceVocabularyChange } from './vocabularyChanges';
import { VocabularyStorageError } from './vocabularyErrors';
import {
  INDEX_MARKER,
  INDEX_PREFIX,
  INDEX_VERSION,
  indexKeysOf,
  prefixRange,
} from './vocabularyIndex';
import { PREFIX, readRange, transact, type Body } from './vocabularyTransactions';

export interface VocabularyAccess {
  readonly store: UseStore;
  /** Runs `body` in one read-only transaction. */
  readonly read: <T>(body: Body<T>) => Promise<T>;
  /** Runs `body` in one read-write transaction, then announces the change. */
  readonly write: <T>(body: Body<T>) => Promise<T>;
  /** Builds the key indexes if this store has none yet (data from before they existed). */
  readonly ensureIndex: () => Promise<void>;
}

export function vocabularyAccess(store: UseStore): VocabularyAccess {
  let indexed: Promise<void> | undefined;
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

  return {
    store,
    read: (body) =>
      transact(store, 'readonly', body).catch((error: unknown) => {
        throw new VocabularyStorageError(storageErrorKind(error), error, 'read');
      }),
    write: async (body) => {
      const result = await transact(store, 'readwrite', body);
      announceVocabularyChange();
      return result;
    },
    ensureIndex,
  };
}
