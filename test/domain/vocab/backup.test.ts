import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ankiExport } from '../../../src/domain/vocab/ankiExport';
import {
  BackupDataSchema,
  makeBackup,
  parseBackup,
  parseBackupText,
  type BackupData,
} from '../../../src/domain/vocab/backupFormat';
import { isEmptyPlan, mergeWord, planImport } from '../../../src/domain/vocab/mergeBackup';
import { createList } from '../../../src/domain/vocab/operations';
import { DEFAULT_LIST_ID, defaultList, saveWord } from '../../../src/domain/vocab/savedWord';
import { backupDataArbitrary } from './backupArbitraries';
import { context, EMPTY_BACKUP, NOW } from './fixtures';

/** What the store holds after writing `plan` over `current` (records replaced by key). */
function applied(current: BackupData, write: BackupData): BackupData {
  const byKey = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] => [
    ...new Map([...a, ...b].map((item) => [key(item), item])).values(),
  ];
  return {
    words: byKey(current.words, write.words, (word) => word.id),
    lists: byKey(current.lists, write.lists, (list) => list.id),
    known: byKey(current.known, write.known, (mark) => mark.id),
    settings: write.settings ?? current.settings,
    reviewLog: byKey(
      current.reviewLog,
      write.reviewLog,
      (entry) => `${entry.reviewedAt}|${entry.wordId}|${entry.direction}`,
    ),
    texts: byKey(current.texts, write.texts, (record) => record.text.id),
    glosses: byKey(current.glosses, write.glosses, (gloss) => gloss.form),
  };
}

/** Review settings as a backup carries them. */
const settings = {
  kind: 'review-settings' as const,
  version: 1 as const,
  desiredRetention: 0.85,
  newPerDay: 5,
  directions: ['recall' as const],
  highlights: false,
};

