// Small UI preferences kept in localStorage: they must be readable synchronously at start-up.
// Every value is validated on read; a damaged or missing value falls back to its default.
import * as v from 'valibot';

const KEY_PREFIX = 'tulay:pref:v1:';

function read<S extends v.GenericSchema>(
  key: string,
  schema: S,
  fallback: v.InferOutput<S>,
): v.InferOutput<S> {
  try {
    const raw = globalThis.localStorage?.getItem(KEY_PREFIX + key);
    if (raw == null) return fallback;
    const parsed = v.safeParse(schema, JSON.parse(raw));
    return parsed.success ? parsed.output : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(KEY_PREFIX + key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the preference lasts for this session only.
  }
}

export const TRANSLATION_MODES = ['shown', 'hidden', 'reveal'] as const;
export type TranslationMode = (typeof TRANSLATION_MODES)[number];

export const preferences = {
  interfaceLanguage: (): unknown =>
    read('interfaceLanguage', v.string(), undefined as unknown as string),
  setInterfaceLanguage: (language: string): void => write('interfaceLanguage', language),

  translationMode: (): TranslationMode =>
    read('translationMode', v.picklist(TRANSLATION_MODES), 'shown'),
  setTranslationMode: (mode: TranslationMode): void => write('translationMode', mode),

  revealedSentences: (textId: string): string[] =>
    read(`revealed:${textId}`, v.array(v.string()), []),
  setRevealedSentences: (textId: string, sentenceIds: readonly string[]): void =>
    write(`revealed:${textId}`, sentenceIds),

  readingPosition: (textId: string): string | undefined =>
    read(`position:${textId}`, v.optional(v.string()), undefined),
  setReadingPosition: (textId: string, sentenceId: string): void =>
    write(`position:${textId}`, sentenceId),
};
