// How well a word is known, for highlights and filters: derived from its review state.
import { DIRECTIONS } from '../review/schedule';
import type { SavedWord } from './savedWord';

export const STAGES = ['new', 'learning', 'known'] as const;
export type Stage = (typeof STAGES)[number];

/** A direction counts as known once FSRS schedules it three weeks or more ahead. */
export const KNOWN_AFTER_DAYS = 21;

export function stageOf(word: SavedWord, directions: readonly string[] = DIRECTIONS): Stage {
  const schedules = DIRECTIONS.filter((direction) => directions.includes(direction)).map(
    (direction) => word.schedules[direction],
  );
  if (schedules.every((schedule) => schedule.reps === 0)) return 'new';
  const known = schedules.every(
    (schedule) => schedule.phase === 'review' && schedule.scheduledDays >= KNOWN_AFTER_DAYS,
  );
  return known ? 'known' : 'learning';
}

/** When the word is next due in any enabled direction (epoch ms). */
export function nextDue(word: SavedWord, directions: readonly string[] = DIRECTIONS): number {
  let next = Number.POSITIVE_INFINITY;
  for (const direction of DIRECTIONS) {
    if (directions.includes(direction)) next = Math.min(next, word.schedules[direction].due);
  }
  return next;
}
