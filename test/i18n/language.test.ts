import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../src/i18n/language';

describe('pickUiLanguage', () => {
  it.each([
    ['a saved choice wins over the browser', 'tl', ['en-US'], 'tl'],
    ['Filipino browsers get the Filipino UI', undefined, ['fil-PH', 'en'], 'tl'],
    ['Tagalog browsers get the Filipino UI', undefined, ['tl'], 'tl'],
    ['English browsers get English', undefined, ['en-GB', 'fil'], 'en'],
    ['the first language we have wins', undefined, ['de-DE', 'fil'], 'tl'],
    ['anything else falls back to English', undefined, ['ja-JP'], 'en'],
    ['a damaged saved value is ignored', 42, ['fil'], 'tl'],
    ['an unknown saved language is ignored', 'fr', [], 'en'],
  ])('%s', (_name, saved, browser, expected) => {
    expect(pickUiLanguage(saved, browser)).toBe(expected);
  });
});
