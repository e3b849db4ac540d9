// The lookup bench's figures, measured in a process of its own and from a bundle (see ./lookup):
// `node <bundle> <words file>` prints them as JSON.
import { readFileSync } from 'node:fs';
import { lexiconFromDisk } from '../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../src/domain/lexicon';
import { analyze } from '../../src/domain/morphology/analyze';
import { median, percentile } from './measure';

export interface LookupFigures {
  readonly entries: number;
  readonly loadMs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
}

const words = readFileSync(process.argv[2]!, 'utf8').split('\n');
const loadStart = performance.now();
const lexicon = lexiconFromDisk();
const loadMs = performance.now() - loadStart;
for (const word of words) lookupWord(lexicon, analyze, word); // warm-up
const timings: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const word of words) {
    const start = performance.now();
    lookupWord(lexicon, analyze, word);
    timings.push(performance.now() - start);
  }
}
const figures: LookupFigures = {
  entries: lexicon.size,
  loadMs,
  medianMs: median(timings),
  p99Ms: percentile(timings, 99),
};
console.log(JSON.stringify(figures));
