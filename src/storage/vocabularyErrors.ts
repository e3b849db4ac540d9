// Storage failures of the vocabulary, by kind, so the UI can explain each one.
import { StorageError, storageGuard, type StorageErrorKind } from './storageErrors';

export type VocabularyErrorKind = StorageErrorKind;

export class VocabularyStorageError extends StorageError {
  override readonly name = 'VocabularyStorageError';
  constructor(
    kind: StorageErrorKind,
    cause: unknown,
    /** Whether reading or writing failed, when known (the learner is told which). */
    readonly operation?: 'read' | 'write',
  ) {
    super(kind, cause);
  }
}

export const guarded = storageGuard(VocabularyStorageError);
