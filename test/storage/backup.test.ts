import fc from 'fast-check';
import { createStore, entries, keys } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { buildUserText } from '../../src/domain/content/userText';
import { ownGloss } from '../../src/domain/lexicon/ownGloss';
import { DEFAULT_SETTINGS } from '../../src/domain/review/settings';
import { createList } from '../../src/domain/vocab/operations';
import {
  applyImport,
  backupFileName,
  exportAnki,
  exportBackup,
  prepareImport,
} from '../../src/storage/backup';
import { createLibraryRepository } from '../../src/storage/libraryRepository';
import { indexKeysOf } from '../../src/storage/vocabularyIndex';
import { createVocabularyRepository } from '../../src/storage/vocabularyRepository';
import { context, NOW } from '../domain/vocab/fixtures';

let counter = 0;
function profile() {
  counter += 1;
  const vocabularyStore = createStore(`backup-vocabulary-${counter}`, 'records');
  const libraryStore = createStore(`backup-library-${counter}`, 'records');
  return {
    vocabularyStore,
    libraryStore,
    repositories: {
      vocabulary: createVocabularyRepository(vocabularyStore),
      library: createLibraryRepository(libraryStore),
    },
  };
}
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const file = (contents: string) => new Blob([contents], { type: 'application/json' });

async function fill(repositories: ReturnType<typeof profile>['repositories']) {
  const list = createList('Laro', NOW, []);
  await repositories.vocabulary.putList(list);
  await repositories.vocabulary.saveWord(context(), NOW, list.id);
  await repositories.vocabulary.saveWord(context({ root: 'bahay', surface: 'bahay' }), later(2));
  await repositories.vocabulary.answer('laro', 'recognition', 'good', later(1), 0.9);
  await repositories.vocabulary.answer('laro', 'recognition', 'easy', later(12), 0.9);
  await repositories.vocabulary.markKnown('ako', NOW);
  await repositories.vocabulary.putSettings({ ...DEFAULT_SETTINGS, newPerDay: 7 });
  await repositories.library.putText(
    buildUserText({
      id: 'sulat',
      title: 'Sulat',
      level: 'beginner',
      source: 'Added by you',
      paragraphs: [['Kumusta ka?']],
      now: NOW,
    }),
  );
  await repositories.library.putGloss(ownGloss('kumusta', 'kumusta', 'how are you', NOW));
}

