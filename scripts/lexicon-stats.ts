// `npm run lexicon:stats`: what the lexicon holds, and how much of the development sample it glosses.
import { lexiconFromDisk, readLexiconFiles } from '../src/cli/lexiconFromDisk';
import { lexiconKey, lookupWord } from '../src/domain/lexicon';
import { analyze } from '../src/domain/morphology/analyze';
import { isScored, readGoldTokens } from './dev-data';

const files = readLexiconFiles();
const entries = files.flatMap((file) => file.entries);
const count = (predicate: (entry: (typeof entries)[number]) => boolean): number =>
  entries.filter(predicate).length;
const tally = (values: string[]): string =>
  Object.entries(
    values.reduce<Record<string, number>>(
      (totals, value) => ({ ...totals, [value]: (totals[value] ?? 0) + 1 }),
      {},
    ),
  )
    .sort((a, b) => b[1] - a[1])
    .map(([value, total]) => `${value} ${total}`)
    .join(', ');

const singleWord = entries.filter((entry) => !/\s/.test(entry.lemma.trim()));
const closedClass = new Set([
  'pronoun',
  'determiner',
  'preposition',
  'conjunction',
  'particle',
  'linker',
  'numeral',
  'interjection',
]);
console.log('# Lexicon');
console.log(`entries                 ${entries.length}`);
console.log(
  `roots (open class)      ${count((entry) => !/\s/.test(entry.lemma) && entry.pos.some((pos) => ['noun', 'verb', 'adjective', 'adverb'].includes(pos)) && !entry.pos.includes('name'))}`,
);
console.log(
  `function words          ${count((entry) => entry.pos.every((pos) => closedClass.has(pos)))}`,
);
console.log(`names                   ${count((entry) => entry.pos.includes('name'))}`);
console.log(`phrases (multi-word)    ${entries.length - singleWord.length}`);
console.log(
  `derived forms           ${entries.reduce((total, entry) => total + (entry.derived?.length ?? 0), 0)}`,
);
console.log(`marked unsure           ${count((entry) => entry.unsure === true)}`);
console.log(`with examples           ${count((entry) => entry.example !== undefined)}`);
console.log(
  `loanwords by origin     ${tally(entries.flatMap((entry) => (entry.origin ? [entry.origin] : [])))}`,
);
console.log(`parts of speech         ${tally(entries.flatMap((entry) => entry.pos))}`);

const gold = readGoldTokens();
if (!gold) {
  console.log('\n(no development sample beside the repo: coverage not measured)');
} else {
  const lexicon = lexiconFromDisk();
  const scored = gold.filter(isScored);
  const total = scored.reduce((sum, token) => sum + token.count, 0);
  let lemmaKnown = 0;
  let firstRight = 0;
  let anyEntry = 0;
  const missing = new Map<string, number>();
  for (const token of scored) {
    const lemma = lexiconKey(token.lemma);
    if (lexicon.hasRoot(lemma)) lemmaKnown += token.count;
    const readings = lookupWord(lexicon, analyze, token.form).readings;
    if (readings.length > 0) anyEntry += token.count;
    if (readings[0] && lexiconKey(readings[0].lemma) === lemma) firstRight += token.count;
    else if (!lexicon.hasRoot(lemma)) missing.set(lemma, (missing.get(lemma) ?? 0) + token.count);
  }
  const percent = (part: number): string => `${((100 * part) / total).toFixed(1)}%`;
  console.log(
    `\n# Coverage of the development sample (${total} tokens; names, punctuation, numbers aside)`,
  );
  console.log(`gold root is in the lexicon          ${percent(lemmaKnown)}`);
  console.log(`lookup's first entry is the gold root ${percent(firstRight)}`);
  console.log(`lookup finds some entry              ${percent(anyEntry)}`);
  console.log(
    `\nmost frequent roots still missing: ${[...missing]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([lemma, n]) => `${lemma} ${n}`)
      .join(', ')}`,
  );
}
