// The core lexicon as shipped: each entry a short array, not an object. The reader fetches the
// core before its first tap, and over six thousand entries the keys (`"lemma":`, `"senses":`) and
// the parts of speech spelled out cost more than gzip takes back: this form is about an eighth
// smaller. It is unpacked on arrival and then validated as any lexicon file is.
import * as v from 'valibot';
import {
  LexiconFileSchema,
  ORIGINS,
  PARTS_OF_SPEECH,
  type DerivedForm,
  type LexiconEntry,
  type LexiconFile,
  type PartOfSpeech,
} from './entry.ts';

export const PACKED_CORE_FORMAT = 'tulay-lexicon-core';

/** Senses are joined with this: `packCore` refuses a sense that contains it. */
const SEPARATOR = '|';

/** The keys a core entry has (the details are shipped apart, see ./split). */
const CORE_KEYS: ReadonlySet<string> = new Set([
  'lemma',
  'pos',
  'senses',
  'origin',
  'variants',
  'derived',
]);

/** `[form, parts of speech, senses]` of a derived form. */
type PackedDerived = [string, string, string];

/**
 * `[lemma, parts of speech, senses, origin, variants, derived forms]`: parts of speech one letter
 * each (`a` for the first of PARTS_OF_SPEECH), senses joined by `|`, origin as 1 + its index in
 * ORIGINS. Missing values are 0, and those at the end are left out.
 */
type PackedEntry = [string, string, string, number?, (string[] | 0)?, PackedDerived[]?];

export interface PackedCore {
  readonly format: typeof PACKED_CORE_FORMAT;
  readonly version: 1;
  readonly entries: readonly PackedEntry[];
}

// Only the header is checked before unpacking: the lexicon schema checks the unpacked entries.
const PackedCoreHeaderSchema = v.object({
  format: v.literal(PACKED_CORE_FORMAT),
  version: v.literal(1),
  entries: v.array(v.unknown()),
});

const posLetters = (pos: readonly PartOfSpeech[]): string =>
  pos.map((part) => String.fromCharCode(97 + PARTS_OF_SPEECH.indexOf(part))).join('');

function joined(senses: readonly string[], lemma: string): string {
  for (const sense of senses)
    if (sense.includes(SEPARATOR))
      throw new Error(`lexicon: a sense of "${lemma}" contains "${SEPARATOR}": ${sense}`);
  return senses.join(SEPARATOR);
}

function packEntry(entry: LexiconEntry): PackedEntry {
  const packed: PackedEntry = [
    entry.lemma,
    posLetters(entry.pos),
    joined(entry.senses, entry.lemma),
    entry.origin ? ORIGINS.indexOf(entry.origin) + 1 : 0,
    entry.variants ? [...entry.variants] : 0,
  ];
  if (entry.derived)
    packed.push(
      entry.derived.map((form): PackedDerived => [
        form.form,
        posLetters([form.pos]),
        joined(form.senses, form.form),
      ]),
    );
  while (packed.length > 3 && packed[packed.length - 1] === 0) packed.pop();
  return packed;
}

/**
 * The core file packed for shipping. Throws on what it cannot pack (a sense with `|`, an entry
 * with details still in it): the build stops rather than ship a core that unpacks differently.
 */
export function packCore(file: LexiconFile): PackedCore {
  const entries = file.entries.map((entry) => {
    const extra = Object.keys(entry).filter((key) => !CORE_KEYS.has(key));
    if (extra.length > 0)
      throw new Error(`lexicon: "${entry.lemma}" has more than a core entry holds: ${extra}`);
    return packEntry(entry);
  });
  return { format: PACKED_CORE_FORMAT, version: 1, entries };
}

// Unpacking builds whatever the data says, unchecked: `PackedCoreSchema` checks the result.

const partOfSpeech = (letter: string): string =>
  PARTS_OF_SPEECH[letter.charCodeAt(0) - 97] ?? letter;

const unpackPos = (packed: unknown): unknown =>
  typeof packed === 'string' ? [...packed].map(partOfSpeech) : packed;

const unpackSenses = (packed: unknown): unknown =>
  typeof packed === 'string' ? packed.split(SEPARATOR) : packed;

function unpackDerived(packed: unknown): unknown {
  if (!Array.isArray(packed)) return packed;
  const [form, pos, senses] = packed as unknown[];
  const derived: Record<keyof Omit<DerivedForm, 'note'>, unknown> = {
    form,
    pos: typeof pos === 'string' && pos.length === 1 ? partOfSpeech(pos) : pos,
    senses: unpackSenses(senses),
  };
  return derived;
}

function unpackEntry(packed: unknown): unknown {
  if (!Array.isArray(packed)) return packed;
  const [lemma, pos, senses, origin, variants, derived] = packed as unknown[];
  const entry: Partial<Record<keyof LexiconEntry, unknown>> = {
    lemma,
    pos: unpackPos(pos),
    senses: unpackSenses(senses),
  };
  if (origin !== undefined && origin !== 0)
    entry.origin = typeof origin === 'number' ? (ORIGINS[origin - 1] ?? origin) : origin;
  if (variants !== undefined && variants !== 0) entry.variants = variants;
  if (derived !== undefined)
    entry.derived = Array.isArray(derived) ? derived.map(unpackDerived) : derived;
  return entry;
}

/**
 * A packed core, checked and unpacked: parsing it gives the lexicon file it holds, validated by
 * the lexicon schema (a damaged core fails as any damaged lexicon file does).
 */
export const PackedCoreSchema = v.pipe(
  PackedCoreHeaderSchema,
  v.transform(({ entries }) => ({
    format: 'tulay-lexicon',
    version: 1,
    entries: entries.map(unpackEntry),
  })),
  LexiconFileSchema,
);
