import * as v from 'valibot';
import type { LexiconEntry, LexiconFile } from './entry';

/**
 * The lexicon ships in two parts: what a gloss needs at once (lemma, part of speech, senses,
 * forms) and the details the dialog shows with them (notes, examples, etymons, links, the mark of
 * an uncertain entry), which the lookup never reads. The first part is fetched before the
 * reader's first tap; the second when the learner reaches for a word.
 */
export type EntryDetails = Pick<LexiconEntry, 'note' | 'example' | 'etymon' | 'see' | 'unsure'> & {
  /** Notes of derived forms, by position in `derived`. */
  readonly derivedNotes?: Readonly<Record<number, string>>;
};

const DETAIL_KEYS = ['note', 'example', 'etymon', 'see', 'unsure'] as const;

export function splitEntry(entry: LexiconEntry): { core: LexiconEntry; details?: EntryDetails } {
  const core: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if ((DETAIL_KEYS as readonly string[]).includes(key)) details[key] = value;
    else core[key] = value;
  }
  if (entry.derived?.some((form) => form.note)) {
    const derivedNotes: Record<number, string> = {};
    core.derived = entry.derived.map((form, index) => {
      if (!form.note) return form;
      derivedNotes[index] = form.note;
      const { note, ...rest } = form;
      return rest;
    });
    details.derivedNotes = derivedNotes;
  }
  const hasDetails = Object.keys(details).length > 0;
  return {
    core: core as LexiconEntry,
    ...(hasDetails ? { details: details as EntryDetails } : {}),
  };
}

export function joinEntry(core: LexiconEntry, details: EntryDetails | undefined): LexiconEntry {
  if (!details) return core;
  const { derivedNotes, ...rest } = details;
  const derived = core.derived?.map((form, index) => {
    const note = derivedNotes?.[index];
    return note ? { ...form, note } : form;
  });
  return { ...core, ...rest, ...(derived ? { derived } : {}) };
}

const text = v.pipe(v.string(), v.minLength(1));

export const EntryDetailsSchema = v.strictObject({
  note: v.optional(text),
  example: v.optional(v.strictObject({ tl: text, en: text })),
  etymon: v.optional(text),
  see: v.optional(v.array(text)),
  unsure: v.optional(v.literal(true)),
  derivedNotes: v.optional(v.record(v.string(), text)),
});

/** The details of every entry of a core file, by position (`null` for an entry without any). */
export const LexiconDetailsFileSchema = v.strictObject({
  format: v.literal('tulay-lexicon-details'),
  version: v.literal(1),
  details: v.array(v.nullable(EntryDetailsSchema)),
});
export type LexiconDetailsFile = v.InferOutput<typeof LexiconDetailsFileSchema>;

/** Splits whole lexicon files into one core file and its details, for shipping. */
export function splitLexicon(files: readonly LexiconFile[]): {
  core: LexiconFile;
  details: LexiconDetailsFile;
} {
  const entries: LexiconEntry[] = [];
  const details: (EntryDetails | null)[] = [];
  for (const file of files)
    for (const entry of file.entries) {
      const split = splitEntry(entry);
      entries.push(split.core);
      details.push(split.details ?? null);
    }
  return {
    core: { format: 'tulay-lexicon', version: 1, entries },
    details: { format: 'tulay-lexicon-details', version: 1, details },
  };
}

/** The whole entries back; the core alone when the details do not match it. */
export function joinLexicon(core: LexiconFile, details: LexiconDetailsFile): LexiconFile {
  if (details.details.length !== core.entries.length) return core;
  return {
    ...core,
    entries: core.entries.map((entry, index) =>
      joinEntry(entry, details.details[index] ?? undefined),
    ),
  };
}
