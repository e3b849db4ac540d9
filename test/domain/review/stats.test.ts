import { describe, expect, it } from 'vitest';
import type { ReviewLogEntry } from '../../../src/domain/review/reviewLog';
import { reviewsPerDay, streak, trueRetention } from '../../../src/domain/review/stats';
import type { GradeName, Phase } from '../../../src/domain/review/schedule';

const NOW = new Date('2026-03-10T20:00:00');
const dayAgo = (days: number, hour = 9) => {
  const date = new Date(NOW);
  date.setDate(date.getDate() - days);
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
};

function entry(
  reviewedAt: number,
  grade: GradeName = 'good',
  phase: Phase = 'review',
): ReviewLogEntry {
  return {
    kind: 'review-log',
    version: 1,
    wordId: 'aso',
    direction: 'recognition',
    grade,
    phase,
    reviewedAt,
    elapsedDays: 1,
    scheduledDays: 3,
    due: reviewedAt + 3 * 86_400_000,
  };
}

describe('review statistics', () => {
  it('counts answers per day, oldest first, today last', () => {
    const log = [entry(dayAgo(0)), entry(dayAgo(0, 19)), entry(dayAgo(2)), entry(dayAgo(40))];
    const days = reviewsPerDay(log, NOW, 3);
    expect(days.map((day) => day.count)).toEqual([1, 0, 2]);
    expect(days[2]!.dayStart).toBe(dayAgo(0, 0));
  });

  it.each([
    ['no answers', [], null],
    ['only new and learning cards', [entry(1, 'again', 'new'), entry(2, 'good', 'learning')], null],
    ['all remembered', [entry(1), entry(2, 'hard'), entry(3, 'easy')], 1],
    ['one of four forgotten', [entry(1), entry(2), entry(3), entry(4, 'again')], 0.75],
    ['learning answers ignored', [entry(1, 'again', 'learning'), entry(2)], 1],
  ] as const)('true retention: %s', (_name, log, expected) => {
    expect(trueRetention(log)).toBe(expected);
  });

  it.each([
    ['no answers', [], 0],
    ['today only', [0], 1],
    ['three days up to today', [0, 1, 2], 3],
    ['up to yesterday, none yet today', [1, 2], 2],
    ['broken two days ago', [0, 2, 3], 1],
    ['last answer three days ago', [3, 4], 0],
  ])('streak: %s', (_name, days, expected) => {
    expect(
      streak(
        days.map((day) => entry(dayAgo(day))),
        NOW,
      ),
    ).toBe(expected);
  });
});
