// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { preferences } from '../../src/storage/preferences';

beforeEach(() => localStorage.clear());

describe('preferences', () => {
  it('remembers the translation mode, revealed sentences and reading position per text', () => {
    preferences.setTranslationMode('reveal');
    preferences.setRevealedSentences('a', ['s2', 's5']);
    preferences.setReadingPosition('a', 's9');
    expect(preferences.translationMode()).toBe('reveal');
    expect(preferences.revealedSentences('a')).toEqual(['s2', 's5']);
    expect(preferences.revealedSentences('b')).toEqual([]);
    expect(preferences.readingPosition('a')).toBe('s9');
    expect(preferences.readingPosition('b')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong type', '42'],
    ['an unknown mode', '"sideways"'],
  ])('falls back to the default when the stored value is %s', (_name, raw) => {
    localStorage.setItem('tulay:pref:v1:translationMode', raw);
    expect(preferences.translationMode()).toBe('shown');
  });
});
