import * as v from 'valibot';
import type { PairDraft } from '../alignment/pairEdits';
import { OWN_TEXT_SOURCE } from './ownTextSource';
import { keepSentenceIds, sentenceNumber } from './sentenceIds';
import {
  sentencesOf,
  TextSchema,
  TranslationSchema,
  type Level,
  type Paragraph,
  type Text,
  type Translation,
} from './textSchema';
import { migrateUserTextV1, UserTextRecordV1Schema } from './userTextVersion1';

export { isOwnTextSource, OWN_TEXT_SOURCE } from './ownTextSource';

export const USER_TEXT_VERSION = 2;

/** A text the learner added, as stored (version 2). */
const UserTextRecordV2Schema = v.pipe(
  v.strictObject({
    kind: v.literal('user-text'),
    version: v.literal(USER_TEXT_VERSION),
    /** Its `source` is `OWN_TEXT_SOURCE` for the learner's own text, translated when shown. */
    text: TextSchema,
    /** `null` until the learner adds an English translation. */
    translation: v.nullable(TranslationSchema),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    updatedAt: v.pipe(v.string(), v.isoTimestamp()),
    /** The next sentence id is `s<nextSentenceNumber>`: ids of deleted sentences are not reused. */
    nextSentenceNumber: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.check(
    (record) =>
      sentencesOf(record.text).every(
        (sentence) => (sentenceNumber(sentence.id) ?? 0) < record.nextSentenceNumber,
      ),
    'nextSentenceNumber must be above every sentence id',
  ),
);

/** A stored learner's text, of any version, read as the current version. */
export const UserTextRecordSchema = v.union([
  UserTextRecordV2Schema,
  v.pipe(UserTextRecordV1Schema, v.transform(migrateUserTextV1)),
]);
export type UserTextRecord = v.InferOutput<typeof UserTextRecordV2Schema>;

export interface UserTextInput {
  readonly id: string;
  readonly title: string;
  readonly titleEn?: string;
  readonly level: Level;
  /** A named source (a book, a site); the learner's own text has none and is `OWN_TEXT_SOURCE`. */
  readonly source?: string | undefined;
  /** The Tagalog, split: paragraphs of sentences. */
  readonly paragraphs: readonly (readonly string[])[];
  /**
   * The aligned pairs, covering the Tagalog sentences in order, when there is an English text.
   * English with no Tagalog (a 0–1 pair) joins the English of the pair before it.
   */
  readonly pairs?: readonly PairDraft[];
  readonly now: Date;
  readonly createdAt?: string;
  /** The text as stored before this edit: its unchanged sentences keep their ids. */
  readonly previous?: UserTextRecord;
}

const TITLE_SENTENCE_ID = 's0';

/** Builds the stored text: one reader sentence per pair (or per Tagalog sentence), paragraphs kept. */
export function buildUserText(input: UserTextInput): UserTextRecord {
  const units = readerSentences(input).filter((unit) => unit.tl.trim() !== '');
  const { previous } = input;
  const { ids, nextSentenceNumber } = keepSentenceIds(
    previous
      ? sentencesOf(previous.text).filter((sentence) => sentence.id !== TITLE_SENTENCE_ID)
      : [],
    units.map((unit) => unit.tl.trim()),
    previous?.nextSentenceNumber ?? 1,
  );

  const paragraphs: Paragraph[] = [
    { id: 'p0', role: 'title', sentences: [{ id: TITLE_SENTENCE_ID, text: input.title.trim() }] },
  ];
  const sentences: Record<string, string> = {};
  if (input.titleEn?.trim()) sentences[TITLE_SENTENCE_ID] = input.titleEn.trim();
  let lastParagraph = -1;
  units.forEach((unit, index) => {
    const id = ids[index]!;
    if (unit.paragraph !== lastParagraph || paragraphs.length === 1) {
      paragraphs.push({ id: `p${paragraphs.length}`, sentences: [] });
      lastParagraph = unit.paragraph;
    }
    paragraphs.at(-1)!.sentences.push({ id, text: unit.tl.trim() });
    const english = unit.en.join(' ').trim();
    if (english) sentences[id] = english;
  });

  const text: Text = {
    format: 'tulay-text',
    version: 1,
    id: input.id,
    language: 'tl',
    titleTl: input.title.trim(),
    titleEn: input.titleEn?.trim() || input.title.trim(),
    source: input.source ?? OWN_TEXT_SOURCE,
    level: input.level,
    paragraphs,
  };
  const translation: Translation | null = input.pairs ? { sentences } : null;
  const now = input.now.toISOString();
  return {
    kind: 'user-text',
    version: USER_TEXT_VERSION,
    text,
    translation,
    createdAt: input.createdAt ?? previous?.createdAt ?? now,
    updatedAt: now,
    nextSentenceNumber,
  };
}

/**
 * The pairs as the reader shows them: it shows English only beside a Tagalog sentence, so English
 * with no Tagalog joins the pair before it (or, before any Tagalog, the first pair with some).
 * Pairs with no Tagalog at all are kept as they are.
 */
export function joinEnglishOnlyPairs(pairs: readonly PairDraft[]): PairDraft[] {
  const joined: PairDraft[] = [];
  let leading: string[] = []; // English before any Tagalog
  for (const pair of pairs) {
    const previous = joined.at(-1);
    if (pair.tl.length > 0) {
      joined.push(leading.length > 0 ? { tl: pair.tl, en: [...leading, ...pair.en] } : pair);
      leading = [];
    } else if (previous) {
      joined[joined.length - 1] = { tl: previous.tl, en: [...previous.en, ...pair.en] };
    } else {
      leading.push(...pair.en);
    }
  }
  if (leading.length > 0) joined.push({ tl: [], en: leading });
  return joined;
}

interface ReaderSentence {
  tl: string;
  en: string[];
  paragraph: number;
}

/**
 * The text's reader sentences: one per pair, English-only pairs joined to a neighbour as the
 * Add text preview shows them (`joinEnglishOnlyPairs`).
 */
function readerSentences(input: UserTextInput): ReaderSentence[] {
  const units: ReaderSentence[] = [];
  if (!input.pairs) {
    input.paragraphs.forEach((sentences, paragraph) =>
      sentences.forEach((tl) => units.push({ tl, en: [], paragraph })),
    );
    return units;
  }
  const paragraphOf: number[] = input.paragraphs.flatMap((sentences, index) =>
    sentences.map(() => index),
  );
  let cursor = 0;
  for (const pair of joinEnglishOnlyPairs(input.pairs)) {
    // English with no Tagalog at all has no sentence to go with: `buildUserText` drops it.
    units.push({ tl: pair.tl.join(' '), en: [...pair.en], paragraph: paragraphOf[cursor] ?? 0 });
    cursor += pair.tl.length;
  }
  return units;
}

/** The English title the learner entered, if any (the stored `titleEn` falls back to the Tagalog). */
export function englishTitleOf(record: UserTextRecord): string | undefined {
  const { text, translation } = record;
  return (
    translation?.sentences[TITLE_SENTENCE_ID] ??
    (text.titleEn !== text.titleTl ? text.titleEn : undefined)
  );
}

/** The plain text back from a stored text, for editing: sentences by spaces, paragraphs by blank lines. */
export function plainTextOf(record: UserTextRecord): { tagalog: string; english: string } {
  const body = record.text.paragraphs.filter((paragraph) => paragraph.role !== 'title');
  const tagalog = body.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join(' ')).join('\n\n');
  const english = record.translation
    ? body
        .map((paragraph) =>
          paragraph.sentences.map((sentence) => record.translation?.sentences[sentence.id] ?? '').filter(Boolean).join(' '),
        )
        .filter(Boolean)
        .join('\n\n')
    : '';
  return { tagalog, english };
}
