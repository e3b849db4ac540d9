import fc from 'fast-check';
import { createStore, del, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { candidatesOf, type Candidates } from '../../src/domain/review/queue';
import { DIRECTIONS, type Direction } from '../../src/domain/review/schedule';
import { saveWord } from '../../src/domain/vocab/savedWord';
import {
  indexKeysOf,
  itemOfDueKey,
  itemOfNewKey,
  INDEX_MARKER,
} from '../../src/storage/vocabularyIndex';
import { createVocabularyRepository } from '../../src/storage/vocabularyRepository';
import { backupDataArbitrary } from '../domain/vocab/backupArbitraries';
import { context, NOW } from '../domain/vocab/fixtures';

let counter = 0;
const freshStore = () => createStore(`vocabulary-index-test-${++counter}`, 'records');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** Candidates compared as sets: the index returns due cards in key order, the domain in any. */
function normalized(candidates: Candidates, freshWanted: number) {
  const name = (item: { wordId: string; direction: string }) => `${item.wordId}|${item.direction}`;
  return {
    due: candidates.due.map(name).sort(),
    fresh: candidates.fresh.slice(0, freshWanted).map(name),
    nextDueAfterNow: candidates.nextDueAfterNow,
  };
}

describe('vocabulary key indexes', () => {
  it.each([
    ['aso', 'recognition'],
    ['pag-ibig', 'cloze'],
    ['may|pipe', 'recall'],
  ] as const)('round-trips the key of %s/%s', (wordId, direction) => {
    const due = itemOfDueKey(`due:000001234567890|${wordId}|${direction}`);
    expect(due).toEqual({ wordId, direction, due: 1234567890, isNew: false });
    const fresh = itemOfNewKey(`new:000001234567890|1|${wordId}|${direction}`);
    expect(fresh).toEqual({ wordId, direction, due: 1234567890, isNew: true });
  });

  it.each(['due:garbage', 'due:000001234567890|aso|sideways', 'new:000001234567890|1|'])(
    'ignores the malformed key %s',
    (key) => {
      expect(key.startsWith('due:') ? itemOfDueKey(key) : itemOfNewKey(key)).toBeUndefined();
    },
  );

  it('gives a word without a cloze sentence no cloze card', () => {
    const word = saveWord(undefined, context({ sentenceTl: 'Walang salita rito.' }), NOW);
    expect(indexKeysOf(word).filter((key) => key.endsWith('|cloze'))).toEqual([]);
  });

  it('reads the same review candidates as the domain does from whole words', async () => {
    await fc.assert(
      fc.asyncProperty(
        backupDataArbitrary,
        fc.subarray([...DIRECTIONS], { minLength: 1 }),
        fc.integer({ min: 0, max: 60 * 24 * 90 }),
        fc.integer({ min: 0, max: 12 }),
        async (data, directions: Direction[], minutes, freshWanted) => {
          const repository = createVocabularyRepository(freshStore());
          await repository.putWords(data.words);
          const now = at(minutes);
          const fromIndex = await repository.reviewCandidates(directions, now, freshWanted);
          const fromWords = candidatesOf(data.words, directions, now);
          expect(normalized(fromIndex, freshWanted)).toEqual(normalized(fromWords, freshWanted));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the indexes right through saves, answers, deletes and undo', async () => {
    const repository = createVocabularyRepository(freshStore());
    await repository.saveWord(context(), at(0));
    await repository.saveWord(context({ root: 'bahay', surface: 'bahay' }), at(1));
    await repository.answer('laro', 'recognition', 'easy', at(2), 0.9);
    const removed = await repository.deleteWords(['bahay']);
    let candidates = await repository.reviewCandidates([...DIRECTIONS], at(3), 10);
    expect(candidates.fresh.map((item) => `${item.wordId}|${item.direction}`)).toEqual([
      'laro|recall',
      'laro|cloze',
    ]);
    expect(candidates.due).toEqual([]);
    expect(candidates.nextDueAfterNow).toBeGreaterThan(at(3).getTime());
    // The words of the first cards come with them, so the first card needs no second read.
    expect(candidates.headWords.map((word) => word.id)).toEqual(['laro']);
    await repository.putWords(removed);
    candidates = await repository.reviewCandidates([...DIRECTIONS], at(3), 10);
    expect(candidates.fresh.map((item) => item.wordId)).toContain('bahay');
    expect(candidates.headWords.map((word) => word.id).sort()).toEqual(['bahay', 'laro']);
    const later = new Date(candidates.nextDueAfterNow! + 1);
    candidates = await repository.reviewCandidates(['recognition'], later, 0);
    expect(candidates.due.map((item) => item.wordId)).toEqual(['laro']);
    expect(candidates.headWords.map((word) => word.id)).toEqual(['laro']);
  });

  it('lists the newest words first and counts them all', async () => {
    const repository = createVocabularyRepository(freshStore());
    for (const [index, root] of ['isa', 'dalawa', 'tatlo', 'apat'].entries()) {
      await repository.saveWord(context({ root, surface: root }), at(index));
    }
    const overview = await repository.overview(2);
    expect(await repository.countWords()).toBe(4);
    expect(overview.newest.map((word) => word.id)).toEqual(['apat', 'tatlo']);
    expect(overview.lists[0]!.id).toBe('my-words');
    expect((await repository.allWords()).words).toHaveLength(4);
  });

  it('builds the indexes for a store written before they existed', async () => {
    const store = freshStore();
    const word = saveWord(undefined, context(), NOW);
    await set(`word:${word.id}`, word, store);
    const repository = createVocabularyRepository(store);
    expect((await repository.overview(10)).newest.map((found) => found.id)).toEqual(['laro']);
    expect(await keys(store)).toContain(INDEX_MARKER);
    expect((await repository.reviewCandidates(['recognition'], NOW, 5)).fresh).toHaveLength(1);
  });

  it('skips index keys whose word is gone', async () => {
    const store = freshStore();
    const repository = createVocabularyRepository(store);
    await repository.saveWord(context(), NOW);
    await repository.saveWord(context({ root: 'bahay', surface: 'bahay' }), at(1));
    await del('word:bahay', store); // as if lost outside the repository
    expect((await repository.overview(10)).newest.map((word) => word.id)).toEqual(['laro']);
    expect(await repository.getWords(['bahay', 'laro'])).toHaveLength(1);
  });
});
