import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/** Sentence and paragraph ids are stable keys: translations, notes and saved words point at them. */
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));

export const SentenceSchema = v.strictObject({ id, text: nonEmpty });

export const ParagraphSchema = v.strictObject({
  id,
  role: v.optional(v.picklist(['title'])),
  sentences: v.pipe(v.array(SentenceSchema), v.minLength(1, 'a paragraph needs a sentence')),
});

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** A text as stored in `content/texts/<id>.json`, version 1. */
export const TextSchema = v.strictObject({
  format: v.literal('tulay-text'),
  version: v.literal(1),
  id,
  language: v.literal('tl'),
  titleTl: nonEmpty,
  titleEn: nonEmpty,
  source: nonEmpty,
  /** Where the text is from, in Tagalog: shown in the Tagalog interface where given. */
  sourceTl: v.optional(nonEmpty),
  level: v.picklist(LEVELS),
  paragraphs: v.pipe(v.array(ParagraphSchema), v.minLength(1, 'a text needs a paragraph')),
});

export type Sentence = v.InferOutput<typeof SentenceSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Text = v.InferOutput<typeof TextSchema>;
export type Level = (typeof LEVELS)[number];

/** English for one text: `locales/en/texts/<id>.json`, one i18next namespace per text. */
export const TranslationSchema = v.strictObject({
  sentences: v.record(v.string(), nonEmpty),
  notes: v.optional(v.record(v.string(), nonEmpty)),
});
export type Translation = v.InferOutput<typeof TranslationSchema>;

export function sentencesOf(text: Text): Sentence[] {
  return text.paragraphs.flatMap((paragraph) => paragraph.sentences);
}
