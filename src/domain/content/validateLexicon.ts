import { LexiconFileSchema, type LexiconEntry } from '../lexicon/entry';
import { parseWith } from './parse';
import type { ContentProblem } from './problems';

export interface LexiconSource {
  readonly file: string;
  readonly data: unknown;
}

/** Schema, duplicate lemmas (within and across files) and cross-references that lead nowhere. */
export function validateLexicon(sources: readonly LexiconSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstFileOf = new Map<string, string>();
  const entries: Array<{ file: string; entry: LexiconEntry }> = [];
  for (const source of sources) {
    const parsed = parseWith(LexiconFileSchema, source.data, source.file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    for (const entry of parsed.value.entries) {
      const previous = firstFileOf.get(entry.lemma);
      if (previous !== undefined) {
        problems.push({ file: source.file, message: `duplicate lemma "${entry.lemma}" (also in ${previous})` });
      } else {
        firstFileOf.set(entry.lemma, source.file);
      }
      entries.push({ file: source.file, entry });
    }
  }
  const known = new Set([...firstFileOf.keys()].map((lemma) => lemma.toLowerCase()));
  for (const { file, entry } of entries) {
    for (const target of entry.see ?? []) {
      if (!known.has(target.toLowerCase())) {
        problems.push({ file, message: `"${entry.lemma}" refers to "${target}", which is not in the lexicon` });
      }
    }
  }
  return problems;
}
