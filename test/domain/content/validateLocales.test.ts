import { describe, expect, it } from 'vitest';
import { formatProblem, validateLocales } from '../../../src/domain/content';

const locale = (language: string, namespace: string, data: unknown) => ({ file: `locales/${language}/${namespace}.json`, language, namespace, data });

describe('validateLocales', () => {
  it('accepts the same nested keys in every language', () => {
    const problems = validateLocales(
      [locale('en', 'common', { nav: { library: 'Library' } }), locale('tl', 'common', { nav: { library: 'Aklatan' } })],
      ['en', 'tl'],
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['a key missing in one language', [locale('en', 'common', { a: 'A', b: 'B' }), locale('tl', 'common', { a: 'A' })], /locales\/tl\/common\.json: missing key b/],
    ['an empty string', [locale('en', 'common', { a: ' ' }), locale('tl', 'common', { a: 'A' })], /locales\/en\/common\.json: a is empty/],
    ['a namespace missing in one language', [locale('en', 'review', { a: 'A' })], /locales\/tl\/review\.json: namespace is missing/],
    ['a value that is not a string', [locale('en', 'common', { a: 3 }), locale('tl', 'common', { a: 'A' })], /a must be an object of strings/],
  ])('reports %s', (_name, files, expected) => {
    const problems = validateLocales(files, ['en', 'tl']).map(formatProblem);
    expect(problems.join('\n')).toMatch(expected);
  });
});
