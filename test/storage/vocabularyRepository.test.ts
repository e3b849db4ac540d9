import { createStore, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIST_ID } from '../../src/domain/vocab/savedWord';
import { createList } from '../../src/domain/vocab/operations';
import { createVocabularyRepository } from '../../src/storage/vocabularyRepository';
import { VocabularyStorageError } from '../../src/storage/vocabularyErrors';
import { context, NOW } from '../domain/vocab/fixtures';

let counter = 0;
const freshStore = () => createStore(`vocabulary-test-${++counter}`, 'records');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
/** The records set aside from `key`, oldest first. */
const quarantined = async (key: string, store: UseStore) =>
  (await entries(store))
    .filter(([stored]) => String(stored).startsWith(`quarantine:${key}@`))
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([, value]) => value);

describe('vocabulary repository', () => {
  it('saves a word and adds a new sentence to the same root instead of a duplicate', async () => {
    const repository = createVocabularyRepository(freshStore());
    await repository.saveWord(context(), NOW);
    await repository.saveWord(
      context({ surface: 'maglaro', sentenceId: 's7', sentenceTl: 'Gusto niyang maglaro.' }),
      later(5),
    );
    await repository.saveWord(context(), later(6)); // the same sentence again: no change
    const { words } = await repository.load();
    expect(words).toHaveLength(1);
    expect(words[0]!.contexts.map((meeting) => meeting.sentenceId)).toEqual(['s1', 's7']);
    expect(words[0]!.lists).toEqual([DEFAULT_LIST_ID]);
  });

  it('always lists the default list first, then the learner’s lists by age', async () => {
    const repository = createVocabularyRepository(freshStore());
    const first = createList('Pagkain', later(1), []);
    const second = createList('Trabaho', later(2), [first]);
    await repository.putList(second);
    await repository.putList(first);
    const { lists } = await repository.load();
    expect(lists.map((list) => list.id)).toEqual([DEFAULT_LIST_ID, first.id, second.id]);
  });

  it('two saves at once (as from two tabs) both land', async () => {
    const store = freshStore();
    const tabA = createVocabularyRepository(store);
    const tabB = createVocabularyRepository(store);
    await Promise.all([
      tabA.saveWord(context({ sentenceId: 's1' }), NOW),
      tabB.saveWord(context({ sentenceId: 's2' }), NOW),
      tabA.saveWord(context({ root: 'bahay', surface: 'bahay', sentenceId: 's3' }), NOW),
      tabB.saveWord(context({ root: 'kain', surface: 'kumain', sentenceId: 's4' }), NOW),
    ]);
    const { words } = await tabA.load();
    expect(words.map((word) => word.id).sort()).toEqual(['bahay', 'kain', 'laro']);
    expect(words.find((word) => word.id === 'laro')!.contexts).toHaveLength(2);
  });

  it('sets a damaged record aside, keeps it, reports it and keeps working', async () => {
    const store = freshStore();
    const repository = createVocabularyRepository(store);
    await repository.saveWord(context(), NOW);
    await set('word:sira', { kind: 'saved-word', version: 1, id: 'sira' }, store);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { words, setAside } = await repository.load();
    warn.mockRestore();
    expect(words.map((word) => word.id)).toEqual(['laro']);
    expect(setAside).toBe(1);
    expect(await quarantined('word:sira', store)).toEqual([
      { kind: 'saved-word', version: 1, id: 'sira' },
    ]);
    expect(await get('word:sira', store)).toBeUndefined();
    expect((await repository.load()).setAside).toBe(0);
  });

  it('keeps every damaged copy set aside under the same key', async () => {
    const store = freshStore();
    const repository = createVocabularyRepository(store);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await set('word:sira', { kind: 'saved-word', version: 1, id: 'sira', copy: 1 }, store);
    await repository.load();
    await set('word:sira', { kind: 'saved-word', version: 1, id: 'sira', copy: 2 }, store);
    await repository.load();
    warn.mockRestore();
    expect(await quarantined('word:sira', store)).toEqual([
      { kind: 'saved-word', version: 1, id: 'sira', copy: 1 },
      { kind: 'saved-word', version: 1, id: 'sira', copy: 2 },
    ]);
  });

  it('falls back to default settings when the stored ones are damaged', async () => {
    const store = freshStore();
    const repository = createVocabularyRepository(store);
    await set('settings', { kind: 'review-settings', version: 1, desiredRetention: 2 }, store);
    expect((await repository.load()).settings.desiredRetention).toBe(0.9);
  });

  it('refuses to write an invalid word', async () => {
    const repository = createVocabularyRepository(freshStore());
    const word = await repository.saveWord(context(), NOW);
    await expect(repository.putWords([{ ...word, version: 2 } as never])).rejects.toThrow();
  });

  it('deletes words and brings them back on undo', async () => {
    const repository = createVocabularyRepository(freshStore());
    await repository.saveWord(context(), NOW);
    const removed = await repository.deleteWords(['laro']);
    expect((await repository.load()).words).toHaveLength(0);
    await repository.putWords(removed);
    expect((await repository.load()).words.map((word) => word.id)).toEqual(['laro']);
  });

  it('deletes a list from every word in one go, and undo restores the memberships', async () => {
    const repository = createVocabularyRepository(freshStore());
    const list = createList('Laro', NOW, []);
    await repository.putList(list);
    await repository.saveWord(context(), NOW, list.id);
    await repository.saveWord(context({ root: 'bahay', surface: 'bahay' }), NOW);
    const { memberIds } = await repository.deleteList(list.id);
    expect(memberIds).toEqual(['laro']);
    let snapshot = await repository.load();
    expect(snapshot.lists.map((item) => item.id)).toEqual([DEFAULT_LIST_ID]);
    expect(snapshot.words.find((word) => word.id === 'laro')!.lists).toEqual([]);
    await repository.restoreList(list, memberIds);
    snapshot = await repository.load();
    expect(snapshot.lists.map((item) => item.id)).toContain(list.id);
    expect(snapshot.words.find((word) => word.id === 'laro')!.lists).toEqual([list.id]);
    await expect(repository.deleteList(DEFAULT_LIST_ID)).rejects.toBeInstanceOf(
      VocabularyStorageError,
    );
  });

  it('records an answer: new schedule and a log entry, together', async () => {
    const repository = createVocabularyRepository(freshStore());
    await repository.saveWord(context(), NOW);
    const result = await repository.answer('laro', 'recognition', 'easy', later(1), 0.9);
    expect(result!.word.schedules.recognition.phase).toBe('review');
    expect(result!.word.schedules.recall.phase).toBe('new');
    const stored = await repository.getWord('laro');
    expect(stored).toEqual(result!.word);
    expect(await repository.recentLog(NOW.getTime())).toEqual([result!.entry]);
    expect(await repository.recentLog(later(2).getTime())).toEqual([]);
    expect(await repository.answer('wala', 'recognition', 'good', later(1), 0.9)).toBeUndefined();
  });

  it('marks a word known without making a card', async () => {
    const repository = createVocabularyRepository(freshStore());
    await repository.markKnown('Bahay', NOW);
    expect((await repository.getKnown('bahay'))?.root).toBe('Bahay');
    const snapshot = await repository.load();
    expect(snapshot.words).toHaveLength(0);
    expect(snapshot.known.map((mark) => mark.id)).toEqual(['bahay']);
    await repository.unmarkKnown('bahay');
    expect(await repository.getKnown('bahay')).toBeUndefined();
  });

  it("reads a word's saved record and its known mark together", async () => {
    const repository = createVocabularyRepository(freshStore());
    expect(await repository.wordStatus('laro')).toEqual({ word: undefined, known: undefined });
    const saved = await repository.saveWord(context(), NOW);
    await repository.markKnown('Bahay', NOW);
    expect(await repository.wordStatus(saved.id)).toEqual({ word: saved, known: undefined });
    const { word, known } = await repository.wordStatus('bahay');
    expect(word).toBeUndefined();
    expect(known?.root).toBe('Bahay');
  });

  it('explains a missing IndexedDB as “unavailable”', async () => {
    const original = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const repository = createVocabularyRepository(freshStore());
      await expect(repository.load()).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = original;
    }
  });

  it('exports everything in one consistent read, setting damaged records aside', async () => {
    const store = freshStore();
    const repository = createVocabularyRepository(store);
    await repository.saveWord(context(), NOW);
    await repository.answer('laro', 'recognition', 'good', later(1), 0.9);
    await set('word:sira', { kind: 'saved-word', version: 1, id: 'sira' }, store);
    await set('log:broken', { kind: 'review-log', version: 1 }, store);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const exported = await repository.exportAll();
    warn.mockRestore();
    expect(exported.words.map((word) => word.id)).toEqual(['laro']);
    expect(exported.reviewLog).toHaveLength(1);
    expect(exported.reviewLog[0]!.wordId).toBe('laro');
    // No settings were ever stored: the backup says so rather than carrying the defaults.
    expect(exported.settings).toBeNull();
    expect(await quarantined('word:sira', store)).toHaveLength(1);
    expect(await quarantined('log:broken', store)).toHaveLength(1);
  });
});
