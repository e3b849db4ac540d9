import * as v from 'valibot';

/** Parts of speech, named for learners rather than for a treebank. */
export const PARTS_OF_SPEECH = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'pronoun',
  'determiner',
  'preposition',
  'conjunction',
  'particle',
  'linker',
  'numeral',
  'interjection',
  'name',
  'phrase',
] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export const ORIGINS = [
  'spanish',
  'english',
  'chinese',
  'malay',
  'sanskrit',
  'arabic',
  'other',
] as const;
export type Origin = (typeof ORIGINS)[number];

const word = v.pipe(v.string(), v.trim(), v.minLength(1));
const sense = v.pipe(v.string(), v.minLength(1));

/** An affixed form whose meaning is not predictable from its parts (`kasama` "companion"). */
export const DerivedFormSchema = v.strictObject({
  form: word,
  pos: v.picklist(PARTS_OF_SPEECH),
  senses: v.pipe(v.array(sense), v.minLength(1)),
  note: v.optional(sense),
});

export const LexiconEntrySchema = v.strictObject({
  /** The bare root (or the whole form for function words, names and phrases), lower case. */
  lemma: word,
  pos: v.pipe(v.array(v.picklist(PARTS_OF_SPEECH)), v.minLength(1)),
  /** English senses, most frequent first. */
  senses: v.pipe(v.array(sense), v.minLength(1)),
  origin: v.optional(v.picklist(ORIGINS)),
  /** For loanwords: the source word, e.g. "computer" or "teléfono". */
  etymon: v.optional(sense),
  note: v.optional(sense),
  example: v.optional(v.strictObject({ tl: sense, en: sense })),
  derived: v.optional(v.array(DerivedFormSchema)),
  /** Other spellings that mean the same (`kompyuter` for `computer`). */
  variants: v.optional(v.array(word)),
  /** Lemmas of related entries. */
  see: v.optional(v.array(word)),
  /** Set when we are not sure of a sense; the UI says so. */
  unsure: v.optional(v.literal(true)),
});

export type DerivedForm = v.InferOutput<typeof DerivedFormSchema>;
export type LexiconEntry = v.InferOutput<typeof LexiconEntrySchema>;

/** One lexicon source file: `content/lexicon/<name>.json`. */
export const LexiconFileSchema = v.strictObject({
  format: v.literal('tulay-lexicon'),
  version: v.literal(1),
  entries: v.array(LexiconEntrySchema),
});
export type LexiconFile = v.InferOutput<typeof LexiconFileSchema>;
