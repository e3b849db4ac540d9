import { describe, expect, it } from 'vitest';
import type { AffixKind, AffixUse, Analysis } from '../../../src/domain/morphology/analysis';
import { analyze } from '../../../src/domain/morphology/analyze';
import {
  affixesInOrder,
  explainedAffixes,
  writtenPieces,
} from '../../../src/domain/morphology/surfaceOrder';

const KINDS: Readonly<Record<string, AffixKind>> = {
  redup: 'reduplication',
  suffix: 'suffix',
  infix: 'infix',
  circumfix: 'circumfix',
  linker: 'linker',
};

/** `prefix:maki-`, `redup-cv:ki-`, `redup-full:-sama`, `suffix-an:-an`: id, and the piece's form. */
function piece(spec: string): AffixUse {
  const [id, form] = spec.split(':') as [string, string];
  const kind = Object.entries(KINDS).find(([prefix]) => id.startsWith(prefix))?.[1] ?? 'prefix';
  return { id, kind, form };
}

/** An analysis with its pieces innermost first, as the analyzer lists them. */
const analysis = (root: string, ...pieces: string[]): Analysis => ({
  form: '',
  root,
  affixes: pieces.map(piece),
  score: 0,
});

const written = (of: Analysis): string =>
  writtenPieces(of)
    .map((p) => p.form)
    .join(' + ');

describe('writtenPieces', () => {
  it.each([
    ['a prefix alone', analysis('laro', 'mag:mag-'), 'mag- + laro'],
    [
      'prefixes outermost first',
      analysis('laki', 'ma:ma-', 'pinaka:pinaka-'),
      'pinaka- + ma- + laki',
    ],
    [
      'a copy of a syllable inside the prefix splits it',
      analysis('usap', 'redup-cv:ki-', 'makipag:makipag-'),
      'maki- + ki- + pag- + usap',
    ],
    [
      'a copy of the prefix’s last syllable follows it',
      analysis('kain', 'redup-cv:pa-', 'nagpa:nagpa-'),
      'nagpa- + pa- + kain',
    ],
    [
      'a copy of the root’s first syllable',
      analysis('bili', 'redup-cv:bi-', 'pag:pag-', 'infix-in:-in-', 'i:i-'),
      'i- + -in- + pag- + bi- + bili',
    ],
    ['a full copy follows the root', analysis('ganda', 'redup-full:-ganda'), 'ganda + -ganda'],
    [
      'a full copy, without the suffix written on it',
      analysis('isa', 'suffix-in:-hin', 'redup-full:-isahin'),
      'isa + -isa + -hin',
    ],
    [
      'a full copy, without a circumfix’s suffix',
      analysis('bigay', 'circumfix-pag-an:pag-…-an', 'redup-full:-bigayan'),
      'pag-…-an + bigay + -bigay',
    ],
    [
      'a full copy, without the linker',
      analysis('bahay', 'linker:-ng', 'redup-full:-bahayng'),
      'bahay + -bahay + -ng',
    ],
    [
      'suffix and linker after the root',
      analysis('inom', 'suffix-in:-in', 'linker:-g'),
      'inom + -in + -g',
    ],
  ])('%s', (_name, of, expected) => {
    expect(written(of)).toBe(expected);
  });

  it('lists every affix once, in reading order, for explaining each, as written', () => {
    const of = analysis('sama', 'suffix-in:-hin', 'pag:pag-', 'redup-full:-samahin');
    const { before, after } = affixesInOrder(of);
    expect(before.map((affix) => affix.form)).toEqual(['pag-']);
    // The full copy as the breakdown writes it, without the -hin written on it.
    expect(after.map((affix) => affix.form)).toEqual(['-sama', '-hin']);
    expect(after[0]?.id).toBe('redup-full');
  });

  // With the analyzer's own readings of words the rule was not written from.
  it.each([
    ['nakikipagkita', 'naki- + ki- + pag- + kita'],
    ['nakakapagluto', 'naka- + ka- + pag- + luto'],
    ['magtulung-tulong', 'mag- + tulong + -tulong'],
    // pag- and -in make one verb (object focus), shown before the root as ka-…-an is.
    ['pagsabay-sabayin', 'pag-…-in + sabay + -sabay'],
    // Under pakiki- the suffix is no part of a pag-…-an verb: the noun of a makipag- verb.
    ['pakikipagpalitan', 'paki- + ki- + pag- + palit + -an'],
    ['pag-iisip', 'pag- + i- + isip'],
    ['pagpapasya', 'pag- + pa- + pasya'],
  ])('%s is written %s', (word, expected) => {
    expect(written(analyze(word)[0]!)).toBe(expected);
  });
});

describe('explainedAffixes', () => {
  // Each affix once, written as the breakdown shows it, so that every piece of it is explained.
  it.each([
    ['nakikipagkita', 'naki- … pag-, ki-'],
    ['nakakapagluto', 'naka- … pag-, ka-'],
    ['magtulung-tulong', 'mag-, -tulong'],
    ['pinabilis', '-in-, pa-'],
    // A copy after pag- is of what follows it, not a syllable of pag-.
    ['pag-aaral', 'pag-, a-'],
    ['pagpapasya', 'pag-, pa-'],
  ])('%s: %s', (word, expected) => {
    const affixes = explainedAffixes(analyze(word)[0]!);
    expect(affixes.map((explained) => explained.written).join(', ')).toBe(expected);
  });

  // The copied syllable that makes a noun of the action is told apart from a verb's aspect.
  it.each([
    ['pagtatanim', 'ta-'],
    ['pamimili', 'mi-'],
    ['pakikipag-usap', 'ki-'],
    ['pagkakaroon', 'ka-'],
    // A verb's copy is its aspect, after pag- too; a copy with no such prefix has no such role.
    ['pinagsasama', ''],
    ['magkakasama', ''],
    ['kababaihan', ''],
  ])('%s: the copy of a noun of the action is %s', (word, expected) => {
    const affixes = explainedAffixes(analyze(word)[0]!);
    const copies = affixes.filter((explained) => explained.role === 'actionNoun');
    expect(copies.map((explained) => explained.written).join(', ')).toBe(expected);
  });

  it('keeps the affix a split prefix is, for its explanation', () => {
    const [first] = explainedAffixes(analyze('nakikipagkita')[0]!);
    expect(first?.affix.form).toBe('nakipag-');
  });
});
