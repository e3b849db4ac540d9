// Review settings, stored with the words (and in backups).
import * as v from 'valibot';
import { DEFAULT_RETENTION, DIRECTIONS, MAX_RETENTION, MIN_RETENTION } from './schedule';

export const ReviewSettingsSchema = v.strictObject({
  kind: v.literal('review-settings'),
  version: v.literal(1),
  desiredRetention: v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION)),
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
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
