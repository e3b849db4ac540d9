// `npm run -s lookup`: words one per line on stdin; per word one JSON line with the lexicon's
// entries, best first: {"form", "entries": [{"lemma", "gloss", "pos", "affixes"}]}.
import { lookupWord, type Reading } from '../domain/lexicon';
import { analyze } from '../domain/morphology/analyze';
import { lexiconFromDisk } from './lexiconFromDisk';
import { answerEachLine } from './lineIo';

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
answerEachLine(
  (word, form) =>
    JSON.stringify({ form, entries: lookupWord(lexicon, analyze, word).readings.map(entryOf) }),
  (form) => JSON.stringify({ form, entries: [] }),
);
