// Random but valid vocabulary data, for property tests of backups and merging.
import fc from 'fast-check';
import { reviewWord } from '../../../src/domain/review/reviewWord';
import { GRADES, DIRECTIONS } from '../../../src/domain/review/schedule';
import type { ReviewLogEntry } from '../../../src/domain/review/reviewLog';
import type { BackupData } from '../../../src/domain/vocab/backupFormat';
import { DEFAULT_LIST_ID, saveWord, type SavedWord } from '../../../src/domain/vocab/savedWord';
import { context, NOW } from './fixtures';

const ROOTS = ['aso', 'pusa', 'bahay', 'kain', 'laro', 'takbo', 'bása', 'ganda'];

const meetingArbitrary = fc.record({
  root: fc.constantFrom(...ROOTS),
  sentenceId: fc.constantFrom('s1', 's2', 's3'),
  textId: fc.constantFrom('kuwento', 'balita'),
  minutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
});

const answerArbitrary = fc.record({
  direction: fc.constantFrom(...DIRECTIONS),
  grade: fc.constantFrom(...GRADES),
  afterMinutes: fc.integer({ min: 1, max: 60 * 24 * 20 }),
});

export const backupDataArbitrary: fc.Arbitrary<BackupData> = fc
  .record({
    meetings: fc.array(meetingArbitrary, { maxLength: 12 }),
    answers: fc.array(fc.tuple(fc.constantFrom(...ROOTS), answerArbitrary), { maxLength: 12 }),
    inSecondList: fc.subarray(ROOTS),
  })
  .map(({ meetings, answers, inSecondList }) => {
    const words = new Map<string, SavedWord>();
    for (const meeting of meetings) {
      const at = new Date(NOW.getTime() + meeting.minutes * 60_000);
      const id = meeting.root.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      const saved = saveWord(
        words.get(id),
        context({
          root: meeting.root,
          surface: meeting.root,
          sentenceId: meeting.sentenceId,
          textId: meeting.textId,
        }),
        at,
        inSecondList.includes(meeting.root) ? 'list-extra' : DEFAULT_LIST_ID,
      );
      words.set(saved.id, saved);
    }
    const reviewLog: ReviewLogEntry[] = [];
    let time = NOW.getTime() + 60 * 24 * 31 * 60_000;
    for (const [root, answer] of answers) {
      const word = words.get(root.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
      if (!word) continue;
      time += answer.afterMinutes * 60_000;
      const result = reviewWord(word, answer.direction, answer.grade, new Date(time), 0.9);
      words.set(word.id, result.word);
      reviewLog.push(result.entry);
    }
    return {
      words: [...words.values()],
      lists: [
        { kind: 'word-list', version: 1, id: DEFAULT_LIST_ID, name: null, createdAt: 0 },
        { kind: 'word-list', version: 1, id: 'list-extra', name: 'Extra', createdAt: 1 },
      ],
      known: [],
      settings: null,
      reviewLog,
      texts: [],
      glosses: [],
    } satisfies BackupData;
  });
