// Saved words, lists, "known" marks, review settings and the review log, in one IndexedDB store.
// Records are filed by kind under a key prefix, so each kind is one key range, and key indexes
// (see vocabularyIndex.ts) are kept beside the words. Every read-modify-write runs in one
// transaction, so two open tabs never lose each other's saves. Records are validated on read;
// a damaged one is moved under `quarantine:`, kept and reported.
//
// This file only composes the parts, each in its own file over the shared `VocabularyAccess`:
// reads, words, lists, known marks, settings, review and backup.
import { createStore, type UseStore } from 'idb-keyval';
import { vocabularyAccess } from './vocabularyAccess';
import { backupOperations } from './vocabularyBackup';
import { knownOperations } from './vocabularyKnown';
import { listOperations } from './vocabularyLists';
import { readOperations } from './vocabularyReads';
import { reviewOperations } from './vocabularyReview';
import { settingsOperations } from './vocabularySettings';
import { wordOperations } from './vocabularyWords';

export { PREFIX, SETTINGS_KEY } from './vocabularyTransactions';
export type { VocabularyOverview, VocabularySnapshot } from './vocabularyReads';
export type { VocabularyRecords } from './vocabularyBackup';

export function createVocabularyRepository(
  store: UseStore = createStore('tulay-vocabulary', 'records'),
) {
  const access = vocabularyAccess(store);
  return {
    ...readOperations(access),
    ...settingsOperations(access),
    ...wordOperations(access),
    ...listOperations(access),
    ...knownOperations(access),
    ...reviewOperations(access),
    ...backupOperations(access),
  };
}

export type VocabularyRepository = ReturnType<typeof createVocabularyRepository>;

let shared: VocabularyRepository | undefined;
export const vocabularyRepository = (): VocabularyRepository =>
  (shared ??= createVocabularyRepository());
