// `npm run -s align -- <tagalog.txt> <english.txt>`: splits both plain texts into sentences,
// aligns them and prints one JSON line per pair, {"tl": "…", "en": "…"}, the sentences of a side
// joined by a space ("" for a sentence with no counterpart).
import { readFileSync } from 'node:fs';
import { alignSentences } from '../domain/alignment/align';
import { splitSentences } from '../domain/text/splitSentences';
import { writeLines } from './lineIo';

function readText(path: string | undefined, role: string): string {
  if (!path) {
    console.error(
      `align: missing the ${role} file.\nusage: npm run -s align -- <tagalog.txt> <english.txt>`,
    );
    process.exit(2);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    console.error(`align: cannot read the ${role} file ${path} (${reason}).`);
    process.exit(2);
  }
}

const [tagalogPath, englishPath] = process.argv.slice(2);
const tl = splitSentences(readText(tagalogPath, 'Tagalog'));
const en = splitSentences(readText(englishPath, 'English'));
writeLines(
  alignSentences(tl, en).map((bead) =>
    JSON.stringify({
      tl: bead.tl.map((index) => tl[index]!).join(' '),
      en: bead.en.map((index) => en[index]!).join(' '),
    }),
  ),
);
