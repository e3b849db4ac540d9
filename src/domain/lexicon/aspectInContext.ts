// The aspect of an -um- verb from the word before it. `gumamit` is written alike as the completed
// aspect (used) and the infinitive (to use); after `upang`, `bago`, `huwag` or a modal with the
// linker (`maaaring`, `dapat`) it is the infinitive, as the English translates it.
import type { Analysis } from '../morphology/analysis';
import type { Reading } from './lookup';
import type { SentenceContext } from './readingRules';

// Words after which a verb is in the infinitive. Not `na`: after it a verb may as well be a
// relative clause in any aspect (`ang lalaki na kumain`, the man who ate).
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set([
  'upang',
  'para',
  'bago',
  'huwag',
  "'wag",
  'wag',
  'maaaring',
  'puwedeng',
  'pwedeng',
  'dapat',
  'kailangang',
  'gustong',
  'nais',
  'ayaw',
  'ayokong',
  'sanang',
]);

/** Whether `analysis` is -um- without a copied syllable: completed or infinitive alike. */
const isPlainUm = (analysis: Analysis): boolean =>
  analysis.aspect === 'completed' &&
  analysis.affixes.some((affix) => affix.id === 'infix-um') &&
  !analysis.affixes.some((affix) => affix.id === 'redup-cv');

/** `reading` with the aspect its place in the sentence gives it. */
export function withAspectInContext(
  reading: Reading,
  context: SentenceContext | undefined,
): Reading {
  if (!context?.previous || !BEFORE_INFINITIVE.has(context.previous)) return reading;
  if (!isPlainUm(reading.analysis)) return reading;
  return { ...reading, analysis: { ...reading.analysis, aspect: 'infinitive' } };
}
