// "I know this" marks: roots the learner knows, kept apart from the saved words (no card).
import * as v from 'valibot';
import { knownWord, KnownWordSchema, type KnownWord } from '../domain/vocab/savedWord';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { PREFIX } from './vocabularyTransactions';

/** Reads the "I know this" mark of `id` in the caller's transaction (a damaged one is none). */
export function readKnown(objectStore: IDBObjectStore, id: string): () => KnownWord | undefined {
  const request = objectStore.get(PREFIX.known + id);
  return () => {
    const parsed = v.safeParse(KnownWordSchema, request.result);
    return parsed.success ? parsed.output : undefined;
  };
}

export function knownOperations({ read, write }: VocabularyAccess) {
  return {
    getKnown: (id: string): Promise<KnownWord | undefined> =>
      guarded(() => read((objectStore) => readKnown(objectStore, id))),

    /** Which of these ids are marked "I know this". */
    knownAmong: (ids: readonly string[]): Promise<Set<string>> =>
      guarded(() =>
        read((objectStore) => {
          const marks = ids.map((id) => ({ id, mark: readKnown(objectStore, id) }));
          return () =>
            new Set(marks.filter(({ mark }) => mark() !== undefined).map(({ id }) => id));
        }),
      ),

    markKnown: (root: string, now: Date) =>
      guarded(() =>
        write((objectStore) => {
          const mark = knownWord(root, now);
          objectStore.put(mark, PREFIX.known + mark.id);
          return () => mark;
        }),
      ),

    unmarkKnown: (id: string) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.delete(PREFIX.known + id);
          return () => undefined;
        }),
      ),
  };
}
