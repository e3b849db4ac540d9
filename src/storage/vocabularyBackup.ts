// The vocabulary's side of a backup (backup.ts does the rest): every record out, and a whole
// import, already validated and merged, written back in one transaction.
import { logKey, ReviewLogEntrySchema, type ReviewLogEntry } from '../domain/review/reviewLog';
import type { BackupData } from '../domain/vocab/backupFormat';
import type { SavedWord } from '../domain/vocab/savedWord';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { indexKeysOf, prefixRange } from './vocabularyIndex';
import { readSnapshot } from './vocabularyReads';
import {
  inBatches,
  PREFIX,
  readRange,
  readWord,
  setAsideLater,
  SETTINGS_KEY,
  writeWord,
  type ReadResult,
} from './vocabularyTransactions';

/** Words prepared or written between two looks at the browser; log entries are cheaper. */
const BATCH = 250;
const LOG_BATCH = 2000;
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Everything a backup carries from this store (the texts and glosses live in another). */
export type VocabularyRecords = Omit<BackupData, 'texts' | 'glosses'>;

export function backupOperations({ store, read, write, ensureIndex }: VocabularyAccess) {
  return {
    /** Everything, for a backup, read in one transaction so that it is consistent. */
    exportAll: (): Promise<VocabularyRecords> =>
      guarded(async () => {
        const { damaged, ...records } = await read((objectStore) => {
          const snapshot = readSnapshot(objectStore);
          let log: ReadResult<ReviewLogEntry> = { records: [], damaged: [] };
          readRange(objectStore, prefixRange(PREFIX.log), ReviewLogEntrySchema, (found) => {
            log = found;
          });
          return () => {
            const { words, lists, known, settings, settingsStored, damaged } = snapshot();
            return {
              words,
              lists,
              known,
              settings: settingsStored ? settings : null,
              reviewLog: log.records,
              damaged: [...damaged, ...log.damaged],
            };
          };
        });
        await setAsideLater(store, damaged);
        return records;
      }),

    /**
     * Writes a whole (already validated and merged) import in one transaction. The new words'
     * index keys are worked out first, and everything is written in batches with the browser
     * let in between, so a 10,000-word import does not freeze the page.
     */
    putAll: (records: VocabularyRecords) =>
      guarded(async () => {
        await ensureIndex();
        const words: Array<{ word: SavedWord; keys: string[] }> = [];
        for (const word of records.words) {
          words.push({ word, keys: indexKeysOf(word) }); // validated as written (writeWord)
          if (words.length % BATCH === 0) await yieldToBrowser();
        }
        return write((objectStore) => {
          const put = (value: unknown, key: string) => void objectStore.put(value, key);
          inBatches(
            objectStore,
            words,
            BATCH,
            ({ word, keys }) =>
              readWord(objectStore, word.id, (existing) =>
                writeWord(objectStore, existing, word, keys),
              ),
            () =>
              inBatches(objectStore, records.reviewLog, LOG_BATCH, (entry) =>
                put(entry, PREFIX.log + logKey(entry)),
              ),
          );
          for (const list of records.lists) put(list, PREFIX.list + list.id);
          for (const mark of records.known) put(mark, PREFIX.known + mark.id);
          if (records.settings) put(records.settings, SETTINGS_KEY);
          return () => undefined;
        });
      }),
  };
}
