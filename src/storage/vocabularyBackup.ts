// The vocabulary's side of a backup (backup.ts does the rest): every record out, and a whole
// import, already validated and merged, written back in one transaction.
import { logKey, ReviewLogEntrySchema, type ReviewLogEntry } from '../domain/review/reviewLog';
import type { BackupData } from '../domain/vocab/backupFormat';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { prefixRange } from './vocabularyIndex';
import { readSnapshot } from './vocabularyReads';
import {
  PREFIX,
  readRange,
  readWord,
  setAsideLater,
  SETTINGS_KEY,
  writeWord,
  type ReadResult,
} from './vocabularyTransactions';

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
          for (const entry of records.reviewLog) objectStore.put(entry, PREFIX.log + logKey(entry));
          if (records.settings) objectStore.put(records.settings, SETTINGS_KEY);
          return () => undefined;
        });
      }),
  };
}
