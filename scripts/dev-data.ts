// Reads the development sample in ../shared/dev (never copied into the project).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const devDirectory = join(import.meta.dirname, '..', '..', 'shared', 'dev');

export interface GoldToken {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly count: number;
}

/** Rows of tl-lemmas-dev.tsv, or undefined when the sample is not beside the repo. */
export function readGoldTokens(): GoldToken[] | undefined {
  const path = join(devDirectory, 'tl-lemmas-dev.tsv');
  if (!existsSync(path)) return undefined;
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const columns = header!.split('\t');
  const at = (name: string): number => columns.indexOf(name);
  const [form, lemma, upos, count] = [at('form'), at('lemma'), at('upos'), at('count')];
  return lines.map((line) => {
    const cells = line.split('\t');
    return {
      form: cells[form]!,
      lemma: cells[lemma]!,
      upos: cells[upos]!,
      count: Number(cells[count]),
    };
  });
}

/** Tokens the evaluations score: names, punctuation, symbols and tokens with digits left out. */
export const isScored = (token: GoldToken): boolean =>
  !['PROPN', 'PUNCT', 'SYM'].includes(token.upos) && !/\d/.test(token.form);
