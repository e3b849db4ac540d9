// `npm run -s lookup`: words one per line on stdin; per word one JSON line with the lexicon's
// entries, best first: {"form", "entries": [{"lemma", "gloss", "pos", "affixes"}]}.
import { lookupWord, type Reading } from '../domain/lexicon';
import { analyze } from '../domain/morphology/analyze';
import { lexiconFromDisk } from './lexiconFromDisk';
import { readStdinLines, writeLines } from './lineIo';

function entryOf(reading: Reading): {
  lemma: string;
  gloss: string;
  pos: string;
  affixes: string[];
} {
  const senses = reading.derived?.senses ?? reading.entry.senses;
  return {
    lemma: reading.lemma,
    gloss: senses.join('; '),
    pos: reading.derived?.pos ?? reading.entry.pos.join(', '),
    affixes: reading.analysis.affixes.map((affix) => affix.form),
  };
}

const lexicon = lexiconFromDisk();
// Each line once per distinct word, as in `analyze`: running text repeats most of its words.
const lines = new Map<string, string>();

writeLines(
  (function* () {
    for (const form of readStdinLines()) {
      let line = lines.get(form);
      if (line === undefined) {
        const word = form.trim();
        const entries = word === '' ? [] : lookupWord(lexicon, analyze, word).readings.map(entryOf);
        line = JSON.stringify({ form, entries });
        lines.set(form, line);
      }
      yield line;
    }
  })(),
);
