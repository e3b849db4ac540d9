// Storage failures by kind, so the UI can explain each one: shared by every repository, each of
// which names its own error class so callers can tell whose store failed.
export type StorageErrorKind = 'unavailable' | 'quota' | 'failed';

export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** What kind of failure an IndexedDB error (or its absence) is. */
export function storageErrorKind(error: unknown): StorageErrorKind {
  if (error instanceof StorageError) return error.kind;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  if (
    typeof indexedDB === 'undefined' ||
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError'
  ) {
    return 'unavailable';
  }
  return 'failed';
}

/**
 * Runs a storage operation, turning whatever it throws into the repository's own error class.
 * Without IndexedDB it fails at once as `unavailable`.
 */
export function storageGuard<E extends StorageError>(
  ErrorClass: new (kind: StorageErrorKind, cause: unknown) => E,
): <T>(operation: () => Promise<T>) => Promise<T> {
  return async (operation) => {
    if (typeof indexedDB === 'undefined')
      throw new ErrorClass('unavailable', new Error('IndexedDB is not available'));
    try {
      return await operation();
    } catch (error) {
      throw error instanceof ErrorClass ? error : new ErrorClass(storageErrorKind(error), error);
    }
  };
}
