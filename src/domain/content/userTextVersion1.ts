/**
 * Version 1 of a stored learner's text, and its migration to version 2. Version 1 stored the
 * source in the interface language of the day and numbered sentences by position, so it kept no
 * count of the ids a text had used.
 */
import * as v from 'valibot';
import { sourceFromVersion1 } from './ownTextSource';
import { sentenceNumber } from './sentenceIds';
import { sentencesOf, TextSchema, TranslationSchema } from './textSchema';

export const UserTextRecordV1Schema = v.strictObject({
  kind: v.literal('user-text'),
  version: v.literal(1),
  text: TextSchema,
  translation: v.nullable(TranslationSchema),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type UserTextRecordV1 = v.InferOutput<typeof UserTextRecordV1Schema>;

/** One above the highest `s<number>` id in the text: no id it had since its last edit is reused. */
export function nextNumberAfter(text: UserTextRecordV1['text']): number {
  const highest = sentencesOf(text).reduce(
    (most, sentence) => Math.max(most, sentenceNumber(sentence.id) ?? 0),
    0,
  );
  return highest + 1;
}

export function migrateUserTextV1(record: UserTextRecordV1) {
  return {
    ...record,
    version: 2 as const,
    text: { ...record.text, source: sourceFromVersion1(record.text.source) },
    nextSentenceNumber: nextNumberAfter(record.text),
  };
}
