// Lookup latency in-process: the lexicon's readings of every word of the shipped texts.
import { lexiconFromDisk } from '../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../src/domain/lexicon';
import { analyze } from '../../src/domain/morphology/analyze';
import { median, percentile, type BenchResult } from './measure';
import { shippedTextWords } from './shippedWords';

export async function benchLookup(): Promise<BenchResult[]> {
  const loadStart = performance.now();
  const lexicon = lexiconFromDisk();
  const loadMs = performance.now() - loadStart;
  const words = shippedTextWords();
  for (const word of words) lookupWord(lexicon, analyze, word); // warm-up
  const timings: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const word of words) {
      const start = performance.now();
      lookupWord(lexicon, analyze, word);
      timings.push(performance.now() - start);
    }
  }
  return [
    { name: `lexicon build from disk (${lexicon.size} entries)`, value: loadMs, unit: 'ms' },
    {
      name: 'lookup latency, shipped text words (median)',
      value: median(timings) * 1000,
      unit: 'µs',
    },
    {
      name: 'lookup latency, shipped text words (p99)',
      value: percentile(timings, 99) * 1000,
      unit: 'µs',
    },
  ];
}
