// Reads and validates content/lexicon/*.json from disk: for the command-line tools, the tests and
// the build (scripts/lexiconBundle.ts). Its imports name their files, so Vite's config loader
// can read it as is.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { LexiconFileSchema, type LexiconFile } from '../domain/lexicon/entry.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

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
