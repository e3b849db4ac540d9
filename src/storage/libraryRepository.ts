// The learner's own texts and glosses, in their own IndexedDB store. Every record is validated on
// read; one that fails is moved under `quarantine:` (never deleted) and reported.
import {
  createStore,
  del,
  entries,
  get,
  promisifyRequest,
  set,
  setMany,
  type UseStore,
} from 'idb-keyval';
import * as v from 'valibot';
import { UserTextRecordSchema, type UserTextRecord } from '../domain/content/userText';
import { OwnGlossSchema, type OwnGloss } from '../domain/lexicon/ownGloss';
import { QUARANTINE_PREFIX, setAside } from './quarantine';
import { StorageError, storageGuard, type StorageErrorKind } from './storageErrors';

export type LibraryErrorKind = StorageErrorKind;

export class LibraryStorageError extends StorageError {
  override readonly name = 'LibraryStorageError';
}

const guarded = storageGuard(LibraryStorageError);

const TEXT = 'text:';
const GLOSS = 'gloss:';

export interface LibraryRepository {
  listTexts(): Promise<{ texts: UserTextRecord[]; setAside: number }>;
  getText(id: string): Promise<UserTextRecord | undefined>;
  putText(record: UserTextRecord): Promise<void>;
  deleteText(id: string): Promise<UserTextRecord | undefined>;
  listGlosses(): Promise<OwnGloss[]>;
  putGloss(gloss: OwnGloss): Promise<void>;
  deleteGloss(form: string): Promise<void>;
  /** Writes many records in one transaction (used by backup import). */
  putAll(records: {
    texts: readonly UserTextRecord[];
    glosses: readonly OwnGloss[];
  }): Promise<void>;
}

export function createLibraryRepository(
  store: UseStore = createStore('tulay-library', 'records'),
): LibraryRepository {
  async function readAll<S extends v.GenericSchema>(
    prefix: string,
    schema: S,
  ): Promise<{ valid: v.InferOutput<S>[]; setAside: number }> {
    const all = await entries(store);
    const valid: v.InferOutput<S>[] = [];
    const invalid: Array<[IDBValidKey, unknown]> = [];
    for (const [key, value] of all) {
      if (typeof key !== 'string' || !key.startsWith(prefix)) continue;
      const parsed = v.safeParse(schema, value);
      if (parsed.success) valid.push(parsed.output);
      else invalid.push([key, value]);
    }
    if (invalid.length > 0) {
      // Moved in one transaction: a record is never lost between the copy and the delete.
      await store('readwrite', (objectStore) => {
        for (const [key, value] of invalid) setAside(objectStore, key, value);
        return promisifyRequest(objectStore.transaction);
      });
      console.warn(`Set aside ${invalid.length} damaged record(s) under ${QUARANTINE_PREFIX}`);
    }
    return { valid, setAside: invalid.length };
  }

  return {
    listTexts: () =>
      guarded(async () => {
        const { valid, setAside } = await readAll(TEXT, UserTextRecordSchema);
        return { texts: valid.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), setAside };
      }),
    getText: (id) =>
      guarded(async () => {
        const parsed = v.safeParse(UserTextRecordSchema, await get(TEXT + id, store));
        return parsed.success ? parsed.output : undefined;
      }),
    putText: (record) =>
      guarded(() => set(TEXT + record.text.id, v.parse(UserTextRecordSchema, record), store)),
    deleteText: (id) =>
      guarded(async () => {
        const parsed = v.safeParse(UserTextRecordSchema, await get(TEXT + id, store));
        await del(TEXT + id, store);
        return parsed.success ? parsed.output : undefined;
      }),
    listGlosses: () => guarded(async () => (await readAll(GLOSS, OwnGlossSchema)).valid),
    putGloss: (gloss) =>
      guarded(() => set(GLOSS + gloss.form, v.parse(OwnGlossSchema, gloss), store)),
    deleteGloss: (form) => guarded(() => del(GLOSS + form, store)),
    putAll: ({ texts, glosses }) =>
      guarded(() =>
        setMany(
          [
            ...texts.map(
              (record) =>
                [TEXT + record.text.id, v.parse(UserTextRecordSchema, record)] as [string, unknown],
            ),
            ...glosses.map(
              (gloss) => [GLOSS + gloss.form, v.parse(OwnGlossSchema, gloss)] as [string, unknown],
            ),
          ],
          store,
        ),
      ),
  };
}

let shared: LibraryRepository | undefined;
export const libraryRepository = (): LibraryRepository => (shared ??= createLibraryRepository());
