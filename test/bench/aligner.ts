// Aligner and splitter speed on synthetic text, generated deterministically: 2,000 Tagalog-like
// sentences and their 2,000 "translations" (shared names and numbers, English ~0.83 the length,
// a few sentences dropped or merged on one side).
import { alignSentences } from '../../src/domain/alignment/align';
import { splitSentences } from '../../src/domain/text/splitSentences';
import { median, type BenchResult } from './measure';
import { seededRandom } from '../../scripts/seededRandom';

const SYLLABLES = [
  'ka',
  'ma',
  'na',
  'pa',
  'sa',
  'ta',
  'la',
  'ba',
  'ga',
  'ya',
  'ngi',
  'bu',
  'tu',
  'lo',
];
const NAMES = ['Reyes', 'Santos', 'Cruz', 'Manila', 'Cebu', 'Davao', 'Garcia', 'Mendoza', 'Luzon'];

function syntheticPair(random: () => number): { tl: string; en: string } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = (): string =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
  const count = 6 + Math.floor(random() * 20);
  const tlWords = Array.from({ length: count }, word);
  const enWords = Array.from({ length: Math.round(count * 0.83) }, word);
  const name = pick(NAMES);
  const number = String(Math.floor(random() * 2000));
  tlWords.splice(1, 0, name, number);
  enWords.splice(2, 0, name, number);
  const sentence = (words: string[]): string =>
    `${words.join(' ')}.`.replace(/^./u, (first) => first.toUpperCase());
  return { tl: sentence(tlWords), en: sentence(enWords) };
}

export function syntheticTexts(size: number, seed = 2000): { tl: string[]; en: string[] } {
  const random = seededRandom(seed);
  const tl: string[] = [];
  const en: string[] = [];
  while (tl.length < size || en.length < size) {
    const pair = syntheticPair(random);
    const edit = random();
    if (edit < 0.01)
      tl.push(pair.tl); // English left out
    else if (edit < 0.02)
      en.push(pair.en); // Tagalog left out
    else if (edit < 0.03 && en.length > 0) {
      tl.push(pair.tl);
      en[en.length - 1] = `${en.at(-1)!.slice(0, -1)}; ${pair.en}`; // merged in English
    } else {
      tl.push(pair.tl);
      en.push(pair.en);
    }
  }
  return { tl: tl.slice(0, size), en: en.slice(0, size) };
}

export async function benchAligner(): Promise<BenchResult[]> {
  const { tl, en } = syntheticTexts(2000);
  alignSentences(tl.slice(0, 200), en.slice(0, 200)); // warm-up
  const alignTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    alignSentences(tl, en);
    alignTimes.push(performance.now() - start);
  }
  const text = tl
    .map((sentence, index) => (index % 5 === 4 ? `${sentence}\n\n` : `${sentence} `))
    .join('');
  splitSentences(text); // warm-up
  const splitTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    splitSentences(text);
    splitTimes.push(performance.now() - start);
  }
  const splitMs = median(splitTimes);
  return [
    {
      name: `align ${tl.length} × ${en.length} sentences (median of 5)`,
      value: median(alignTimes),
      unit: 'ms',
    },
    {
      name: `split ${(text.length / 1e6).toFixed(2)} MB into sentences (median of 5)`,
      value: splitMs,
      unit: 'ms',
    },
    { name: 'splitter throughput', value: tl.length / (splitMs / 1000), unit: 'sentences/s' },
  ];
}
