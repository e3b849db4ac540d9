import { describe, expect, it } from 'vitest';
import { formatProblem, validateLexicon } from '../../../src/domain/content';

const file = (name: string, entries: unknown[]) => ({ file: `content/lexicon/${name}.json`, data: { format: 'tulay-lexicon', version: 1, entries } });
const entry = (lemma: string, extra: Record<string, unknown> = {}) => ({ lemma, pos: ['noun'], senses: ['a sense'], ...extra });

describe('validateLexicon', () => {
  it('accepts valid files with cross-references that resolve', () => {
    expect(validateLexicon([file('a', [entry('aso')]), file('b', [entry('bahay', { see: ['aso'] })])])).toEqual([]);
  });

  it('accepts homographs with different parts of speech', () => {
    expect(validateLexicon([file('a', [entry('tayo', { pos: ['pronoun'] })]), file('b', [entry('tayo', { pos: ['verb'] })])])).toEqual([]);
  });

  it.each([
    ['homographs sharing a part of speech', [file('a', [entry('tayo', { pos: ['pronoun'] })]), file('b', [entry('tayo', { pos: ['verb', 'pronoun'] })])], /duplicate lemma "tayo"/],
    ['a duplicate lemma across files', [file('a', [entry('aso')]), file('b', [entry('aso')])], /content\/lexicon\/b\.json: duplicate lemma "aso" \(also in content\/lexicon\/a\.json\)/],
    ['a broken cross-reference', [file('a', [entry('aso', { see: ['pusa'] })])], /refers to "pusa", which is not in the lexicon/],
    ['an entry without senses', [file('a', [entry('aso', { senses: [] })])], /entries\.0\.senses/],
    ['a bad part of speech', [file('a', [entry('aso', { pos: ['thing'] })])], /entries\.0\.pos\.0/],
    ['a derived form of more than one word', [file('a', [entry('klima', { derived: [{ form: 'pagbabago ng klima', pos: 'noun', senses: ['climate change'] }] })])], /"klima": derived form "pagbabago ng klima" is more than one word/],
    ['a foreign file', [{ file: 'content/lexicon/x.json', data: { entries: [] } }], /format/],
  ])('reports %s', (_name, files, expected) => {
    expect(validateLexicon(files).map(formatProblem).join('\n')).toMatch(expected);
  });
});
