// Word lists: stored apart from the words, each word naming the lists it is in. Deleting a list
// takes it off every word in the same transaction, and returns what undo needs.
import * as v from 'valibot';
import {
  DEFAULT_LIST_ID,
  defaultList,
  SavedWordSchema,
  WordListSchema,
  type WordList,
} from '../domain/vocab/savedWord';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded, VocabularyStorageError } from './vocabularyErrors';
import { prefixRange } from './vocabularyIndex';
import { PREFIX, readRange, readWord } from './vocabularyTransactions';

/** The default list first (made up if never stored), then the learner's lists by age. */
export function withDefaultList(lists: WordList[]): WordList[] {
  const stored = lists.find((list) => list.id === DEFAULT_LIST_ID);
  const others = lists
    .filter((list) => list.id !== DEFAULT_LIST_ID)
    .sort((a, b) => a.createdAt - b.createdAt);
  return [stored ?? defaultList(new Date(0)), ...others];
}

export function listOperations({ write }: VocabularyAccess) {
  return {
    putList: (list: WordList) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(WordListSchema, list), PREFIX.list + list.id);
          return () => undefined;
        }),
      ),

    /**
     * Deletes a list and takes it off every word, in one transaction; the words stay saved.
     * Returns what undo needs.
     */
    deleteList: (listId: string) =>
      guarded(() => {
        if (listId === DEFAULT_LIST_ID) {
          throw new VocabularyStorageError('failed', new Error('the default list stays'));
        }
        return write((objectStore) => {
          let list: WordList | undefined;
          const memberIds: string[] = [];
          const listRequest = objectStore.get(PREFIX.list + listId);
          listRequest.onsuccess = () => {
            const parsed = v.safeParse(WordListSchema, listRequest.result);
            if (parsed.success) list = parsed.output;
            objectStore.delete(PREFIX.list + listId);
          };
          readRange(objectStore, prefixRange(PREFIX.word), SavedWordSchema, ({ records }) => {
            for (const word of records) {
              if (!word.lists.includes(listId)) continue;
              memberIds.push(word.id);
              const lists = word.lists.filter((id) => id !== listId);
              objectStore.put({ ...word, lists }, PREFIX.word + word.id); // indexes unchanged
            }
          });
          return () => ({ list, memberIds });
        });
      }),

    /** Undoes `deleteList`: the list comes back with the words that were in it. */
    restoreList: (list: WordList, memberIds: readonly string[]) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(WordListSchema, list), PREFIX.list + list.id);
          for (const id of memberIds) {
            readWord(objectStore, id, (word) => {
              if (!word || word.lists.includes(list.id)) return;
              objectStore.put({ ...word, lists: [...word.lists, list.id] }, PREFIX.word + id);
            });
          }
          return () => undefined;
        }),
      ),
  };
}
