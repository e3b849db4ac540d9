// The code under measure as the app and the command line run it: bundled into one module (by
// esbuild, as the command line's own bundles). The bench itself runs under tsx, which compiles
// each module so that every call of an imported function first calls a getter of the exporting
// module: the analyzer measured so did about two thirds of the words a second it does bundled.
import { mkdirSync } from 'node:fs';
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

/** Where a bench keeps the input it hands a bundled script. */
export const inputPath = (name: string): string => join(directory, name);
