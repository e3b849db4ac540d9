// scripts/run-cli.mjs: runs a command-line tool from a bundle, built again when a file it was
// built from changed, so that an edit to the analyzer is never answered by an old bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, bundlePaths, isStale } from '../../scripts/run-cli.mjs';

const root = join(import.meta.dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'tulay-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

type BuildRecord = { builtAt: number; inputs: string[] };
const readRecord = (path: string): BuildRecord =>
  JSON.parse(readFileSync(path, 'utf8')) as BuildRecord;

describe('the command-line launcher', () => {
  const paths = bundlePaths('analyze', directory);

  it('builds a bundle where there is none, and keeps it while its sources are unchanged', async () => {
    expect(isStale(paths)).toBe(true);
    await buildBundle('analyze', paths);
    expect(isStale(paths)).toBe(false);
    const { inputs } = readRecord(paths.record);
    expect(inputs).toContain('src/cli/analyze.ts');
    expect(inputs).toContain('src/domain/morphology/engine.ts');
    expect(inputs).toContain('scripts/run-cli.mjs');
  }, 30_000);

  it('builds again once a source is newer than the build, or gone', async () => {
    await buildBundle('analyze', paths);
    const record = readRecord(paths.record);
    writeFileSync(paths.record, JSON.stringify({ ...record, builtAt: 0 }));
    expect(isStale(paths)).toBe(true);
    const gone = { ...record, inputs: [...record.inputs, 'src/domain/no-such-file.ts'] };
    writeFileSync(paths.record, JSON.stringify(gone));
    expect(isStale(paths)).toBe(true);
    writeFileSync(paths.record, '{ not json');
    expect(isStale(paths)).toBe(true);
  }, 30_000);

  it('names the tools it runs when given another', () => {
    const result = spawnSync('node', [join(root, 'scripts', 'run-cli.mjs'), 'nosuchtool'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/analyze\|lookup\|align/);
  });
});
