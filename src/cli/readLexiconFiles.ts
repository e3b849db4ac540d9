// Reads and validates content/lexicon/*.json from disk: for the command-line tools, the tests and
// the build (scripts/lexiconBundle.ts). Its imports name their files, so Vite's config loader
// can read it as is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { LexiconFileSchema, type LexiconFile } from '../domain/lexicon/entry.ts';

/**
 * The nearest directory above `start` with content/lexicon in it: the repository, whether this
 * module runs from src/cli or bundled elsewhere in the repository (scripts/run-cli.mjs).
 */
export function repositoryAbove(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'content', 'lexicon'))) return directory;
    if (dirname(directory) === directory) throw new Error(`no content/lexicon above ${start}`);
  }
}

const repoRoot = repositoryAbove(dirname(fileURLToPath(import.meta.url)));

export function readLexiconFiles(directory = join(repoRoot, 'content/lexicon')): LexiconFile[] {
  return readNamedLexiconFiles(directory).map(({ file }) => file);
}

/** The lexicon files with their file names, in name order. */
export function readNamedLexiconFiles(
  directory = join(repoRoot, 'content/lexicon'),
): { name: string; file: LexiconFile }[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = v.safeParse(
        LexiconFileSchema,
        JSON.parse(readFileSync(join(directory, name), 'utf8')),
      );
      if (!parsed.success)
        throw new Error(`content/lexicon/${name}: ${parsed.issues[0]?.message ?? 'invalid'}`);
      return { name, file: parsed.output };
    });
}
