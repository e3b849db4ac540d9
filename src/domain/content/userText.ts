import * as v from 'valibot';
import type { PairDraft } from '../alignment/pairEdits';
import { TextSchema, TranslationSchema, type Level, type Paragraph, type Text, type Translation } from './textSchema';

/** A text the learner added, as stored (version 1). */
export const UserTextRecordSchema = v.strictObject({
  kind: v.literal('user-text'),
  version: v.literal(1),
  text: TextSchema,
  /** `null` until the learner adds an English translation. */
  translation: v.nullable(TranslationSchema),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type UserTextRecord = v.InferOutput<typeof UserTextRecordSchema>;

export interface UserTextInput {
  readonly id: string;
  readonly title: string;
  readonly titleEn?: string;
  readonly level: Level;
  readonly source: string;
  /** The Tagalog, split: paragraphs of sentences. */
  readonly paragraphs: readonly (readonly string[])[];
  /**
   * The aligned pairs, covering the Tagalog sentences in order, when there is an English text.
   * English with no Tagalog (a 0–1 pair) joins the English of the pair before it.
   */
  readonly pairs?: readonly PairDraft[];
  readonly now: Date;
  readonly createdAt?: string;
}

/** Builds the stored text: one reader sentence per pair (or per Tagalog sentence), paragraphs kept. */
export function buildUserText(input: UserTextInput): UserTextRecord {
  const paragraphOf: number[] = input.paragraphs.flatMap((sentences, index) => sentences.map(() => index));
  const units: Array<{ tl: string; en: string[]; paragraph: number }> = [];
  if (input.pairs) {
    let cursor = 0;
    for (const pair of input.pairs) {
      if (pair.tl.length === 0) {
        const previous = units.at(-1);
        if (previous) previous.en.push(...pair.en);
        else units.push({ tl: '', en: [...pair.en], paragraph: 0 }); // English before any Tagalog
        continue;
      }
      units.push({ tl: pair.tl.join(' '), en: [...pair.en], paragraph: paragraphOf[cursor] ?? 0 });
      cursor += pair.tl.length;
    }
    // English that came before any Tagalog joins the first real sentence.
    const [first, second] = units;
    if (first && first.tl === '' && second) {
      second.en.unshift(...first.en);
      units.shift();
    }
  } else {
    input.paragraphs.forEach((sentences, paragraph) =>
      sentences.forEach((tl) => units.push({ tl, en: [], paragraph })),
    );
  }

  const paragraphs: Paragraph[] = [{ id: 'p0', role: 'title', sentences: [{ id: 's0', text: input.title.trim() }] }];
  const sentences: Record<string, string> = {};
  if (input.titleEn?.trim()) sentences.s0 = input.titleEn.trim();
  let lastParagraph = -1;
  units
    .filter((unit) => unit.tl.trim() !== '')
    .forEach((unit, index) => {
      const id = `s${index + 1}`;
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
    source: input.source,
    level: input.level,
    paragraphs,
  };
  const translation: Translation | null = input.pairs ? { sentences } : null;
  const now = input.now.toISOString();
  return { kind: 'user-text', version: 1, text, translation, createdAt: input.createdAt ?? now, updatedAt: now };
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
