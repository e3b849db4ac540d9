// Saving, editing and deleting words (and putting deleted ones back). Each call is one
// read-modify-write transaction, and `writeWord` keeps the key indexes in step with the word.
import * as v from 'valibot';
import {
  DEFAULT_LIST_ID,
  SavedWordSchema,
  saveWord,
  wordId,
  type SavedWord,
} from '../domain/vocab/savedWord';
import type { WordContext } from '../domain/vocab/wordContext';
import { requestPersistentStorage } from './persistence';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { readWord, writeWord } from './vocabularyTransactions';

export function wordOperations({ write }: VocabularyAccess) {
  const operations = {
    /** Saves the word met in the reader: a new card, or a new context on the word's card. */
    saveWord: (context: WordContext, now: Date, listId: string = DEFAULT_LIST_ID) =>
      guarded(async () => {
        requestPersistentStorage();
        return write((objectStore) => {
          let saved: SavedWord | undefined;
          readWord(objectStore, wordId(context.headword), (existing) => {
            saved = saveWord(existing, context, now, listId);
            writeWord(objectStore, existing, saved);
          });
          return () => saved!;
        });
      }),

    /** Applies `change` to the stored word atomically; `undefined` if it is gone. */
    updateWord: (id: string, change: (word: SavedWord) => SavedWord) =>
      operations.updateWords([id], change).then((updated) => updated[0]),

    /** Applies `change` to many words in one transaction. */
    updateWords: (ids: readonly string[], change: (word: SavedWord) => SavedWord) =>
      guarded(() =>
        write((objectStore) => {
          const updated: SavedWord[] = [];
          for (const id of ids) {
            readWord(objectStore, id, (word) => {
              if (!word) return;
              const next = change(word);
              writeWord(objectStore, word, next);
              updated.push(next);
            });
          }
          return () => updated;
        }),
      ),

    /** Deletes words and returns them, so the deletion can be undone with `putWords`. */
    deleteWords: (ids: readonly string[]) =>
      guarded(() =>
        write((objectStore) => {
          const removed: SavedWord[] = [];
          for (const id of ids) {
            readWord(objectStore, id, (word) => {
              if (!word) return;
              removed.push(word);
              writeWord(objectStore, word, undefined);
            });
          }
          return () => removed;
        }),
      ),

    /** Stores whole words (undo of a deletion), replacing any with the same id. */
    putWords: (words: readonly SavedWord[]) =>
      guarded(() => {
        words.forEach((word) => v.parse(SavedWordSchema, word)); // refuse before writing any
        return write((objectStore) => {
          for (const word of words) {
            readWord(objectStore, word.id, (existing) => writeWord(objectStore, existing, word));
          }
          return () => undefined;
        });
      }),
  };
  return operations;
}
