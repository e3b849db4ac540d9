// The aspect of a ma- verb, from the lexicon. ma- makes adjectives (`maganda`, beautiful) and
// verbs of state or ability (`makita`, be seen; `mamatay`, die) alike, so the analyzer, which
// knows no words, gives a ma- word no aspect. Where the lexicon lists the word as a verb, ma- is
// that verb's infinitive, and with a copied syllable the aspect not yet begun (`makikita`, will be
// seen). Its focus varies from verb to verb and is left unsaid.
import { REDUPLICATIONS } from '../morphology/affixes';
import type { Analysis } from '../morphology/analysis';
import type { Reading } from './lookup';

/** The outermost piece that builds the word (the linker and clitics aside, and copies). */
function outermostPrefix(analysis: Analysis): string | undefined {
  for (let index = analysis.affixes.length - 1; index >= 0; index--) {
    const affix = analysis.affixes[index]!;
    if (affix.kind !== 'linker' && affix.kind !== 'clitic' && affix.kind !== 'reduplication')
      return affix.id;
  }
  return undefined;
}

/**
 * Whether the lexicon lists the reading as a verb: its derived form, or where it has none, its
 * root, as a verb and no adjective (`sira`, break: `masira`; not `ganda`).
 */
const listedAsVerb = ({ derived, entry }: Reading): boolean =>
  derived !== undefined
    ? derived.pos === 'verb'
    : entry.pos.includes('verb') && !entry.pos.includes('adjective');

/** `reading` with the aspect of the ma- verb the lexicon lists it as, if it is one. */
export function withListedVerbAspect(reading: Reading): Reading {
  const { analysis } = reading;
  if (analysis.aspect !== undefined || outermostPrefix(analysis) !== 'ma') return reading;
  if (!listedAsVerb(reading)) return reading;
  const copied = analysis.affixes.some((affix) => affix.id === REDUPLICATIONS.syllable.id);
  const aspect = copied ? 'contemplated' : 'infinitive';
  return { ...reading, analysis: { ...analysis, aspect, posHint: 'verb' } };
}
