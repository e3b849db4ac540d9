// Lookup latency in-process: the lexicon's readings of every word of the seed article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFromDisk } from '../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../src/domain/lexicon';
import { analyze } from '../../src/domain/morphology/analyze';
import { tokenize } from '../../src/domain/text/tokenize';
import { median, percentile, type BenchResult } from './measure';

export async function benchLookup(): Promise<BenchResult[]> {
  const loadStart = performance.now();
  const lexicon = lexiconFromDisk();
  const loadMs = performance.now() - loadStart;
  const text = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../content/texts/digital-rmb.json'), 'utf8'),
  ) as {
    paragraphs: { sentences: { text: string }[] }[];
  };
  const words = text.paragraphs
    .flatMap((paragraph) => paragraph.sentences)
    .flatMap((sentence) =>
      tokenize(sentence.text)
        .filter((token) => token.kind === 'word')
        .map((token) => token.text),
    );
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
    { name: 'lookup latency, seed words (median)', value: median(timings) * 1000, unit: 'µs' },
    { name: 'lookup latency, seed words (p99)', value: percentile(timings, 99) * 1000, unit: 'µs' },
  ];
}
