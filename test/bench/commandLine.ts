// The command-line tools as a caller meets them: one call of `npm run -s analyze` or `lookup` on
// 100,000 words, start-up, loading and writing the answers included (wall clock, the median of
// three calls). The bundles are built before timing, as after a tool's first call.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median, type BenchResult } from './measure';
import { inflectedWords, newsWords } from './analyzer';
import { shippedTextWords } from './shippedWords';

const root = join(import.meta.dirname, '..', '..');
const WORDS = 100_000;

/** Seconds one call of `tool` takes on `input` (words one per line). */
function secondsPerCall(tool: string, input: string): number {
  const started = performance.now();
  execFileSync('npm', ['run', '-s', tool], {
    cwd: root,
    input,
    maxBuffer: 1 << 30,
  });
  return (performance.now() - started) / 1000;
}

/** The first `WORDS` of `words` repeated as often as needed, one per line. */
const linesOf = (words: readonly string[]): string =>
  Array.from({ length: WORDS }, (_, index) => words[index % words.length]).join('\n') + '\n';

export async function benchCommandLine(): Promise<BenchResult[]> {
  const running = newsWords() ?? shippedTextWords();
  const distinct = [...new Set(inflectedWords())];
  const count = (n: number): string => n.toLocaleString('en');
  const inputs = [
    { name: `${count(WORDS)} words of running text`, text: linesOf(running) },
    {
      name: `${count(WORDS)} words of a word list, ${count(Math.min(WORDS, distinct.length))} distinct`,
      text: linesOf(distinct),
    },
  ];
  const results: BenchResult[] = [];
  for (const tool of ['analyze', 'lookup']) {
    secondsPerCall(tool, 'bahay\n'); // builds the bundle if it is not up to date
    const startUp = median([1, 2, 3].map(() => secondsPerCall(tool, 'bahay\n')));
    results.push({
      name: `npm run -s ${tool}: one word (start-up)`,
      value: startUp * 1000,
      unit: 'ms',
    });
    for (const { name, text } of inputs) {
      const seconds = median([1, 2, 3].map(() => secondsPerCall(tool, text)));
      results.push({
        name: `npm run -s ${tool}: ${name}, one call`,
        value: WORDS / seconds,
        unit: 'words/s',
      });
    }
  }
  return results;
}
