import type { ContentProblem } from './problems';

export interface LocaleFile {
  readonly file: string;
  readonly language: string;
  readonly namespace: string;
  readonly data: unknown;
}

/** Flattens nested i18next resources to `a.b.c` keys; non-string leaves are problems. */
export function flattenKeys(data: unknown, file: string, problems: ContentProblem[], prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ file, message: `${prefix || 'the file'} must be an object of strings` });
    return keys;
  }
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      if (value.trim() === '') problems.push({ file, message: `${path} is empty` });
      keys.set(path, value);
    } else {
      for (const [inner, text] of flattenKeys(value, file, problems, path)) keys.set(inner, text);
    }
  }
  return keys;
}

/** Every UI namespace must have the same keys in every UI language, and no empty strings. */
export function validateLocales(files: readonly LocaleFile[], languages: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNamespace = new Map<string, Map<string, { file: string; keys: Set<string> }>>();
  for (const locale of files) {
    const keys = new Set(flattenKeys(locale.data, locale.file, problems).keys());
    const perLanguage = byNamespace.get(locale.namespace) ?? new Map();
    perLanguage.set(locale.language, { file: locale.file, keys });
    byNamespace.set(locale.namespace, perLanguage);
  }
  for (const [namespace, perLanguage] of byNamespace) {
    const allKeys = new Set([...perLanguage.values()].flatMap((entry) => [...entry.keys]));
    for (const language of languages) {
      const entry = perLanguage.get(language);
      if (!entry) {
        problems.push({ file: `locales/${language}/${namespace}.json`, message: 'namespace is missing in this language' });
        continue;
      }
      for (const key of allKeys) {
        if (!entry.keys.has(key)) problems.push({ file: entry.file, message: `missing key ${key}` });
      }
    }
  }
  return problems;
}