describe('backup file', () => {
  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(backupDataArbitrary, (data) => {
        const parsed = parseBackupText(JSON.stringify(makeBackup(data, NOW)));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.backup.data).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['not JSON', '{"items": [1, 2', 'not-json'],
    ['a Tulay backup cut short', '{"format": "tulay-backup",', 'incomplete'],
    ['empty', '', 'not-json'],
    ['another app’s JSON', '{"type": "excalidraw", "version": 2}', 'foreign'],
    ['a bare array', '[1, 2, 3]', 'foreign'],
    ['null', 'null', 'foreign'],
    ['a newer version', '{"format": "tulay-backup", "version": 7, "data": {}}', 'newer'],
    [
      'data missing',
      '{"format": "tulay-backup", "version": 1, "exportedAt": "2026-01-01T00:00:00.000Z"}',
      'invalid',
    ],
    [
      'an older version we never had',
      '{"format": "tulay-backup", "version": 0, "exportedAt": "2026-01-01T00:00:00.000Z", "data": {}}',
      'invalid',
    ],
  ])('refuses %s', (_name, text, kind) => {
    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.kind).toBe(kind);
  });

  it('calls a real backup cut short damaged or incomplete, not “not JSON”', () => {
    const text = JSON.stringify(
      makeBackup({ ...EMPTY_BACKUP, words: [saveWord(undefined, context(), NOW)] }, NOW),
    );
    expect(parseBackupText(text.slice(0, 500))).toEqual({
      ok: false,
      problem: { kind: 'incomplete' },
    });
    expect(parseBackupText(` \n${text.slice(0, 40)}`)).toMatchObject({
      problem: { kind: 'incomplete' },
    });
  });

  it('points at the damaged record by its part, number and name', () => {
    const backup = makeBackup(
      { ...EMPTY_BACKUP, words: [saveWord(undefined, context(), NOW)] },
      NOW,
    ) as unknown as { data: { words: Array<Record<string, unknown>> } };
    backup.data.words[0]!.sense = 42;
    const parsed = parseBackup(backup);
    expect(parsed).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', where: { section: 'words', number: 1, name: 'laro' } },
    });
  });

  it('never throws, and accepts nothing that is not a valid backup, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseBackup(value);
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseBackupText(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid backup with one value replaced is either refused or still fully valid', () => {
    const leafPaths = (value: unknown, path: string[] = []): string[][] =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]))
        : [path];
    fc.assert(
      fc.property(
        backupDataArbitrary.filter((data) => data.words.length > 0),
        fc.nat(),
        fc.jsonValue(),
        (data, pick, replacement) => {
          const backup = JSON.parse(JSON.stringify(makeBackup(data, NOW))) as Record<
            string,
            unknown
          >;
          const paths = leafPaths(backup);
          const path = paths[pick % paths.length]!;
          let target = backup as Record<string, unknown>;
          for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
          target[path.at(-1)!] = replacement;
          const parsed = parseBackup(backup);
          if (parsed.ok)
            expect(v.safeParse(BackupDataSchema, parsed.backup.data).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('merging an import', () => {
  it('into an empty profile adds everything', () => {
    fc.assert(
      fc.property(backupDataArbitrary, (data) => {
        const { write, summary } = planImport(EMPTY_BACKUP, data);
        expect(summary.wordsAdded).toBe(data.words.length);
        expect(summary.wordsMerged).toBe(0);
        expect(write.words).toEqual(data.words);
        expect(write.reviewLog).toEqual(data.reviewLog);
      }),
      { numRuns: 50 },
    );
  });

  it('importing the same file again changes nothing', () => {
    fc.assert(
      fc.property(backupDataArbitrary, backupDataArbitrary, (current, incoming) => {
        const once = applied(current, planImport(current, incoming).write);
        expect(isEmptyPlan(planImport(once, incoming))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('never loses a word, a sentence, a list membership or a review', () => {
    fc.assert(
      fc.property(backupDataArbitrary, backupDataArbitrary, (current, incoming) => {
        const result = applied(current, planImport(current, incoming).write);
        const ids = new Set(result.words.map((word) => word.id));
        for (const word of [...current.words, ...incoming.words]) {
          expect(ids.has(word.id)).toBe(true);
          const merged = result.words.find((candidate) => candidate.id === word.id)!;
          for (const meeting of word.contexts) {
            expect(merged.contexts).toContainEqual(
              expect.objectContaining({
                textId: meeting.textId,
                sentenceId: meeting.sentenceId,
                surface: meeting.surface,
              }),
            );
          }
          for (const listId of word.lists) expect(merged.lists).toContain(listId);
        }
        expect(result.reviewLog.length).toBe(
          new Set(
            [...current.reviewLog, ...incoming.reviewLog].map(
              (entry) => `${entry.reviewedAt}|${entry.wordId}|${entry.direction}`,
            ),
          ).size,
        );
        // No duplicate cards.
        expect(result.words.length).toBe(ids.size);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the later review state of each direction and the learner’s own sense', () => {
    const base = saveWord(undefined, context(), NOW);
    const mine = { ...base, sense: 'to play (mine)' };
    const theirs = {
      ...base,
      sense: 'game',
      schedules: {
        ...base.schedules,
        recall: {
          ...base.schedules.recall,
          phase: 'review' as const,
          reps: 3,
          lastReview: NOW.getTime() + 5,
        },
      },
    };
    const merged = mergeWord(mine, theirs);
    expect(merged.sense).toBe('to play (mine)');
    expect(merged.schedules.recall.reps).toBe(3);
    expect(merged.schedules.recognition).toEqual(base.schedules.recognition);
  });

  it('takes the place of a sentence the word was met in from the file when this device lacks it', () => {
    const base = saveWord(undefined, context(), NOW);
    const [meeting] = base.contexts;
    const mine = { ...base, contexts: [{ ...meeting!, start: undefined }] };
    const theirs = { ...base, contexts: [{ ...meeting!, start: 0 }] };
    expect(mergeWord(mine, theirs).contexts).toEqual([{ ...meeting, start: 0 }]);
    expect(mergeWord(theirs, mine).contexts).toEqual([{ ...meeting, start: 0 }]);
  });

  it('keeps current settings and takes the file’s only into a profile without any', () => {
    expect(planImport(EMPTY_BACKUP, { ...EMPTY_BACKUP, settings }).write.settings).toEqual(
      settings,
    );
    expect(
      planImport(
        { ...EMPTY_BACKUP, settings: { ...settings, newPerDay: 9 } },
        { ...EMPTY_BACKUP, settings },
      ).write.settings,
    ).toBeNull();
  });
});

describe('what an import reports', () => {
  const mark = (root: string) => ({
    kind: 'known-word' as const,
    version: 1 as const,
    id: root,
    root,
    markedAt: NOW.getTime(),
  });

  it('counts “I know this” marks and says whether the file’s settings are taken or kept', () => {
    const file = { ...EMPTY_BACKUP, known: [mark('ako'), mark('ikaw')], settings };
    expect(planImport(EMPTY_BACKUP, file).summary).toMatchObject({ known: 2, settings: 'taken' });
    const mine = { ...EMPTY_BACKUP, settings: { ...settings, newPerDay: 9 } };
    expect(planImport(mine, file).summary).toMatchObject({ known: 2, settings: 'kept' });
    expect(planImport(mine, { ...EMPTY_BACKUP, known: [mark('ako')] }).summary.settings).toBe(
      'none',
    );
  });

  it('joins a list of the file to the list here with the same name, words and all', () => {
    const mine = createList('Mga pandiwa', NOW, []);
    const theirs = { ...createList('mga  PANDIWÁ', NOW, []), id: 'list-other' };
    const theirDefault = { ...createList('My Words', NOW, []), id: 'list-my-words' };
    const word = { ...saveWord(undefined, context(), NOW), lists: ['list-other', 'list-my-words'] };
    const { write, summary } = planImport(
      { ...EMPTY_BACKUP, lists: [defaultList(NOW), mine] },
      { ...EMPTY_BACKUP, lists: [theirs, theirDefault], words: [word] },
      'My words',
    );
    expect(write.lists).toEqual([]);
    expect(summary).toMatchObject({ lists: 0, listsJoined: 2 });
    expect(write.words[0]?.lists).toEqual([mine.id, DEFAULT_LIST_ID]);
  });
});

describe('Anki export', () => {
  const word = {
    ...saveWord(undefined, context({ sentenceTl: 'Naglalaro\tang "bata",\nngayon.' }), NOW),
    sense: 'to play, "have fun"',
  };
  it('writes tab-separated rows with Anki headers, no stray tabs or newlines', () => {
    const lines = ankiExport([word], 'tab').trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tContext',
    ]);
    expect(lines[3]!.split('\t')).toEqual([
      'naglalaro (laro)',
      'to play, "have fun"',
      'Naglalaro ang "bata", ngayon. — The children are playing in the square.',
    ]);
  });
  it('quotes CSV fields that need it', () => {
    const rows = ankiExport([word], 'comma').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Front,Back,Context');
    expect(rows[1]).toBe(
      'naglalaro (laro),"to play, ""have fun""","Naglalaro\tang ""bata"", ngayon. — The children are playing in the square."',
    );
  });
});
