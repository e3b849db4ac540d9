import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../locales/en/common.json';
import tlCommon from '../../locales/tl/common.json';
import { UI_LANGUAGES, type UiLanguage } from './language';
import { memoizeTranslations } from './memoizedTranslations';

// The app's own strings ship in the first bundle; every other namespace (a text's English, the
// morphology explanations, the vocabulary pages) is its own chunk, fetched when first used.
const lazyNamespaces = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '../../locales/*/texts/*.json',
  '!../../locales/*/common.json',
]);

export function textNamespace(textId: string): string {
  return `texts/${textId}`;
}

export async function setUpI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next
    .use(initReactI18next)
    .use(
      resourcesToBackend(async (lng: string, ns: string) => {
        const load = lazyNamespaces[`../../locales/${lng}/${ns}.json`];
        if (!load) throw new Error(`no locale file for ${lng}/${ns}`);
        return (await load()).default;
      }),
    )
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: { en: { common: enCommon }, tl: { common: tlCommon } },
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      returnNull: false,
    });
  memoizeTranslations(i18next);
  return i18next;
}
