// Reduplication: of the first syllable (aspect: `kakain`, `kumakain`, `magsasagawa`; plurality
// or intensity after `ka-`: `magkakasama`), and of the whole root (`sama-sama`, `araw-araw`).
import type { AffixDef } from './types';

export const REDUPLICATIONS = {
  syllable: { id: 'redup-cv', kind: 'reduplication', forms: [], then: 0, cost: -0.7 },
  full: { id: 'redup-full', kind: 'reduplication', forms: [], then: 0, cost: -1 },
} as const satisfies Record<string, AffixDef>;
