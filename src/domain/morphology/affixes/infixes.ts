// The infixes `-um-` (actor focus) and `-in-` (completed, non-actor focus), placed after the
// root's first consonant (`kumain`, `sinabi`), or before a vowel-initial root as a prefix
// (`umalis`, `inalis`); `-in-` is written `ni-` before l, y, w, h, r (`nilagay`, `niyakap`).
import { Slot, type AffixDef } from './types';

const { infix, redup, pag, pa, ka, sa, paki } = Slot;

export const INFIXES: readonly AffixDef[] = [
  {
    id: 'infix-um',
    kind: 'infix',
    forms: ['um'],
    slot: infix,
    // `pumalaot` (put out to sea) ← pa- + laot, `pumailalim` ← pa- + ilalim: -um- on a pa- word of
    // direction.
    then: redup | pa,
    cost: -0.9,
    aspect: 'completed',
    focus: 'actor',
    posHint: 'verb',
  },
  {
    id: 'infix-in',
    kind: 'infix',
    forms: ['in'],
    slot: infix,
    then: redup | pag | pa | ka | sa | paki,
    cost: -0.9,
    aspect: 'completed',
    focus: 'object',
    posHint: 'verb',
  },
  {
    id: 'infix-in',
    kind: 'prefix',
    forms: ['ni'],
    before: 'lywhraeiou',
    slot: infix,
    then: redup,
    cost: -0.6,
    aspect: 'completed',
    focus: 'object',
    posHint: 'verb',
  },
];
