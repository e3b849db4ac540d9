// Lemmas are kept in lower case, as lookup compares them; a name is shown as it is written.
import type { LexiconEntry } from './entry';
import { lexiconKey } from './normalize';

/**
 * How an entry's lemma is written for a reader: a name as its first sense spells it (`rmb` →
 * RMB, `deped` in "Department of Education (DepEd)" → DepEd), else as `written` in the text where
 * it is the same letters with capitals (`pboc` written PBOC, `maynila` in Maynilang); any other
 * lemma as it is.
 */
export function displayLemma(
  entry: Pick<LexiconEntry, 'lemma' | 'pos' | 'senses'>,
  written?: string,
): string {
  const { lemma } = entry;
  if (!entry.pos.includes('name')) return lemma;
  return inSense(lemma, entry.senses[0] ?? '') ?? (written && asWritten(lemma, written)) ?? lemma;
}

/** The lemma as `sense` spells it, if the sense has it as a word of its own. */
function inSense(lemma: string, sense: string): string | undefined {
  // Lower-cased with straight apostrophes: the same length as the sense, so indexes carry over.
  const lower = sense.toLowerCase().replace(/[‘’]/g, "'");
  if (lower.length !== sense.length) return undefined;
  for (let at = lower.indexOf(lemma); at >= 0; at = lower.indexOf(lemma, at + 1)) {
    const end = at + lemma.length;
    if (isWordEdge(lower, at - 1) && isWordEdge(lower, end)) return sense.slice(at, end);
  }
  return undefined;
}

/**
 * The start of `written` that is `lemma` (what follows being a linker or a possessive), if the
 * text gives it a capital.
 */
function asWritten(lemma: string, written: string): string | undefined {
  const start = written.slice(0, lemma.length);
  if (lexiconKey(start) !== lemma || start === lemma) return undefined;
  return /^(?:n?g|['’]s)?$/.test(written.slice(lemma.length)) ? start : undefined;
}

/** Whether the character at `index` (or the text's edge) ends a word. */
const isWordEdge = (text: string, index: number): boolean =>
  index < 0 || index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]!);
