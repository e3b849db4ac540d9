// `npm run bench [suite …]`: measures size and speed, all suites or the ones named. Figures, not
// pass/fail. Suites that load the app build it first.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { benchAligner } from './aligner';
import { benchAnalyzer } from './analyzer';
import { benchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchCommandLine } from './commandLine';
import { benchLookup } from './lookup';
import type { BenchResult } from './measure';
import { benchVocabulary } from './vocabulary';

const root = join(import.meta.dirname, '..', '..');

interface Suite {
  readonly name: string;
  readonly needsBuild: boolean;
  readonly run: () => Promise<BenchResult[]>;
}

const SUITES: readonly Suite[] = [
  { name: 'bundle', needsBuild: true, run: async () => benchBundle(join(root, 'dist')) },
  { name: 'browser', needsBuild: true, run: benchBrowser },
  { name: 'analyzer', needsBuild: false, run: benchAnalyzer },
  { name: 'lookup', needsBuild: false, run: benchLookup },
  { name: 'cli', needsBuild: false, run: benchCommandLine },
  { name: 'aligner', needsBuild: false, run: benchAligner },
  { name: 'vocabulary', needsBuild: true, run: benchVocabulary },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown suite: ${unknown.join(', ')}. Suites: ${SUITES.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  const chosen = SUITES.filter((suite) => only.length === 0 || only.includes(suite.name));
  if (chosen.some((suite) => suite.needsBuild))
    execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  for (const suite of chosen) {
    console.log(`\n## ${suite.name}`);
    for (const result of await suite.run()) {
      const value =
        result.value >= 100
          ? Math.round(result.value).toLocaleString('en')
          : result.value.toFixed(1);
      console.log(`${result.name.padEnd(72)} ${value.padStart(12)} ${result.unit}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
