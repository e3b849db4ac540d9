// Damaged records are moved out of the app's way, never deleted: under
// `quarantine:<key>@<when>#<n>`, so that a record set aside later under the same key (in the same
// millisecond too) does not overwrite one set aside before.

export const QUARANTINE_PREFIX = 'quarantine:';

let setAsideCount = 0;

/** The key a damaged record stored under `key` is kept under once set aside at `when`. */
export function quarantineKey(key: IDBValidKey, when: Date): string {
  return `${QUARANTINE_PREFIX}${String(key)}@${when.toISOString()}#${++setAsideCount}`;
}

/**
 * Moves the record under `key` into quarantine, within the caller's read-write transaction (the
 * copy and the delete commit together: the record is never lost between them).
 */
export function setAside(
  objectStore: IDBObjectStore,
  key: IDBValidKey,
  value: unknown,
  when = new Date(),
): void {
  objectStore.put(value, quarantineKey(key, when));
  objectStore.delete(key);
}
