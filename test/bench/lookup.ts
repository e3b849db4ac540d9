// Lookup latency in-process: the lexicon's readings of every word of the shipped texts, measured
// from a bundle in a process of its own (see ./bundled).
import { bundleScript, runScript } from './bundled';
import type { LookupFigures } from './lookupPass';
import type { BenchResult } from './measure';
import { shippedTextWords } from './shippedWords';

export async function benchLookup(): Promise<BenchResult[]> {
  const bundle = await bundleScript('test/bench/lookupPass.ts');
  const { entries, loadMs, medianMs, p99Ms } = runScript<LookupFigures>(
    bundle,
    'lookup.txt',
    shippedTextWords(),
  );
  return [
    { name: `lexicon build from disk (${entries} entries)`, value: loadMs, unit: 'ms' },
    { name: 'lookup latency, shipped text words (median)', value: medianMs * 1000, unit: 'µs' },
    { name: 'lookup latency, shipped text words (p99)', value: p99Ms * 1000, unit: 'µs' },
  ];
}
