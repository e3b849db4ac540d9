// Answering one card: the word with its new schedule, and the log entry to keep.
import type { SavedWord } from '../vocab/savedWord';
import { logEntry, type ReviewLogEntry } from './reviewLog';
import { nextSchedule, type Direction, type GradeName } from './schedule';

export function reviewWord(
  word: SavedWord,
  direction: Direction,
  grade: GradeName,
  now: Date,
  retention: number,
): { readonly word: SavedWord; readonly entry: ReviewLogEntry } {
  const before = word.schedules[direction];
  const after = nextSchedule(before, grade, now, retention);
  return {
    word: { ...word, schedules: { ...word.schedules, [direction]: after } },
    entry: logEntry(word.id, direction, grade, before, after, now),
  };
}
