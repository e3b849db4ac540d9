import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateText } from '../../../src/domain/content';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8'));
const validText = fixture('valid-text.json') as { paragraphs: { id: string; sentences: { id: string; text: string }[] }[] };
const validTranslation = fixture('valid-text-translation.json') as { sentences: Record<string, string>; notes?: Record<string, string> };

function check(text: unknown, translation: unknown, textFile = 'content/texts/maikling-kuwento.json') {
  return validateText({ textFile, textData: text, translationFile: 'locales/en/texts/maikling-kuwento.json', translationData: translation })
    .problems.map(formatProblem);
}

const clone = <T>(value: T): T => structuredClone(value);

describe('validateText', () => {
  it('accepts a well-formed text and translation', () => {
    expect(check(validText, validTranslation)).toEqual([]);
  });

  const broken: Array<[string, () => [unknown, unknown?, string?], RegExp]> = [
    ['a missing Tagalog title', () => [fixture('invalid-text-missing-title.json')], /titleTl/],
    ['a duplicate sentence id', () => {
      const text = clone(validText);
      text.paragraphs[1]!.sentences[1]!.id = 's2';
      return [text];
    }, /text maikling-kuwento, sentence s2\): duplicate id/],
    ['an empty sentence', () => {
      const text = clone(validText);
      text.paragraphs[1]!.sentences[0]!.text = '';
      return [text];
    }, /must not be empty/],
    ['a sentence without English', () => {
      const translation = clone(validTranslation);
      delete translation.sentences.s3;
      return [validText, translation];
    }, /locales\/en\/texts\/maikling-kuwento\.json \(text maikling-kuwento, sentence s3\): no English translation/],
    ['an orphan translation key', () => {
      const translation = clone(validTranslation);
      translation.sentences.s9 = 'Nothing';
      return [validText, translation];
    }, /sentence s9\): translation for a sentence that does not exist/],
    ['a note on a sentence that does not exist', () => {
      const translation = clone(validTranslation);
      translation.notes = { s7: 'Orphan' };
      return [validText, translation];
    }, /sentence s7\): note for a sentence that does not exist/],
    ['an empty translation', () => {
      const translation = clone(validTranslation);
      translation.sentences.s2 = '';
      return [validText, translation];
    }, /sentences\.s2: must not be empty/],
    ['a missing translation file', () => [validText, undefined], /translation file is missing/],
    ['a file named unlike its id', () => [validText, validTranslation, 'content/texts/other.json'], /file name must be maikling-kuwento\.json/],
    ['an unknown field', () => [{ ...clone(validText), extra: 1 }], /extra/],
    ['not an object at all', () => ['just a string'], /content\/texts\/maikling-kuwento\.json/],
  ];

  it.each(broken)('rejects %s, naming the file, text and sentence', (_name, make, expected) => {
    const made = make();
    // A row that names no translation uses the valid one; `undefined` given explicitly means none.
    const translation = made.length >= 2 ? made[1] : validTranslation;
    const problems = check(made[0], translation, made[2]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });
});
