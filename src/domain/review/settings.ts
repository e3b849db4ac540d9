// Review settings, stored with the words (and in backups).
import * as v from 'valibot';
import { DEFAULT_RETENTION, DIRECTIONS, MAX_RETENTION, MIN_RETENTION } from './schedule';

export const MAX_NEW_PER_DAY = 1000;

export const ReviewSettingsSchema = v.strictObject({
  kind: v.literal('review-settings'),
  version: v.literal(1),
  desiredRetention: v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION)),
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_NEW_PER_DAY)),
  directions: v.pipe(v.array(v.picklist(DIRECTIONS)), v.minLength(1)),
  /** Mark saved words by stage in the reader. */
  highlights: v.boolean(),
});
export type ReviewSettings = v.InferOutput<typeof ReviewSettingsSchema>;

export const DEFAULT_SETTINGS: ReviewSettings = {
  kind: 'review-settings',
  version: 1,
  desiredRetention: DEFAULT_RETENTION,
  newPerDay: 20,
  directions: [...DIRECTIONS],
  highlights: true,
};

/** The settings form as typed, before it is saved. */
export interface SettingsInput {
  readonly retention: string;
  readonly newPerDay: string;
  readonly directions: readonly string[];
}

/** What is wrong with each field of the form; `{}` when it can be saved. */
export interface SettingsProblems {
  readonly retention?: 'range';
  readonly newPerDay?: 'range';
  readonly directions?: 'none';
}

/** An empty field is no number (where `Number('')` would be 0). */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function settingsProblems(input: SettingsInput): SettingsProblems {
  const retention = numberOf(input.retention);
  const newPerDay = numberOf(input.newPerDay);
  return {
    ...(retention >= MIN_RETENTION && retention <= MAX_RETENTION ? {} : { retention: 'range' }),
    ...(Number.isInteger(newPerDay) && newPerDay >= 0 && newPerDay <= MAX_NEW_PER_DAY
      ? {}
      : { newPerDay: 'range' }),
    ...(input.directions.length > 0 ? {} : { directions: 'none' }),
  };
}
