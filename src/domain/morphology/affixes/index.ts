// All affix tables, and lookups the engine uses.
import { CIRCUMFIXES, IRREGULAR_STEM_LENGTH, IRREGULAR_STEMS, SUFFIXES } from './suffixes';
import { INFIXES } from './infixes';
import { CLIPPED_NUMERALS, NOMINAL_PREFIXES } from './nominalPrefixes';
import { REDUPLICATIONS } from './reduplication';
import {
  ALSO_FILED_UNDER,
  AY_WITHOUT_APOSTROPHE,
  CLITIC_HOSTS,
  CONTRACTED_WORDS,
  DROPPED_INITIAL,
  ENCLITICS,
  FILED_UNDER,
  isLexicalized,
  LEXICALIZED_GAIN,
  LINKERS,
  N_ROOTS_BEFORE_LINKER,
  NG_ROOTS_UNDER_AFFIXES,
  PARTICLE_COST,
  PARTICLES,
  ROOTS_WITH_RULES,
  WHOLE_DESPITE_COPY,
} from './clitics';
import type { AffixDef } from './types';
import { VERBAL_PREFIXES } from './verbalPrefixes';

export {
  ALSO_FILED_UNDER,
  AY_WITHOUT_APOSTROPHE,
  CIRCUMFIXES,
  CLIPPED_NUMERALS,
  CLITIC_HOSTS,
  CONTRACTED_WORDS,
  DROPPED_INITIAL,
  ENCLITICS,
  FILED_UNDER,
  INFIXES,
  IRREGULAR_STEM_LENGTH,
  IRREGULAR_STEMS,
  isLexicalized,
  LEXICALIZED_GAIN,
  LINKERS,
  N_ROOTS_BEFORE_LINKER,
  NG_ROOTS_UNDER_AFFIXES,
  PARTICLE_COST,
  PARTICLES,
  REDUPLICATIONS,
  ROOTS_WITH_RULES,
  SUFFIXES,
  WHOLE_DESPITE_COPY,
};
export { Slot, type AffixDef, type PosHint, type SlotSet } from './types';

export const PREFIXES: readonly AffixDef[] = [...VERBAL_PREFIXES, ...NOMINAL_PREFIXES];

/** Every affix, for explanations and for checking the locale files. */
export const ALL_AFFIXES: readonly AffixDef[] = [
  ...PREFIXES,
  ...INFIXES,
  ...SUFFIXES,
  ...Object.values(REDUPLICATIONS),
  ...Object.values(LINKERS),
  ...ENCLITICS,
  DROPPED_INITIAL,
];

/** The first table entry of each id (entries sharing an id share aspect, focus and part of speech). */
export const AFFIX_BY_ID: ReadonlyMap<string, AffixDef> = new Map(
  [...ALL_AFFIXES].reverse().map((affix) => [affix.id, affix]),
);

/** Every affix id the analyzer can produce, circumfixes included. */
export const AFFIX_IDS: readonly string[] = [
  ...new Set([...ALL_AFFIXES.map((affix) => affix.id), ...CIRCUMFIXES.map((c) => c.id)]),
];

/** Ids of the affixes of actor-focus verbs: `mag-`, `-um-`, `naka-`… */
export const ACTOR_FOCUS: ReadonlySet<string> = new Set(
  [...AFFIX_BY_ID.values()].filter((affix) => affix.focus === 'actor').map((affix) => affix.id),
);
