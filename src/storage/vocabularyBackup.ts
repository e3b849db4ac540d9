// The vocabulary's side of a backup (backup.ts does the rest): every record out, and a whole
// import, already validated and merged, written back in one transaction.
import { logKey, type ReviewLogEntry } from '../domain/review/reviewLog';
import type { ReviewSettings } from '../domain/review/settings';
import type { KnownWord, SavedWord, WordList } from '../domain/vocab/savedWord';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import type { VocabularySnapshot } from './vocabularyReads';
import { PREFIX, readWord, SETTINGS_KEY, writeWord } from './vocabularyTransactions';

/** Everything a backup carries from this store. */
export interface VocabularyRecords {
  readonly words: readonly SavedWord[];
  readonly lists: readonly WordList[];
  readonly known: readonly KnownWord[];
  readonly settings: ReviewSettings | null;
  readonly log: readonly ReviewLogEntry[];
}

/** The reads an export is made of, from the other parts of the repository. */
export interface BackupSources {
  readonly load: () => Promise<VocabularySnapshot>;
  readonly recentLog: (since: number) => Promise<ReviewLogEntry[]>;
}

export function backupOperations(
  { read, write, ensureIndex }: VocabularyAccess,
  { load, recentLog }: BackupSources,
) {
  return {
    /** Everything, for a backup. */
    exportAll: (): Promise<VocabularyRecords> =>
      guarded(async () => {
        const snapshot = await load();
        const log = await recentLog(0);
        const settingsStored = await read((objectStore) => {
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
}
