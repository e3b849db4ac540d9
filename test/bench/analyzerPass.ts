// One figure of the analyzer bench, measured in a process of its own and from a bundle (see
// ./analyzer): `node <bundle> <words file> <memo> <rounds>` prints the median rates of `rounds`
// passes over the words (one per line), after two passes to warm up, as JSON.
import { readFileSync } from 'node:fs';
import { analyze, candidateRoots, clearAnalysisCache } from '../../src/domain/morphology/analyze';
import { median } from './measure';

/**
 * `cold`: the memo cleared before each pass; `roots`: the candidate roots alone (what the command
 * line prints, and what a deinflector gives), memo cleared; `unmemoized`: the roots without the
 * memo, as the command line finds them (it keeps its answers as text itself).
 */
export type Memo = 'warm' | 'cold' | 'unmemoized' | 'roots';

// Each rate in two clocks: the process's CPU time, which other work on the machine does not skew
// but which counts the garbage collector's threads too, and the time a caller waits (wall clock).
export interface Rates {
  readonly cpu: number;
  readonly wall: number;
}

function pass(words: readonly string[], memo: Memo): Rates {
  if (memo === 'cold' || memo === 'roots') clearAnalysisCache();
  const start = process.cpuUsage();
  const started = performance.now();
  // A loop each, not one calling any of the functions: the warm loop's call stays inlined.
  if (memo === 'unmemoized') for (const word of words) candidateRoots(word, { memo: false });
  else if (memo === 'roots') for (const word of words) candidateRoots(word);
  else for (const word of words) analyze(word);
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(start);
  return {
    cpu: words.length / ((used.user + used.system) / 1e6),
    wall: words.length / (elapsed / 1e3),
  };
}

const [file, memo, rounds] = process.argv.slice(2) as [string, Memo, string];
const words = readFileSync(file, 'utf8').split('\n');
for (let warmUp = 0; warmUp < 2; warmUp++) pass(words, memo);
const passes = Array.from({ length: Number(rounds) }, () => pass(words, memo));
const rates: Rates = {
  cpu: median(passes.map((rates) => rates.cpu)),
  wall: median(passes.map((rates) => rates.wall)),
};
console.log(JSON.stringify(rates));
