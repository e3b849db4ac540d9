// The content that ships: every text, its English, the UI locales and the lexicon pass the validator.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateLexicon, validateLocales, validateText } from '../../../src/domain/content';
import { readLexiconSources, readTextFiles, readUiLocales, UI_LANGUAGES } from '../../../scripts/content-files';
import { readLexiconFiles } from '../../../src/cli/lexiconFromDisk';

const root = join(import.meta.dirname, '../../..');

describe('shipped content', () => {
  it('has at least one text, and every text validates against its English', () => {
    const texts = readTextFiles(root);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.flatMap((files) => validateText(files).problems).map(formatProblem)).toEqual([]);
  });

  it('has the same UI keys in every interface language', () => {
    expect(validateLocales(readUiLocales(root), UI_LANGUAGES).map(formatProblem)).toEqual([]);
  });

  it('has a valid lexicon', () => {
    expect(validateLexicon(readLexiconSources(root)).map(formatProblem)).toEqual([]);
  });

  // The lexicon glosses every text a learner reads, their own too: what one text does with a word
  // belongs in that text's notes, and a sentence id means nothing to a learner.
  it('says nothing in the lexicon about one text or its sentence ids', () => {
    const textBound = /\b(?:this (?:article|text)|in the article)\b|\(here[):,]|\bhere:|\bs\d+\b/i;
    const entries = readLexiconFiles().flatMap((file) => file.entries);
    const found = entries.flatMap((entry) =>
      [entry.note, ...entry.senses, ...(entry.derived ?? []).flatMap((d) => [d.note, ...d.senses])]
        .filter((line): line is string => line !== undefined && textBound.test(line))
        .map((line) => `${entry.lemma}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
