export const UI_LANGUAGES = ['en', 'tl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/**
 * The saved choice wins; otherwise the first browser language we have. Browsers report Filipino
 * as `fil` (or `fil-PH`) and Tagalog as `tl`: both get the Filipino UI.
 */
export function pickUiLanguage(saved: unknown, browserLanguages: readonly string[]): UiLanguage {
  if (isUiLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fil' || base === 'tl') return 'tl';
    if (base === 'en') return 'en';
  }
  return 'en';
}
