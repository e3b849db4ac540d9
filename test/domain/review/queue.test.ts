import { describe, expect, it } from 'vitest';
import {
  buildDueQueue as buildFromCandidates,
  candidatesOf,
  hasCloze,
  newCardsToday,
} from '../../../src/domain/review/queue';
import type { ReviewSettings } from '../../../src/domain/review/settings';
import { reviewWord } from '../../../src/domain/review/reviewWord';
import { DEFAULT_SETTINGS } from '../../../src/domain/review/settings';
import { saveWord, type SavedWord } from '../../../src/domain/vocab/savedWord';
import { context, NOW } from '../vocab/fixtures';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const ALL = { newPerDay: 20, directions: DEFAULT_SETTINGS.directions };

function buildDueQueue(
  words: readonly SavedWord[],
  settings: Pick<ReviewSettings, 'newPerDay' | 'directions'>,
  shown: number,
  now: Date,
) {
  return buildFromCandidates(candidatesOf(words, settings.directions, now), settings, shown, now);
}

function word(root: string, minutes: number, sentenceTl = `Ito ay ${root}.`): SavedWord {
  return saveWord(undefined, context({ root, surface: root, sentenceTl }), at(minutes));
}

describe('due queue', () => {
  it("shows new cards oldest word first, a word's directions spread apart", () => {
    const queue = buildDueQueue([word('pusa', 2), word('aso', 1)], ALL, 0, at(10));
    expect(queue.items.map((item) => `${item.wordId}:${item.direction}`)).toEqual([
      'aso:recognition',
      'pusa:recognition',
      'aso:recall',
      'pusa:recall',
      'aso:cloze',
      'pusa:cloze',
    ]);
    expect(queue.items.every((item) => item.isNew)).toBe(true);
  });

  it.each([
    [20, 0, 6],
    [4, 0, 4],
    [4, 3, 1],
    [4, 4, 0],
    [0, 0, 0],
  ])('new cards per day %i, %i shown today: %i offered', (newPerDay, shown, offered) => {
    const queue = buildDueQueue(
      [word('pusa', 2), word('aso', 1)],
      { ...ALL, newPerDay },
      shown,
      at(10),
    );
    expect(queue.items).toHaveLength(offered);
    expect(queue.newWaiting).toBe(offered < 6);
    if (offered < 6) expect(queue.nextDueAt).toBeGreaterThan(at(10).getTime());
  });

  it('puts due reviews before new cards, most overdue first, and skips cards not yet due', () => {
    let aso = word('aso', 1);
    let pusa = word('pusa', 2);
    aso = reviewWord(aso, 'recognition', 'easy', at(3), 0.9).word;
    pusa = reviewWord(pusa, 'recognition', 'easy', at(4), 0.9).word;
    const settings = { newPerDay: 0, directions: ['recognition' as const] };
    expect(buildDueQueue([aso, pusa], settings, 0, at(5)).items).toEqual([]);
    const nextDueAt = buildDueQueue([aso, pusa], settings, 0, at(5)).nextDueAt;
    expect(nextDueAt).toBe(aso.schedules.recognition.due);
    const later = new Date(pusa.schedules.recognition.due + 1);
    const queue = buildDueQueue([pusa, aso], { ...settings, newPerDay: 5 }, 0, later);
    expect(queue.items.map((item) => item.wordId)).toEqual(['aso', 'pusa']);
    expect(queue.items.every((item) => !item.isNew)).toBe(true);
  });

  it('offers only the enabled directions', () => {
    const queue = buildDueQueue(
      [word('aso', 1)],
      { newPerDay: 9, directions: ['recall'] },
      0,
      at(2),
    );
    expect(queue.items.map((item) => item.direction)).toEqual(['recall']);
  });

  it('has nothing due and no next card when there are no words', () => {
    expect(buildDueQueue([], ALL, 0, NOW)).toMatchObject({ items: [], nextDueAt: null });
  });

  it.each([
    ['the word is in the sentence', 'Naglalaro', 'Naglalaro ang bata.', true],
    ['in another case', 'naglalaro', 'NAGLALARO ang bata.', true],
    ['the word is missing', 'tumakbo', 'Naglalaro ang bata.', false],
    ['only part of another word', 'laro', 'Naglalaro ang bata.', false],
    ['no sentence', 'laro', '', false],
  ])('cloze when %s', (_name, surface, sentenceTl, expected) => {
    const saved = saveWord(undefined, context({ surface, sentenceTl }), NOW);
    expect(hasCloze(saved)).toBe(expected);
  });

  it('counts new cards first shown today, once each', () => {
    const aso = word('aso', 1);
    const first = reviewWord(aso, 'recognition', 'again', at(2), 0.9);
    const again = reviewWord(first.word, 'recognition', 'good', at(3), 0.9);
    const recall = reviewWord(again.word, 'recall', 'good', at(4), 0.9);
    const yesterday = reviewWord(word('pusa', 0), 'recognition', 'good', at(-24 * 60), 0.9);
    const log = [yesterday.entry, first.entry, again.entry, recall.entry];
    expect(newCardsToday(log, at(5))).toBe(2);
  });
});
