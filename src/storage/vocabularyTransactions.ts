// The transaction helpers under the vocabulary repository. Requests inside a transaction chain
// through callbacks, never `await`, so the transaction stays open until the work is done.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { SavedWordSchema, type SavedWord } from '../domain/vocab/savedWord';
import { QUARANTINE_PREFIX, setAside } from './quarantine';
import { reindex } from './vocabularyIndex';

export const PREFIX = {
  word: 'word:',
  list: 'list:',
  known: 'known:',
  log: 'log:',
} as const;
export const SETTINGS_KEY = 'settings';

export interface ReadResult<T> {
  readonly records: T[];
  /** Records that failed validation: set aside already in a read-write transaction. */
  readonly damaged: Array<[IDBValidKey, unknown]>;
}

export type Body<T> = (objectStore: IDBObjectStore) => () => T;

/** Runs `body` in one transaction and resolves with its result once the transaction commits. */
export function transact<T>(store: UseStore, mode: IDBTransactionMode, body: Body<T>): Promise<T> {
  return store(mode, async (objectStore) => {
    const result = body(objectStore);
    await promisifyRequest(objectStore.transaction);
    return result();
  });
}

/**
 * Reads and validates the records in `range` (at most `count`). In a read-write transaction
 * damaged ones are set aside at once; a read-only one reports them for `setAsideLater`.
 */
export function readRange<S extends v.GenericSchema>(
  objectStore: IDBObjectStore,
  range: IDBKeyRange,
  schema: S,
  done: (result: ReadResult<v.InferOutput<S>> & { lastKey: IDBValidKey | undefined }) => void,
  count?: number,
): void {
  const keysRequest = objectStore.getAllKeys(range, count);
  const valuesRequest = objectStore.getAll(range, count);
  valuesRequest.onsuccess = () => {
    const keys = keysRequest.result;
    const records: v.InferOutput<S>[] = [];
    const damaged: Array<[IDBValidKey, unknown]> = [];
    valuesRequest.result.forEach((value: unknown, index) => {
      const parsed = v.safeParse(schema, value);
      if (parsed.success) records.push(parsed.output);
      else damaged.push([keys[index]!, value]);
    });
    if (objectStore.transaction.mode === 'readwrite') {
      for (const [key, value] of damaged) setAside(objectStore, key, value);
    }
    done({ records, damaged, lastKey: keys.at(-1) });
  };
}

/**
 * Sets aside records a read-only read found damaged, in one read-write transaction (reads stay
 * read-only, and cheap, in the usual case where nothing is damaged).
 */
export async function setAsideLater(
  store: UseStore,
  damaged: ReadonlyArray<[IDBValidKey, unknown]>,
): Promise<number> {
  if (damaged.length === 0) return 0;
  await transact(store, 'readwrite', (objectStore) => {
    for (const [key, value] of damaged) setAside(objectStore, key, value);
    return () => undefined;
  });
  console.warn(
    `Set aside ${damaged.length} damaged vocabulary record(s) under ${QUARANTINE_PREFIX}`,
  );
  return damaged.length;
}

/**
 * The stored word, or `undefined`. In a read-write transaction a damaged one is set aside; in a
 * read-only one it is only skipped.
 */
export function readWord(
  objectStore: IDBObjectStore,
  id: string,
  done: (word: SavedWord | undefined) => void,
): void {
  const key = PREFIX.word + id;
  const request = objectStore.get(key);
  request.onsuccess = () => {
    if (request.result === undefined) return done(undefined);
    const parsed = v.safeParse(SavedWordSchema, request.result);
    if (parsed.success) return done(parsed.output);
    if (objectStore.transaction.mode === 'readwrite') setAside(objectStore, key, request.result);
    done(undefined);
  };
}

/**
 * Stores (or with `after` undefined, deletes) a word together with its index keys (`afterKeys`
 * when already worked out, see `reindex`).
 */
export function writeWord(
  objectStore: IDBObjectStore,
  before: SavedWord | undefined,
  after: SavedWord | undefined,
  afterKeys?: readonly string[],
): void {
  if (after) objectStore.put(v.parse(SavedWordSchema, after), PREFIX.word + after.id);
  else if (before) objectStore.delete(PREFIX.word + before.id);
  reindex(objectStore, before, after, afterKeys);
}

/**
 * Runs `each` over `items` a batch at a time inside one transaction: the next batch starts from
 * a request's callback, so the browser paints and handles input in between, and the transaction
 * (kept busy by that request) stays open. `done` runs after the last batch.
 */
export function inBatches<T>(
  objectStore: IDBObjectStore,
  items: readonly T[],
  size: number,
  each: (item: T) => void,
  done: () => void = () => undefined,
): void {
  const run = (start: number): void => {
    if (start >= items.length) return done();
    for (const item of items.slice(start, start + size)) each(item);
    objectStore.count(SETTINGS_KEY).onsuccess = () => run(start + size);
  };
  run(0);
}
