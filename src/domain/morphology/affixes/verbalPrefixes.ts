// Verbal prefixes, by pair: the `m-` form (infinitive; contemplated when the root's first
// syllable is reduplicated) and the `n-` form (completed; incompleted with reduplication).
import { Slot, type AffixDef } from './types';

const { outer, redup, pag, ka, pa, sa, infix, paki } = Slot;

/** Builds the `m-`/`n-` pair of one prefix: `mag`/`nag`, `maka`/`naka`… */
function pair(
  rest: string,
  fields: Omit<AffixDef, 'id' | 'forms' | 'kind' | 'redupForms'> & { readonly redupAt?: number },
): AffixDef[] {
  const { redupAt, ...common } = fields;
  // With the root's first syllable reduplicated, infinitive becomes contemplated and completed
  // becomes incompleted (see interpret.ts).
  const build = (initial: 'm' | 'n', aspect: AffixDef['aspect']) => {
    const form = initial + rest;
    const redupForms =
      redupAt === undefined
        ? undefined
        : [form.slice(0, redupAt) + form.slice(redupAt - 2, redupAt) + form.slice(redupAt)];
    return {
      ...common,
      id: initial + rest,
      kind: 'prefix' as const,
      forms: [form],
      aspect,
      ...(redupForms ? { redupForms } : {}),
    };
  };
  return [build('m', 'infinitive'), build('n', 'completed')];
}

const verb = { posHint: 'verb' } as const;

export const VERBAL_PREFIXES: readonly AffixDef[] = [
  // Actor focus.
  ...pair('ag', {
    slot: outer,
    then: redup | pa | ka | sa | Slot.ma | Slot.um,
    cost: -1.2,
    focus: 'actor',
    ...verb,
  }),
  ...pair('agpa', {
    slot: outer,
    then: redup | ka,
    cost: -1.4,
    focus: 'actor',
    redupAt: 5,
    ...verb,
  }),
  ...pair('agka', {
    slot: outer,
    then: redup,
    cost: -1.2,
    focus: 'actor',
    redupAt: 5,
    ...verb,
  }),
  ...pair('agsi', { slot: outer, then: redup, cost: -1.0, focus: 'actor', redupAt: 5, ...verb }),
  // `nagsipagtapos`, `nagsisipagdalo`: several actors, with `pag-` (its own entry: `nagsisi-` with
  // a root after it is mostly `nag-` + a copied syllable of a root in si-, as in `nagsisimula`).
  ...pair('agsipag', {
    slot: outer,
    then: redup,
    cost: -1.6,
    focus: 'actor',
    redupAt: 5,
    ...verb,
  }),
  ...pair('aka', {
    slot: outer,
    then: redup | pag | pa,
    cost: -1.1,
    focus: 'actor',
    redupAt: 4,
    // `makalawa` (twice), `makatlo` (three times).
    clipped: true,
    ...verb,
  }),
  ...pair('akapag', {
    slot: outer,
    then: redup,
    cost: -1.6,
    focus: 'actor',
    redupAt: 4,
    ...verb,
  }),
  // The plural of ma- verbs, mostly written and old-fashioned: `nangamatay` (many died) ← patay,
  // `nangakaupo` (they sat) ← upo. Dear: words starting so are mostly mang- + a root in nga.
  ...pair('anga', {
    slot: outer,
    then: redup | ka | Slot.nasal,
    cost: 0.3,
    ...verb,
  }),
  ...pair('aki', {
    slot: outer,
    then: redup,
    cost: -1.0,
    focus: 'actor',
    redupAt: 4,
    ...verb,
  }),
  // With ka- inside for a state shared with others: `makipagkasundo` (come to terms with) ← sundo.
  ...pair('akipag', {
    slot: outer,
    then: redup | ka,
    cost: -1.6,
    focus: 'actor',
    redupAt: 4,
    ...verb,
  }),
  ...pair('apa', {
    slot: outer,
    then: redup,
    cost: -0.9,
    focus: 'actor',
    redupAt: 4,
    ...verb,
  }),
  ...pair('ai', {
    slot: outer,
    then: redup | pa | pag | sa,
    cost: -0.8,
    focus: 'object',
    ...verb,
  }),
  // Actor focus with nasal assimilation: `mang-` before k/g/h/vowels, `man-` before d/l/r/s/t,
  // `mam-` before b/p; or the nasal replacing the root's first consonant (`mamili` ← bili).
  ...pair('ang', { slot: outer, then: redup, cost: -0.9, focus: 'actor', ...verb }),
  {
    id: 'mang',
    kind: 'prefix',
    forms: ['man', 'mam'],
    slot: outer,
    then: redup,
    cost: -0.9,
    aspect: 'infinitive',
    focus: 'actor',
    ...verb,
  },
  {
    id: 'nang',
    kind: 'prefix',
    forms: ['nan', 'nam'],
    slot: outer,
    then: redup,
    cost: -0.9,
    aspect: 'completed',
    focus: 'actor',
    ...verb,
  },
  {
    id: 'mang',
    kind: 'prefix',
    forms: ['ma'],
    nasal: true,
    slot: outer,
    then: redup,
    cost: -0.7,
    aspect: 'infinitive',
    focus: 'actor',
    ...verb,
  },
  {
    id: 'nang',
    kind: 'prefix',
    forms: ['na'],
    nasal: true,
    slot: outer,
    then: redup,
    cost: -0.7,
    aspect: 'completed',
    focus: 'actor',
    ...verb,
  },
  // Stative / adjectival `ma-`, completed `na-`.
  {
    id: 'ma',
    kind: 'prefix',
    forms: ['ma'],
    slot: outer | Slot.ma,
    then: redup | pag,
    cost: -0.6,
    shortRootPrefix: 'ma',
    aspect: 'infinitive',
    posHint: 'adjective',
  },
  {
    id: 'na',
    kind: 'prefix',
    forms: ['na'],
    slot: outer,
    then: redup | pag,
    cost: -0.6,
    shortRootPrefix: 'ma',
    aspect: 'completed',
    ...verb,
  },
  // Object / instrumental / benefactive `i-` (`ipa-`, `ipag-`, `ika-`, `isa-` follow it).
  {
    id: 'i',
    kind: 'prefix',
    forms: ['i'],
    slot: outer,
    then: redup | infix | pa | pag | ka | sa | paki,
    cost: -0.5,
    aspect: 'infinitive',
    focus: 'object',
    ...verb,
  },
  // Request `paki-`, and `pakiki-` / `pakikipag-` (social nouns).
  {
    id: 'paki',
    kind: 'prefix',
    forms: ['paki'],
    redupForms: ['pakiki'],
    slot: outer,
    then: redup | pag,
    cost: -0.8,
    ...verb,
  },
  // Inside `ipaki-`/`ipinaki-`, dearer than `pa-` there: `ipakilala` is i- + pa- + kilala.
  // `pinakikisamahan` ← -in- + pakiki- + sama + -han.
  {
    id: 'paki',
    kind: 'prefix',
    forms: ['paki'],
    redupForms: ['pakiki'],
    slot: paki,
    then: redup,
    cost: -0.3,
    ...verb,
  },
];
