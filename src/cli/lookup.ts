// `npm run -s lookup`: words one per line on stdin; per word one JSON line with the lexicon's
// entries, best first: {"form", "entries": [{"lemma", "gloss", "pos", "affixes"}]}.
import { lookupWord, type LookupResult, type Reading } from '../domain/lexicon';
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

/**
 * The entries of `readings`, each once: a derived form that means what its root means (`pangalan`,
 * name, under ngalan) is a reading of its own in the app, and the same entry here.
 */
function entriesOf(readings: readonly Reading[]): string[] {
  const entries = readings.map((reading) => JSON.stringify(entryOf(reading)));
  return entries.filter((entry, index) => entries.indexOf(entry) === index);
}

/**
 * The word's readings; for a hyphenated compound the lexicon does not list but whose parts it
 * knows (`pusong-bato`, heart of stone), each part's best reading in order, as the gloss shows it.
 */
const readingsOf = ({ readings, parts }: LookupResult): readonly Reading[] =>
  readings.length > 0 ? readings : (parts?.map((part) => part.reading) ?? []);

const lexicon = lexiconFromDisk();
answerEachLine(
  (word, form) =>
    `{"form":${JSON.stringify(form)},"entries":[${entriesOf(readingsOf(lookupWord(lexicon, analyze, word))).join(',')}]}`,
  (form) => JSON.stringify({ form, entries: [] }),
);
