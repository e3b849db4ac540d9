// Lemmas are kept in lower case, as lookup compares them; a name is shown as it is written.
import type { LexiconEntry } from './entry';

/**
 * How an entry's lemma is written for a reader: a name as its first sense spells it (`rmb` →
 * RMB, `deped` in "Department of Education (DepEd)" → DepEd), any other lemma as it is.
 */
export function displayLemma(entry: Pick<LexiconEntry, 'lemma' | 'pos' | 'senses'>): string {
  const { lemma } = entry;
  if (!entry.pos.includes('name')) return lemma;
  const sense = entry.senses[0] ?? '';
  // Lower-cased with straight apostrophes: the same length as the sense, so indexes carry over.
  const lower = sense.toLowerCase().replace(/[‘’]/g, "'");
  if (lower.length !== sense.length) return lemma;
  for (let at = lower.indexOf(lemma); at >= 0; at = lower.indexOf(lemma, at + 1)) {
    const end = at + lemma.length;
    if (isWordEdge(lower, at - 1) && isWordEdge(lower, end)) return sense.slice(at, end);
  }
  return lemma;
}

/** Whether the character at `index` (or the text's edge) ends a word. */
const isWordEdge = (text: string, index: number): boolean =>
  index < 0 || index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]!);
