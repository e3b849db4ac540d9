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
export const isScored = (token: Pick<GoldToken, 'form' | 'upos'>): boolean =>
  !['PROPN', 'PUNCT', 'SYM'].includes(token.upos) && !/\d/.test(token.form);

/** A word of a sentence of the sample as written, with its gold lemma and part of speech. */
export interface GoldWord {
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
}

/**
 * The sentences of the sample's treebanks, word by word as written: a multiword token
 * (`magkakasamang` = magkakasama + -ng) is one word with its host's lemma, as in the TSV.
 * Undefined when the sample is not beside the repo.
 */
export function readGoldSentences(): GoldWord[][] | undefined {
  const files = ['tl_newscrawl-ud-dev.conllu', 'tl_trg-ud-test.conllu'].map((name) =>
    join(devDirectory, name),
  );
  if (!files.every(existsSync)) return undefined;
  const sentences: GoldWord[][] = [];
  for (const file of files) {
    let sentence: GoldWord[] = [];
    let coveredUntil = 0; // the last word id inside the multiword token just read
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '') {
        if (sentence.length > 0) sentences.push(sentence);
        sentence = [];
        coveredUntil = 0;
        continue;
      }
      if (line.startsWith('#')) continue;
      const [id = '', form = '', lemma = '', upos = ''] = line.split('\t');
      if (id.includes('.')) continue; // an empty node
      const range = /^(\d+)-(\d+)$/.exec(id);
      if (range) {
        sentence.push({ form, lemma: '', upos: '' }); // the host's lemma and tag come next
        coveredUntil = Number(range[2]);
        continue;
      }
      const host = sentence.at(-1);
      if (Number(id) <= coveredUntil && host) {
        if (host.lemma === '') sentence[sentence.length - 1] = { form: host.form, lemma, upos };
        continue;
      }
      sentence.push({ form, lemma, upos });
    }
    if (sentence.length > 0) sentences.push(sentence);
  }
  return sentences;
}
