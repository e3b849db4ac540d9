// What the first page downloads, and what the lexicon adds, measured on the production build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './measure';

const gzipKb = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

export function benchBundle(dist: string): BenchResult[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstScripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  const firstCss = [...html.matchAll(/href="\.?\/?(assets\/[^"]+\.css)"/g)].map(
    (match) => match[1]!,
  );
  const assets = readdirSync(join(dist, 'assets'));
  // The lexicon ships as three chunks (scripts/lexiconBundle.ts): the core, fetched before the
  // first tap, and the details and extra entries, fetched when the learner reaches for a word.
  const lexiconChunk = (part: string): string[] =>
    assets.filter((asset) => asset.includes(`lexicon-${part}-`) && asset.endsWith('.js'));
  const sum = (files: readonly string[]): number =>
    files.reduce((total, file) => total + gzipKb(join(dist, file)), 0);
  const allJs = assets.filter((asset) => asset.endsWith('.js'));
  return [
    { name: 'first page JS (gzip)', value: sum(firstScripts), unit: 'KB' },
    { name: 'first page CSS (gzip)', value: sum(firstCss), unit: 'KB' },
    {
      name: 'lexicon core, fetched before the first tap (gzip)',
      value: sum(lexiconChunk('core').map((chunk) => `assets/${chunk}`)),
      unit: 'KB',
    },
    {
      name: 'lexicon details, fetched when a word is reached (gzip)',
      value: sum(lexiconChunk('details').map((chunk) => `assets/${chunk}`)),
      unit: 'KB',
    },
    {
      name: 'lexicon extra entries (English, names, literary, loanwords), fetched with the details (gzip)',
      value: sum(lexiconChunk('extra').map((chunk) => `assets/${chunk}`)),
      unit: 'KB',
    },
    { name: 'all JS (gzip)', value: sum(allJs.map((chunk) => `assets/${chunk}`)), unit: 'KB' },
    {
      name: 'precached by the service worker',
      value: readdirSync(dist, { recursive: true, withFileTypes: false })
        .map(String)
        .filter((file) => /\.(js|css|html|json|svg|png)$/.test(file))
        .reduce((total, file) => total + statSync(join(dist, file)).size / 1024, 0),
      unit: 'KB raw',
    },
  ];
}
