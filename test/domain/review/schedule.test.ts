import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  newSchedule,
  nextSchedule,
  previewIntervals,
  retrievability,
  ScheduleSchema,
  type Schedule,
} from '../../../src/domain/review/schedule';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

function answerEasyTimes(times: number, retention: number): Schedule {
  let schedule = newSchedule(NOW);
  for (let n = 0; n < times; n += 1) {
    schedule = nextSchedule(
      schedule,
      'easy',
      new Date(Math.max(NOW.getTime(), schedule.due)),
      retention,
    );
  }
  return schedule;
}

describe('FSRS adapter', () => {
  it('starts new and due now', () => {
    const schedule = newSchedule(NOW);
    expect(schedule).toMatchObject({ phase: 'new', due: NOW.getTime(), reps: 0, lastReview: null });
    expect(v.safeParse(ScheduleSchema, schedule).success).toBe(true);
  });

  it.each([
    ['again', 'learning', 0, 10 * 60_000],
    ['hard', 'learning', 0, 10 * 60_000],
    ['good', 'learning', 0, 30 * 60_000],
    ['easy', 'review', DAY, 30 * DAY],
  ] as const)('a new card answered %s goes to %s', (grade, phase, min, max) => {
    const next = nextSchedule(newSchedule(NOW), grade, NOW);
    expect(next.phase).toBe(phase);
    expect(next.reps).toBe(1);
    expect(next.lastReview).toBe(NOW.getTime());
    expect(next.due - NOW.getTime()).toBeGreaterThan(min);
    expect(next.due - NOW.getTime()).toBeLessThanOrEqual(max);
    expect(v.safeParse(ScheduleSchema, next).success).toBe(true);
  });

  it('orders the answers: again ≤ hard ≤ good ≤ easy', () => {
    const reviewed = answerEasyTimes(2, 0.9);
    const at = new Date(reviewed.due);
    const intervals = previewIntervals(reviewed, at);
    expect(intervals.again).toBeLessThanOrEqual(intervals.hard);
    expect(intervals.hard).toBeLessThanOrEqual(intervals.good);
    expect(intervals.good).toBeLessThanOrEqual(intervals.easy);
  });

  it('a forgotten card lapses and relearns', () => {
    const reviewed = answerEasyTimes(2, 0.9);
    const lapsed = nextSchedule(reviewed, 'again', new Date(reviewed.due));
    expect(lapsed.phase).toBe('relearning');
    expect(lapsed.lapses).toBe(1);
  });

  it('higher desired retention means shorter intervals', () => {
    const relaxed = answerEasyTimes(3, 0.8);
    const strict = answerEasyTimes(3, 0.95);
    expect(strict.scheduledDays).toBeLessThan(relaxed.scheduledDays);
  });

  it('is deterministic: the same answers at the same times give the same schedule', () => {
    expect(answerEasyTimes(4, 0.9)).toEqual(answerEasyTimes(4, 0.9));
  });

  it('recall probability falls with time and is 0 for a new card', () => {
    const reviewed = answerEasyTimes(2, 0.9);
    const soon = retrievability(reviewed, new Date(reviewed.lastReview! + DAY));
    const late = retrievability(reviewed, new Date(reviewed.lastReview! + 100 * DAY));
    expect(soon).toBeGreaterThan(late);
    expect(retrievability(newSchedule(NOW), NOW)).toBe(0);
  });
});
