import { LexiconFileSchema, type LexiconEntry } from '../lexicon/entry';
import { parseWith } from './parse';
import type { ContentProblem } from './problems';

export interface LexiconSource {
  readonly file: string;
  readonly data: unknown;
}

/**
 * Schema, duplicate lemmas (within and across files) and cross-references that lead nowhere.
 * Homographs may be separate entries when their parts of speech differ (`tayo` "we", a pronoun,
 * and `tayo` "stand, build", a verb), so lookup can pick the one the affixes call for.
 */
export function validateLexicon(sources: readonly LexiconSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstFileOf = new Map<string, string>();
  const posOf = new Map<string, Set<string>>();
  const entries: Array<{ file: string; entry: LexiconEntry }> = [];
  for (const source of sources) {
    const parsed = parseWith(LexiconFileSchema, source.data, source.file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    for (const entry of parsed.value.entries) {
      const previous = firstFileOf.get(entry.lemma);
      const seenPos = posOf.get(entry.lemma) ?? new Set<string>();
      if (previous !== undefined && entry.pos.some((pos) => seenPos.has(pos))) {
        problems.push({
          file: source.file,
          message: `duplicate lemma "${entry.lemma}" (also in ${previous}); homographs need different parts of speech`,
        });
      }
      if (previous === undefined) firstFileOf.set(entry.lemma, source.file);
      for (const pos of entry.pos) seenPos.add(pos);
      posOf.set(entry.lemma, seenPos);
      entries.push({ file: source.file, entry });
      // Lookup meets one word at a time and phrases are found by their lemmas: a derived form of
      // several words would never be reached.
      for (const { form } of entry.derived ?? [])
        if (/\s/.test(form.trim()))
          problems.push({
            file: source.file,
            message: `"${entry.lemma}": derived form "${form}" is more than one word; list it as an entry of its own (phrases.json)`,
          });
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
