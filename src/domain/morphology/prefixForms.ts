// The prefix tables as the engine reads them: one entry per surface form (`nakiki` included),
// indexed by the first two letters so that a stem is compared only with prefixes it can start with.
import { PREFIXES, REDUPLICATIONS, type AffixDef } from './affixes';
import type { AffixUse } from './analysis';
import { pieceOf } from './chain';
import { isConsonantAt } from './phonology';

export interface PrefixForm {
  readonly def: AffixDef;
  readonly form: string;
  /** The form already contains the aspect reduplication (`nakiki`). */
  readonly redup: boolean;
  readonly use: AffixUse;
  readonly redupUse: AffixUse;
  readonly endsInConsonant: boolean;
  readonly endsInA: boolean;
  // The definition's fields, copied so that every prefix form has the same shape (table entries
  // differ in which optional fields they set, and reading those is slow in the hot loop).
  readonly slot: number;
  readonly then: number;
  readonly cost: number;
  readonly nasal: boolean;
  readonly clipped: boolean;
  readonly before: string | undefined;
  readonly notOn: ReadonlySet<string> | undefined;
}

// Prefixes by first letter (char code), in table order.
const PREFIXES_BY_LETTER: (PrefixForm[] | undefined)[] = [];
for (const def of PREFIXES) {
  const forms = [
    ...def.forms.map((form) => ({ form, redup: false })),
    ...(def.redupForms ?? []).map((form) => ({ form, redup: true })),
  ];
  for (const { form, redup } of forms) {
    const list = (PREFIXES_BY_LETTER[form.charCodeAt(0)] ??= []);
    list.push({
      def,
      form,
      redup,
      use: pieceOf(def, form + '-'),
      redupUse: pieceOf(REDUPLICATIONS.syllable, form.slice(-2) + '-'),
      endsInConsonant: isConsonantAt(form, form.length - 1),
      endsInA: form.endsWith('a'),
      slot: def.slot ?? 0,
      then: def.then,
      cost: def.cost,
      nasal: def.nasal === true,
      clipped: def.clipped === true,
      before: def.before,
      notOn: def.notOn ? new Set(def.notOn) : undefined,
    });
  }
}

// Then by second letter too, still in table order (the order roots are found in), so a stem is
// compared only with the prefixes it can start with: `ma…` with `ma-`, `mag-`…, not `mi…`.
const NO_PREFIXES: readonly PrefixForm[] = [];
const PREFIXES_BY_TWO_LETTERS = PREFIXES_BY_LETTER.map((forms) =>
  // Index 128: a second letter outside ASCII, or none.
  Array.from({ length: 129 }, (_, second) => {
    const fitting = forms?.filter((p) => p.form.length < 2 || p.form.charCodeAt(1) === second);
    return fitting && fitting.length > 0 ? fitting : NO_PREFIXES;
  }),
);

/** The prefix forms `stem` may start with, in table order. */
export function prefixesOf(stem: string): readonly PrefixForm[] {
  const first = stem.charCodeAt(0);
  const second = stem.charCodeAt(1);
  if (!(first < 128)) return NO_PREFIXES; // also NaN for an empty stem
  return PREFIXES_BY_TWO_LETTERS[first]?.[second < 128 ? second : 128] ?? NO_PREFIXES;
}
