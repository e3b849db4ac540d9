import { useTranslation } from '../../i18n/useTranslation';
import { TRANSLATION_MODES, type TranslationMode } from '../../storage/preferences';

const LABEL_KEY = {
  shown: 'reader.translationShown',
  hidden: 'reader.translationHidden',
  reveal: 'reader.translationReveal',
} as const;

export function TranslationModeSwitch({
  mode,
  onChange,
}: {
  mode: TranslationMode;
  onChange: (mode: TranslationMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('reader.translation')}</legend>
      {TRANSLATION_MODES.map((option) => (
        <label key={option} className={option === mode ? 'selected' : undefined}>
          <input
            type="radio"
            name="translation-mode"
            value={option}
            checked={option === mode}
            onChange={() => onChange(option)}
          />
          {t(LABEL_KEY[option])}
        </label>
      ))}
    </fieldset>
  );
}
