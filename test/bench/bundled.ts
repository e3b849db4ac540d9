// The code under measure as the app and the command line run it: bundled into one module (by
// esbuild, as the command line's own bundles). The bench itself runs under tsx, which compiles
// each module so that every call of an imported function first calls a getter of the exporting
// module: the analyzer measured so did about two thirds of the words a second it does bundled.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');
const directory = join(root, 'node_modules', '.cache', 'tulay-bench');

/** Bundles the script `entry` (a path from the repository's root); returns the bundle's path. */
export async function bundleScript(entry: string): Promise<string> {
  mkdirSync(directory, { recursive: true });
  const outfile = join(directory, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Runs the bundled script `bundle` in a process of its own, on `words` written one per line to the
 * file `name` (its first argument, `args` after it), and returns what it printed, read as JSON.
 */
export function runScript<Result>(
  bundle: string,
  name: string,
  words: readonly string[],
  ...args: string[]
): Result {
  const file = join(directory, name);
  writeFileSync(file, words.join('\n'));
  const output = execFileSync(process.execPath, [bundle, file, ...args], { encoding: 'utf8' });
  return JSON.parse(output) as Result;
}
