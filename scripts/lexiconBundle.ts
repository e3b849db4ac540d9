// A Vite plugin that ships the lexicon as two modules built from content/lexicon/*.json: the
// core every gloss needs (prefetched by the reader) and the details (notes, examples) fetched
// when the learner first reaches for a word. Source files are validated as they are read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readLexiconFiles } from '../src/cli/readLexiconFiles.ts';
import { splitLexicon } from '../src/domain/lexicon/split.ts';

const CORE = 'virtual:lexicon-core';
const DETAILS = 'virtual:lexicon-details';

export function lexiconBundle(root: string): Plugin {
  const directory = join(root, 'content', 'lexicon');
  return {
    name: 'tulay-lexicon-bundle',
    resolveId(id) {
      return id === CORE || id === DETAILS ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${CORE}` && id !== `\0${DETAILS}`) return undefined;
      for (const name of readdirSync(directory))
        if (name.endsWith('.json')) this.addWatchFile(join(directory, name));
      const { core, details } = splitLexicon(readLexiconFiles(directory));
      const data = id === `\0${CORE}` ? core : details;
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
