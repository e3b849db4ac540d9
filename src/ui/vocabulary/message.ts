import type { TFunction } from 'i18next';

/**
 * A message as a translation key and its values, translated when shown: a notice on screen
 * follows the interface language when it changes. A value may itself be a message, or a list of
 * messages joined as the language joins them ("a, b and c").
 */
export interface Message {
  readonly key: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
}
export type MessageValue = string | number | Message | readonly Message[];

export const message = (key: string, values?: Message['values']): Message =>
  values ? { key, values } : { key };

const isMessage = (value: MessageValue): value is Message =>
  typeof value === 'object' && !Array.isArray(value);

/** `language` (the interface's) only joins lists. */
export function translate(t: TFunction<'vocabulary'>, shown: Message, language = 'en'): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(shown.values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    else if (isMessage(value)) values[name] = translate(t, value, language);
    else {
      // "a, b and c", as the app's English sentences are written (no comma before "and").
      const locale = language.startsWith('tl') ? 'fil' : language === 'en' ? 'en-GB' : language;
      values[name] = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        value.map((part) => translate(t, part, language)),
      );
    }
  }
  // Keys are built from known parts of the locale files; i18next's key types cannot follow them.
  return (t as unknown as (key: string, options: object) => string)(shown.key, {
    ...values,
    interpolation: { escapeValue: false },
  });
}
