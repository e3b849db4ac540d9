// What the learner does to saved words and lists. Pure: every function returns new values.
import { lexiconKey } from '../lexicon/normalize';
import { DEFAULT_LIST_ID, displayForm, type SavedWord, type WordList } from './savedWord';
import { nextDue, stageOf, type Stage } from './stage';

/** Lower case, no accents, straight apostrophes: "Bása" and "basa" match. */
export const fold = lexiconKey;

export interface WordQuery {
  readonly search: string;
  /** A list id, or `null` for every list. */
  readonly listId: string | null;
  readonly stage: Stage | null;
  readonly sort: WordSort;
}
export const WORD_SORTS = ['recent', 'alphabetical', 'due', 'stage'] as const;
export type WordSort = (typeof WORD_SORTS)[number];

export const ALL_WORDS: WordQuery = { search: '', listId: null, stage: null, sort: 'recent' };

/** True if the Tagalog (root, forms met) or the English (sense, notes) contains the search. */
export function matchesSearch(word: SavedWord, foldedSearch: string): boolean {
  if (foldedSearch === '') return true;
  if (fold(word.root).includes(foldedSearch)) return true;
  if (fold(word.sense).includes(foldedSearch)) return true;
  if (word.notes && fold(word.notes).includes(foldedSearch)) return true;
  return word.contexts.some((context) => fold(context.surface).includes(foldedSearch));
}

const STAGE_ORDER: Record<Stage, number> = { new: 0, learning: 1, known: 2 };

export function queryWords(
  words: readonly SavedWord[],
  query: WordQuery,
  directions?: readonly string[],
): SavedWord[] {
  const search = fold(query.search);
  const stages = new Map<string, Stage>();
  const stage = (word: SavedWord): Stage => {
    let found = stages.get(word.id);
    if (!found) stages.set(word.id, (found = stageOf(word, directions)));
    return found;
  };
  const found = words.filter(
    (word) =>
      (query.listId === null || word.lists.includes(query.listId)) &&
      (query.stage === null || stage(word) === query.stage) &&
      matchesSearch(word, search),
  );
  const byForm = (a: SavedWord, b: SavedWord): number =>
    fold(displayForm(a)).localeCompare(fold(displayForm(b)));
  switch (query.sort) {
    case 'recent':
      return found.sort((a, b) => b.createdAt - a.createdAt || byForm(a, b));
    case 'alphabetical':
      return found.sort(byForm);
    case 'due':
      return found.sort((a, b) => nextDue(a, directions) - nextDue(b, directions) || byForm(a, b));
    case 'stage':
      return found.sort((a, b) => STAGE_ORDER[stage(a)] - STAGE_ORDER[stage(b)] || byForm(a, b));
  }
}

export function editWord(
  word: SavedWord,
  changes: { readonly sense?: string; readonly notes?: string },
  now: Date,
): SavedWord {
  return {
    ...word,
    ...(changes.sense === undefined ? {} : { sense: changes.sense.trim() }),
    ...(changes.notes === undefined ? {} : { notes: changes.notes.trim() }),
    updatedAt: now.getTime(),
  };
}

/** Adds the word to `listId` (copy) and, when `fromListId` is given, takes it out of that one (move). */
export function placeInList(
  word: SavedWord,
  listId: string,
  fromListId: string | null,
  now: Date,
): SavedWord {
  const kept = fromListId === null ? word.lists : word.lists.filter((id) => id !== fromListId);
  const lists = kept.includes(listId) ? kept : [...kept, listId];
  return { ...word, lists, updatedAt: now.getTime() };
}

export function removeFromList(word: SavedWord, listId: string, now: Date): SavedWord {
  return { ...word, lists: word.lists.filter((id) => id !== listId), updatedAt: now.getTime() };
}

export function createList(name: string, now: Date, existing: readonly WordList[]): WordList {
  const base =
    fold(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'list';
  let id = `list-${base}`;
  for (let n = 2; existing.some((list) => list.id === id); n += 1) id = `list-${base}-${n}`;
  return { kind: 'word-list', version: 1, id, name: name.trim(), createdAt: now.getTime() };
}

export function canDeleteList(listId: string): boolean {
  return listId !== DEFAULT_LIST_ID;
}

export function countByList(words: readonly SavedWord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    for (const listId of word.lists) counts.set(listId, (counts.get(listId) ?? 0) + 1);
  }
  return counts;
}

/** `words` with `written` in place of the words of the same id, and the new ones added. */
export function withWritten(
  words: readonly SavedWord[],
  written: readonly SavedWord[],
): SavedWord[] {
  if (written.length === 0) return [...words];
  const byId = new Map(written.map((word) => [word.id, word]));
  const result = words.map((word) => {
    const replacement = byId.get(word.id);
    byId.delete(word.id);
    return replacement ?? word;
  });
  return [...result, ...byId.values()];
}

/** Whether the word has been reviewed in any direction (removing it loses that progress). */
export function hasReviewProgress(word: SavedWord): boolean {
  return Object.values(word.schedules).some((schedule) => schedule.reps > 0);
}
