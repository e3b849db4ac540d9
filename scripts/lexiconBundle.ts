// A Vite plugin that ships the lexicon as three modules built from content/lexicon/*.json: the
// core every gloss needs (prefetched by the reader, and packed: see packedCore.ts), and two parts
// fetched when the learner first reaches for a word: the details (notes, examples) and the extra
// entries (English words met as is, names, words of literary prose, loanwords of particular
// fields), which a reader needs least before the first tap. Source files are validated as they
// are read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readNamedLexiconFiles } from '../src/cli/readLexiconFiles.ts';
import { packCore } from '../src/domain/lexicon/packedCore.ts';
import { splitLexicon } from '../src/domain/lexicon/split.ts';

const CORE = 'virtual:lexicon-core';
const DETAILS = 'virtual:lexicon-details';
const EXTRA = 'virtual:lexicon-extra';
const MODULES = [CORE, DETAILS, EXTRA];

/** Files shipped whole in the extra part, not in the core. */
const EXTRA_FILES = new Set([
  'abbreviations.json',
  'english-common.json',
  'english-words.json',
  'names.json',
  'philippine-names.json',
  'literary.json',
  'loanwords.json',
]);

/** The three modules' data, from the lexicon files. */
function buildModules(directory: string): Record<string, unknown> {
  const named = readNamedLexiconFiles(directory);
  const extra = named.filter(({ name }) => EXTRA_FILES.has(name)).map(({ file }) => file);
  const { core, details } = splitLexicon(
    named.filter(({ name }) => !EXTRA_FILES.has(name)).map(({ file }) => file),
  );
  return {
    [CORE]: packCore(core),
    [DETAILS]: details,
    [EXTRA]: {
      format: 'tulay-lexicon',
      version: 1,
      entries: extra.flatMap((file) => file.entries),
    },
  };
}

export function lexiconBundle(root: string): Plugin {
  const directory = join(root, 'content', 'lexicon');
  // Read and validated once for the three modules, again after a lexicon file changes.
  let modules: Record<string, unknown> | undefined;
  return {
    name: 'tulay-lexicon-bundle',
    buildStart() {
      modules = undefined;
    },
    watchChange(id) {
      if (id.startsWith(directory)) modules = undefined;
    },
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const module = MODULES.find((name) => id === `\0${name}`);
      if (!module) return undefined;
      for (const name of readdirSync(directory))
        if (name.endsWith('.json')) this.addWatchFile(join(directory, name));
      modules ??= buildModules(directory);
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(modules[module]))});`;
    },
  };
}