describe('backup', () => {
  it('export → fresh profile → import restores everything', async () => {
    const source = profile();
    await fill(source.repositories);
    const backup = await exportBackup(later(20), source.repositories);
    expect(backup).toMatchObject({ format: 'tulay-backup', version: 1 });
    expect(backup.data.reviewLog).toHaveLength(2);

    const target = profile();
    const prepared = await prepareImport(file(JSON.stringify(backup)), target.repositories);
    expect(prepared).toMatchObject({
      ok: true,
      empty: false,
      plan: {
        summary: {
          wordsAdded: 2,
          wordsMerged: 0,
          reviews: 2,
          texts: 1,
          glosses: 1,
          known: 1,
          settings: 'taken',
        },
      },
    });
    if (!prepared.ok) return;
    await applyImport(prepared.plan, target.repositories);
    const restored = await exportBackup(later(20), target.repositories);
    expect(restored.data).toEqual(backup.data);

    const again = await prepareImport(file(JSON.stringify(backup)), target.repositories);
    expect(again).toMatchObject({ ok: true, empty: true });
  });

  it('puts the texts and glosses back when the vocabulary cannot be written', async () => {
    const source = profile();
    await fill(source.repositories);
    const backup = await exportBackup(later(20), source.repositories);
    const target = profile();
    const before = await exportBackup(later(21), target.repositories);
    const prepared = await prepareImport(file(JSON.stringify(backup)), target.repositories);
    if (!prepared.ok) throw new Error('expected a valid backup');
    const full = new Error('quota exceeded');
    const failing = {
      ...target.repositories,
      vocabulary: { ...target.repositories.vocabulary, putAll: () => Promise.reject(full) },
    };
    await expect(applyImport(prepared.plan, failing)).rejects.toBe(full);
    const after = await exportBackup(later(21), target.repositories);
    expect(after.data).toEqual(before.data);
  });

  it('merges into a profile that has some of the same words, without duplicates', async () => {
    const source = profile();
    await fill(source.repositories);
    const backup = await exportBackup(later(20), source.repositories);
    const target = profile();
    await target.repositories.vocabulary.saveWord(
      context({ sentenceId: 's5', sentenceTl: 'Laro tayo.' }),
      later(30),
    );
    const prepared = await prepareImport(file(JSON.stringify(backup)), target.repositories);
    if (!prepared.ok) throw new Error('expected a valid backup');
    expect(prepared.plan.summary).toMatchObject({ wordsAdded: 1, wordsMerged: 1 });
    await applyImport(prepared.plan, target.repositories);
    const { words } = await target.repositories.vocabulary.load();
    expect(words).toHaveLength(2);
    const laro = words.find((word) => word.id === 'laro')!;
    expect(laro.contexts.map((meeting) => meeting.sentenceId).sort()).toEqual(['s1', 's5']);
    expect(laro.schedules.recognition.reps).toBe(2);
  });

  it('a malformed or foreign file is refused and changes nothing', async () => {
    const target = profile();
    await fill(target.repositories);
    const before = [await entries(target.vocabularyStore), await entries(target.libraryStore)];
    const valid = JSON.stringify(await exportBackup(NOW, target.repositories));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          // A real backup, cut short or with a character changed.
          fc.nat(valid.length - 1).map((cut) => valid.slice(0, cut)),
          fc
            .tuple(fc.nat(valid.length - 1), fc.constantFrom('"', '{', '1', 'x', ']'))
            .map(([at, character]) => valid.slice(0, at) + character + valid.slice(at + 1)),
        ),
        async (contents) => {
          const prepared = await prepareImport(file(contents), target.repositories);
          if (prepared.ok) {
            // A one-character change can leave a valid file (e.g. a letter in a sentence); it is
            // then a legitimate backup. Only a refused file must leave the store untouched.
            return;
          }
          expect(['not-json', 'incomplete', 'foreign', 'newer', 'invalid']).toContain(
            prepared.problem.kind,
          );
        },
      ),
      { numRuns: 150 },
    );
    expect([await entries(target.vocabularyStore), await entries(target.libraryStore)]).toEqual(
      before,
    );
  });

  it('refuses a file too large to be a backup without reading it', async () => {
    const huge = {
      size: 200 * 1024 * 1024,
      text: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    expect(await prepareImport(huge, profile().repositories)).toMatchObject({
      ok: false,
      problem: { kind: 'too-large' },
    });
  });

  it('imports more words than one batch, merging, with the index keys of exactly what is stored', async () => {
    const source = profile();
    const target = profile();
    for (let index = 0; index < 600; index += 1) {
      const word = context({ root: `salita${index}`, surface: `salita${index}` });
      await source.repositories.vocabulary.saveWord(word, later(index));
      // Half are here already, from another sentence and reviewed since: they are merged.
      if (index % 2 === 0) {
        await target.repositories.vocabulary.saveWord({ ...word, sentenceId: 's9' }, NOW);
        await target.repositories.vocabulary.answer(word.root, 'recall', 'good', later(1), 0.9);
      }
    }
    const backup = JSON.stringify(await exportBackup(later(700), source.repositories));
    const prepared = await prepareImport(file(backup), target.repositories);
    if (!prepared.ok) throw new Error('expected a valid backup');
    expect(prepared.plan.summary).toMatchObject({ wordsAdded: 300, wordsMerged: 300 });
    await applyImport(prepared.plan, target.repositories);

    const { words } = await target.repositories.vocabulary.load();
    expect(words).toHaveLength(600);
    const stored = (await keys(target.vocabularyStore)).map(String);
    const indexKeys = stored.filter((key) => /^(byDate|due|new):/.test(key)).sort();
    expect(indexKeys).toEqual(words.flatMap((word) => indexKeysOf(word)).sort());
  });

  it('joins a list named as the default list on screen to it (“My Words” is “My words”)', async () => {
    const source = profile();
    const list = { ...createList('My Words', NOW, []), id: 'list-my-words' };
    await source.repositories.vocabulary.putList(list);
    await source.repositories.vocabulary.saveWord(context(), NOW, list.id);
    const backup = JSON.stringify(await exportBackup(NOW, source.repositories));
    const target = profile();
    const prepared = await prepareImport(file(backup), target.repositories, 'My words');
    if (!prepared.ok) throw new Error('expected a valid backup');
    await applyImport(prepared.plan, target.repositories);
    const { lists, words } = await target.repositories.vocabulary.load();
    expect(lists.map((item) => item.id)).toEqual(['my-words']);
    expect(words[0]?.lists).toEqual(['my-words']);
  });

  it('exports words for Anki, oldest first', async () => {
    const source = profile();
    await fill(source.repositories);
    const tsv = await exportAnki('tab', source.repositories);
    expect(
      tsv
        .split('\n')
        .slice(3, 5)
        .map((line) => line.split('\t')[0]),
    ).toEqual(['naglalaro (laro)', 'bahay']);
    expect(backupFileName(new Date('2026-03-02T12:00:00Z'), 'tsv')).toBe(
      'tulay-backup-2026-03-02.tsv',
    );
  });
});
