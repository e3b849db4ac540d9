// `npm run bench`: builds the app, then measures size and speed. Figures, not pass/fail.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchBrowser } from './browser';
import { benchBundle } from './bundle';
import type { BenchResult } from './measure';

const root = join(import.meta.dirname, '..', '..');
type Suite = { name: string; run: () => Promise<BenchResult[]> };

async function optionalSuite(file: string, exportName: string): Promise<Suite | undefined> {
  if (!existsSync(join(import.meta.dirname, `${file}.ts`))) return undefined;
  const module = (await import(`./${file}.ts`)) as Record<string, () => Promise<BenchResult[]>>;
  const run = module[exportName];
  return run ? { name: file, run } : undefined;
}

async function main(): Promise<void> {
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  const suites: Suite[] = [
    { name: 'bundle', run: async () => benchBundle(join(root, 'dist')) },
    { name: 'browser', run: benchBrowser },
  ];
  for (const [file, exportName] of [
    ['analyzer', 'benchAnalyzer'],
    ['lookup', 'benchLookup'],
    ['aligner', 'benchAligner'],
    ['vocabulary', 'benchVocabulary'],
  ] as const) {
    const suite = await optionalSuite(file, exportName);
    if (suite) suites.push(suite);
  }
  const only = process.argv.slice(2);
  for (const suite of suites) {
    if (only.length > 0 && !only.includes(suite.name)) continue;
    console.log(`\n## ${suite.name}`);
    for (const result of await suite.run()) {
      const value =
        result.value >= 100
          ? Math.round(result.value).toLocaleString('en')
          : result.value.toFixed(1);
      console.log(`${result.name.padEnd(64)} ${value.padStart(12)} ${result.unit}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
