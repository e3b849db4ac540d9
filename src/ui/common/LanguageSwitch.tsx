import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/language';
import { preferences } from '../../storage/preferences';

const LABEL_KEY = { en: 'settings.english', tl: 'settings.filipino' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const change = (language: UiLanguage): void => {
    preferences.setInterfaceLanguage(language);
    document.documentElement.lang = language === 'tl' ? 'fil' : 'en';
    void i18n.changeLanguage(language);
  };
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('settings.interfaceLanguage')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => change(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language === 'tl' ? 'fil' : 'en'}>
            {t(LABEL_KEY[language])}
          </option>
        ))}
      </select>
    </div>
  );
}
