// The prefix tables as the engine reads them: one entry per surface form (`nakiki` included), in
// a trie that finds the forms a stem starts with in one walk along it.
import { PREFIXES, REDUPLICATIONS, type AffixDef } from './affixes';
import type { AffixUse } from './analysis';
import { pieceOf } from './chain';
import { FormTrie } from './formTrie';
import { isConsonantAt, isVowelAt } from './phonology';

export interface PrefixForm {
  readonly def: AffixDef;
  readonly form: string;
  /** The form already contains the aspect reduplication (`nakiki`). */
  readonly redup: boolean;
  readonly use: AffixUse;
  /** The piece right before a vowel with no hyphen between (see `AffixDef.beforeVowel`). */
  readonly beforeVowelUse: AffixUse;
  readonly redupUse: AffixUse;
  readonly endsInConsonant: boolean;
  readonly endsInA: boolean;
  /** The letters the form stands before, written without a hyphen (see `assimilates`). */
  readonly assimilation: Assimilation;
  // The definition's fields, copied so that every prefix form has the same shape (table entries
  // differ in which optional fields they set, and reading those is slow in the hot loop).
  readonly slot: number;
  readonly then: number;
  readonly cost: number;
  readonly nasal: boolean;
  readonly clipped: boolean;
  readonly before: string | undefined;
  readonly notOn: ReadonlySet<string> | undefined;
  readonly onlyBefore: readonly string[] | undefined;
  /**
   * Outer prefixes that form one prefix of the table with this one (`mag-` before `ka-` is
   * `magka-`): the pair is read as that prefix first.
   */
  readonly fusedAfter: Set<AffixUse>;
}

/**
 * Nasal assimilation of `pang-`, `mang-`, `nang-`: a form ending in ng stands before anything but
 * b and p, one ending in m (`pam-`) before b and p, one ending in n (`pan-`) before d, l, r, s, t.
 */
type Assimilation = 'any' | 'notLabial' | 'labial' | 'dental';

function assimilationOf(form: string): Assimilation {
  const last = form.charCodeAt(form.length - 1);
  if (form.endsWith('ng')) return 'notLabial';
  if (last === 109 /* m */ && form !== 'ma' && form.length > 2) return 'labial';
  if (last === 110 /* n */ && form.length > 2 && !form.endsWith('in')) return 'dental';
  return 'any';
}

/** Whether a prefix form of this assimilation stands before the letter of char code `next`. */
export function assimilates(assimilation: Assimilation, next: number): boolean {
  switch (assimilation) {
    case 'notLabial':
      return next !== 98 /* b */ && next !== 112; /* p */
    case 'labial':
      return next === 98 || next === 112;
    case 'dental':
      // d, l, r, s, t
      return next === 100 || next === 108 || next === 114 || next === 115 || next === 116;
    default:
      return true;
  }
}

/**
 * Whether a prefix form in ng of this assimilation stands, unassimilated, before the letter of
 * char code `next`: b or p, where the standard spelling has `pam-` (`pangbata` for pambata).
 */
export function keptWhole(assimilation: Assimilation, next: number): boolean {
  return assimilation === 'notLabial' && assimilates('labial', next);
}

/**
 * The prefix among `forms` that `redupForm` is written with a syllable copied into, and that
 * syllable: `nakikipag` is nakipag with ki copied, `nagpapa` nagpa with pa.
 */
export function copiedSyllable(
  redupForm: string,
  forms: readonly string[],
): { prefix: string; syllable: string } {
  for (const prefix of forms) {
    if (redupForm.length !== prefix.length + 2) continue;
    for (let end = 2; end <= prefix.length; end++) {
      // A consonant and a vowel (`makaka` copies ka, not ak).
      if (!isConsonantAt(prefix, end - 2) || !isVowelAt(prefix, end - 1)) continue;
      const syllable = prefix.slice(end - 2, end);
      if (prefix.slice(0, end) + syllable + prefix.slice(end) === redupForm)
        return { prefix, syllable };
    }
  }
  throw new Error(`no prefix with a copied syllable gives ${redupForm}`);
}

/** The piece `form` is before a vowel: of the affix `def.beforeVowel` names, if it names one. */
function beforeVowelUse(def: AffixDef, form: string, use: AffixUse): AffixUse {
  if (def.beforeVowel === undefined) return use;
  const other = PREFIXES.find((prefix) => prefix.id === def.beforeVowel);
  if (!other) throw new Error(`no prefix ${def.beforeVowel}, which ${def.id} is before a vowel`);
  return pieceOf(other, form + '-');
}

// Every prefix form, in table order (the order roots are found in).
const PREFIX_FORMS: PrefixForm[] = [];
for (const def of PREFIXES) {
  const forms = [
    ...def.forms.map((form) => ({ form, redup: false })),
    ...(def.redupForms ?? []).map((form) => ({ form, redup: true })),
  ];
  for (const { form, redup } of forms) {
    const copy = redup ? copiedSyllable(form, def.forms) : undefined;
    // A form with a copied syllable is shown as the prefix and the copy: `nakikipag` is
    // nakipag- + ki-.
    const use = pieceOf(def, (copy ? copy.prefix : form) + '-');
    PREFIX_FORMS.push({
      def,
      form,
      redup,
      use,
      beforeVowelUse: beforeVowelUse(def, copy ? copy.prefix : form, use),
      redupUse: pieceOf(REDUPLICATIONS.syllable, (copy ? copy.syllable : form.slice(-2)) + '-'),
      endsInConsonant: isConsonantAt(form, form.length - 1),
      endsInA: form.endsWith('a'),
      assimilation: assimilationOf(form),
      slot: def.slot ?? 0,
      then: def.then,
      cost: def.cost,
      nasal: def.nasal === true,
      clipped: def.clipped === true,
      before: def.before,
      notOn: def.notOn ? new Set(def.notOn) : undefined,
      onlyBefore: def.onlyBefore,
      fusedAfter: new Set(),
    });
  }
}

const WRITTEN_FORMS = new Set(PREFIX_FORMS.map((prefix) => prefix.form));
for (const inner of PREFIX_FORMS)
  for (const outer of PREFIX_FORMS)
    if (!outer.redup && WRITTEN_FORMS.has(outer.form + inner.form)) inner.fusedAfter.add(outer.use);

const PREFIX_TRIE = new FormTrie(PREFIX_FORMS, (prefix) => prefix.form, 'start');

/** The prefix forms `stem` starts with, in table order. */
export function prefixesOf(stem: string): readonly PrefixForm[] {
  return PREFIX_TRIE.matching(stem);
}
