// `npm run eval:morph`: how well the analyzer finds roots in the development sample.
//   recall  the gold lemma is among the analyzer's candidates
//   top-1   the first candidate that the lexicon knows is the gold lemma; "gold lexicon" = every
//           gold lemma (as ../shared/dev/score-lemmas.mjs does), "real lexicon" = content/lexicon
//   gloss   lookupWord's first reading (content/lexicon) has the gold lemma
//   gloss in context   the same, with each word's neighbours in its sentence, as the reader looks
//           words up (the treebanks' sentences; the word alone on the same tokens for comparison)
// Options: --misses N lists the N most frequent changed tokens the analyzer misses or ranks wrong.
import { lexiconFromDisk } from '../src/cli/lexiconFromDisk';
import { lexiconKey, lookupWord, type SentenceContext } from '../src/domain/lexicon';
import { analyze, candidateRoots } from '../src/domain/morphology/analyze';
import {
  isScored,
  readGoldSentences,
  readGoldTokens,
  type GoldToken,
  type GoldWord,
} from './dev-data';

interface Tally {
  tokens: number;
  recall: number;
  top1Gold: number;
  top1Real: number;
  gloss: number;
}

const gold = readGoldTokens();
if (!gold) {
  console.log('No development sample beside the repo (../shared/dev): nothing to evaluate.');
  process.exit(0);
}
const missesWanted = Number(process.argv[process.argv.indexOf('--misses') + 1] ?? 0) || 0;

const lexicon = lexiconFromDisk();
const goldLexicon = new Set(gold.map((token) => token.lemma));
const tokens = gold.filter(isScored);
const empty = (): Tally => ({ tokens: 0, recall: 0, top1Gold: 0, top1Real: 0, gloss: 0 });
const all = empty();
const changed = empty();
const misses = new Map<string, number>();

const started = performance.now();
const candidatesOf = new Map<string, readonly string[]>();
for (const token of tokens)
  if (!candidatesOf.has(token.form)) candidatesOf.set(token.form, candidateRoots(token.form));
const analyzeMs = performance.now() - started;

function score(token: GoldToken): void {
  const candidates = candidatesOf.get(token.form) ?? [];
  const inGold = candidates.find((candidate) => goldLexicon.has(candidate)) ?? token.form;
  const inReal = candidates.find((candidate) => lexicon.hasRoot(candidate)) ?? token.form;
  const first = lookupWord(lexicon, analyze, token.form).readings[0];
  const hits = {
    recall: candidates.includes(token.lemma),
    top1Gold: inGold === token.lemma,
    top1Real: lexiconKey(inReal) === lexiconKey(token.lemma),
    gloss: first !== undefined && lexiconKey(first.lemma) === lexiconKey(token.lemma),
  };
  const isChanged = token.form !== token.lemma;
  for (const tally of isChanged ? [all, changed] : [all]) {
    tally.tokens += token.count;
    for (const key of ['recall', 'top1Gold', 'top1Real', 'gloss'] as const)
      if (hits[key]) tally[key] += token.count;
  }
  if (isChanged && (!hits.recall || !hits.top1Gold)) {
    const label = `${token.form} → ${token.lemma}  (${hits.recall ? `ranked after ${inGold}` : 'not found'})`;
    misses.set(label, (misses.get(label) ?? 0) + token.count);
  }
}
tokens.forEach(score);

const percent = (part: number, whole: number): string =>
  `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`.padStart(8);
console.log(
  `# Analyzer on the development sample: ${all.tokens} tokens, ${candidatesOf.size} distinct forms, ` +
    `lexicon ${lexicon.size} entries`,
);
console.log('                 recall   top-1 gold   top-1 real   gloss (lookup)');
for (const [name, tally] of [
  ['all', all],
  ['changed', changed],
] as const)
  console.log(
    `${name.padEnd(10)} ${percent(tally.recall, tally.tokens)} ${percent(tally.top1Gold, tally.tokens).padStart(12)}` +
      ` ${percent(tally.top1Real, tally.tokens).padStart(12)} ${percent(tally.gloss, tally.tokens).padStart(12)}`,
  );
const candidateCounts = [...candidatesOf.values()].map((list) => list.length);
console.log(
  `candidates per form: mean ${(candidateCounts.reduce((a, b) => a + b, 0) / candidateCounts.length).toFixed(2)}; ` +
    `analysis of the distinct forms, cold: ${analyzeMs.toFixed(0)} ms`,
);

/** The neighbours of word `index` as the reader gives them: lower-cased words, none across punctuation. */
function contextOf(sentence: readonly GoldWord[], index: number): SentenceContext {
  const neighbour = (word: GoldWord | undefined): string | undefined =>
    word && word.upos !== 'PUNCT' ? lexiconKey(word.form) : undefined;
  const previous = neighbour(sentence[index - 1]);
  const next = neighbour(sentence[index + 1]);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

const sentences = readGoldSentences() ?? [];
const inContext = { all: [0, 0, 0], changed: [0, 0, 0] }; // tokens, alone, in context
for (const sentence of sentences)
  sentence.forEach((word, index) => {
    if (!isScored(word)) return;
    const right = (context?: SentenceContext): boolean => {
      const first = lookupWord(lexicon, analyze, word.form, context).readings[0];
      return first !== undefined && lexiconKey(first.lemma) === lexiconKey(word.lemma);
    };
    const alone = right();
    const withNeighbours = right(contextOf(sentence, index));
    for (const tally of word.form.toLowerCase() !== word.lemma.toLowerCase()
      ? [inContext.all, inContext.changed]
      : [inContext.all]) {
      tally[0]! += 1;
      if (alone) tally[1]! += 1;
      if (withNeighbours) tally[2]! += 1;
    }
  });
if (sentences.length > 0) {
  console.log(`gloss in sentence context (${sentences.length} treebank sentences):`);
  for (const [name, [count = 0, alone = 0, context = 0]] of Object.entries(inContext))
    console.log(
      `${name.padEnd(10)} ${percent(context, count)} in context, ${percent(alone, count).trim()} alone (${count} tokens)`,
    );
}
if (missesWanted > 0) {
  console.log(`\nmost frequent changed tokens missed or ranked wrong (gold lexicon):`);
  for (const [label, count] of [...misses].sort((a, b) => b[1] - a[1]).slice(0, missesWanted))
    console.log(`${String(count).padStart(5)}  ${label}`);
}
