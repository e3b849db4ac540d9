// The content that ships: every text, its English, the UI locales and the lexicon pass the validator.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateLexicon, validateLocales, validateText } from '../../../src/domain/content';
import { readLexiconSources, readTextFiles, readUiLocales, UI_LANGUAGES } from '../../../scripts/content-files';

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
});
