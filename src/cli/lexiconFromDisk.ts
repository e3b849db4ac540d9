// Loads the lexicon from content/lexicon for the command-line tools, validating each file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { Lexicon, LexiconFileSchema, type LexiconFile } from '../domain/lexicon';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readLexiconFiles(directory = join(repoRoot, 'content/lexicon')): LexiconFile[] {
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
      return parsed.output;
    });
}

export function lexiconFromDisk(): Lexicon {
  return new Lexicon(readLexiconFiles());
}
