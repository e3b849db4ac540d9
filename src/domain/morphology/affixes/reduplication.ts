// Reduplication: of the first syllable (aspect: `kakain`, `kumakain`, `magsasagawa`; plurality
// or intensity after `ka-`: `magkakasama`), of `pa-` alone (direction: `papalabas`), and of the
// whole root (`sama-sama`, `araw-araw`).
import type { AffixDef } from './types';

export const REDUPLICATIONS = {
  syllable: { id: 'redup-cv', kind: 'reduplication', forms: [], then: 0, cost: -0.7 },
  // Found as a copied syllable and named so once its chain is read (see `interpret`).
  direction: { id: 'redup-pa', kind: 'reduplication', forms: ['pa'], then: 0, cost: 0 },
  full: { id: 'redup-full', kind: 'reduplication', forms: [], then: 0, cost: -1 },
} as const satisfies Record<string, AffixDef>;
