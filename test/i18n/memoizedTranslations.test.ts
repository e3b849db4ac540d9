// The translate functions components get answer as i18next does, and keep their answers only as
// long as the language and the strings loaded stay the same.
import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { memoizeTranslations } from '../../src/i18n/memoizedTranslations';

const resources = {
  en: {
    common: {
      close: 'Close',
      words_one: '{{count}} word',
      words_other: '{{count}} words',
      greeting: 'Hello, {{name}}',
      nested: { inner: 'Inside' },
    },
  },
  tl: {
    common: { close: 'Isara', words_one: '{{count}} salita', words_other: '{{count}} salita' },
  },
};

async function instance(memoized: boolean): Promise<I18n> {
  const created = i18next.createInstance();
  if (memoized) memoizeTranslations(created);
  await created.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    resources: structuredClone(resources),
    interpolation: { escapeValue: false },
  });
  return created;
}

const CALLS: readonly (readonly [key: string | string[], options?: unknown])[] = [
  ['close'],
  ['words', { count: 1 }],
  ['words', { count: 7 }],
  ['greeting', { name: 'Ana' }],
  ['greeting', { name: 'Ben' }],
  ['nested.inner'],
  ['missing', { defaultValue: 'fallback' }],
  ['missing', 'given as a string'],
  [['missing', 'close']],
  ['close', { ns: 'common' }],
  ['nested', { returnObjects: true }],
];

describe('memoizeTranslations', () => {
  it('answers every kind of call as i18next does, the first time and again', async () => {
    const plain = (await instance(false)).getFixedT('en', 'common');
    const memo = (await instance(true)).getFixedT('en', 'common');
    for (const [key, options] of CALLS) {
      const expected = plain(key as string, options as never);
      expect(memo(key as string, options as never)).toEqual(expected);
      expect(memo(key as string, options as never)).toEqual(expected);
    }
  });

  it('translates a call once while nothing changes', async () => {
    const memoized = await instance(true);
    const translate = vi.spyOn(memoized, 't');
    const t = memoized.getFixedT('en', 'common');
    for (let round = 0; round < 3; round++) {
      t('close');
      t('words', { count: 7 });
    }
    expect(translate).toHaveBeenCalledTimes(2);
  });

  it('translates again a call with an object among its options', async () => {
    const memoized = await instance(true);
    const translate = vi.spyOn(memoized, 't');
    const t = memoized.getFixedT('en', 'common');
    t('greeting', { name: 'Ana', extra: { a: 1 } } as never);
    t('greeting', { name: 'Ana', extra: { a: 1 } } as never);
    expect(translate).toHaveBeenCalledTimes(2);
  });

  it('answers in the new language once it changes', async () => {
    const memoized = await instance(true);
    expect(memoized.getFixedT(null, 'common')('close')).toBe('Close');
    await memoized.changeLanguage('tl');
    expect(memoized.getFixedT(null, 'common')('close')).toBe('Isara');
  });

  it('answers with strings added after a first answer (a namespace loaded late)', async () => {
    const memoized = await instance(true);
    const t = memoized.getFixedT('en', ['common', 'later']);
    expect(t('later:title', { defaultValue: '' })).toBe('');
    memoized.addResourceBundle('en', 'later', { title: 'Loaded' });
    expect(t('later:title', { defaultValue: '' })).toBe('Loaded');
  });

  it('keeps what react-i18next reads off the function', async () => {
    const memoized = await instance(true);
    const t = memoized.getFixedT('en', 'common', 'nested');
    const { lng, ns, keyPrefix } = t as unknown as Record<string, unknown>;
    expect([lng, ns, keyPrefix]).toEqual(['en', 'common', 'nested']);
    expect(t('inner')).toBe('Inside');
  });

  it('is set up once however often it is called', async () => {
    const memoized = await instance(true);
    memoizeTranslations(memoized);
    const translate = vi.spyOn(memoized, 't');
    memoized.getFixedT('en', 'common')('close');
    memoized.getFixedT('en', 'common')('close');
    expect(translate).toHaveBeenCalledTimes(1);
  });
});
