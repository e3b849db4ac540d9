// Reads the shipped content from disk for the validator (build) and the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LexiconSource, LocaleFile, TextFiles } from '../src/domain/content';

export const UI_LANGUAGES = ['en', 'tl'] as const;

function readJson(path: string, root: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${relative(root, path)}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];

export function readTextFiles(root: string): TextFiles[] {
  return jsonFiles(join(root, 'content/texts')).map((name) => {
    const textPath = join(root, 'content/texts', name);
    const translationPath = join(root, 'locales/en/texts', name);
    return {
      textFile: relative(root, textPath),
      textData: readJson(textPath, root),
      translationFile: relative(root, translationPath),
      translationData: existsSync(translationPath) ? readJson(translationPath, root) : undefined,
    };
  });
}

export function readUiLocales(root: string): LocaleFile[] {
  return UI_LANGUAGES.flatMap((language) =>
    jsonFiles(join(root, 'locales', language)).map((name) => {
      const path = join(root, 'locales', language, name);
      return {
        file: relative(root, path),
        language,
        namespace: name.replace(/\.json$/, ''),
        data: readJson(path, root),
      };
    }),
  );
}

export function readLexiconSources(root: string): LexiconSource[] {
  return jsonFiles(join(root, 'content/lexicon')).map((name) => {
    const path = join(root, 'content/lexicon', name);
    return { file: relative(root, path), data: readJson(path, root) };
  });
}
