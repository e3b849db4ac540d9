// Runs a command-line tool of src/cli (`node scripts/run-cli.mjs analyze < words.txt`) from a
// bundle of it built once, and built again whenever a file it was built from has changed. Plain
// JavaScript, so Node runs it as it is: compiling the TypeScript on every call took half a second
// before the first word was read.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = ['analyze', 'lookup', 'align'];

/**
 * Where the bundle of `tool` is kept, and the record of what it was built from.
 * @param {string} tool
 * @param {string} [directory]
 */
export function bundlePaths(
  tool,
  directory = join(repoRoot, 'node_modules', '.cache', 'tulay-cli'),
) {
  return { bundle: join(directory, `${tool}.mjs`), record: join(directory, `${tool}.inputs.json`) };
}

/**
 * Whether the bundle must be built (again): it or its record is missing or unreadable, or a file
 * it was built from changed or is gone since the build began.
 * @param {{ bundle: string, record: string }} paths
 */
export function isStale({ bundle, record }) {
  try {
    statSync(bundle);
    /** @type {{ builtAt: number, inputs: string[] }} */
    const { builtAt, inputs } = JSON.parse(readFileSync(record, 'utf8'));
    if (typeof builtAt !== 'number' || !Array.isArray(inputs)) return true;
    return inputs.some((input) => statSync(join(repoRoot, input)).mtimeMs > builtAt);
  } catch {
    return true;
  }
}

/**
 * Bundles src/cli/<tool>.ts with esbuild (Vite's own bundler for dependencies, also behind tsx)
 * into one file. Written under a temporary name and renamed, so that two tools started at once
 * never read a half-written bundle.
 * @param {string} tool
 * @param {{ bundle: string, record: string }} paths
 */
export async function buildBundle(tool, { bundle, record }) {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [join('src', 'cli', `${tool}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    outfile: bundle,
    logLevel: 'error',
  });
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `.${process.pid}.tmp`;
  writeFileSync(bundle + temporary, result.outputFiles[0].contents);
  // The launcher too: a change to how bundles are built makes each stale.
  const inputs = [...Object.keys(result.metafile.inputs), 'scripts/run-cli.mjs'];
  writeFileSync(record + temporary, JSON.stringify({ builtAt, inputs }));
  renameSync(bundle + temporary, bundle);
  renameSync(record + temporary, record);
}

async function main() {
  const tool = process.argv[2] ?? '';
  if (!TOOLS.includes(tool)) {
    console.error(`usage: node scripts/run-cli.mjs <${TOOLS.join('|')}> [arguments]`);
    process.exit(2);
  }
  const paths = bundlePaths(tool);
  if (isStale(paths)) await buildBundle(tool, paths);
  // The tool reads its own arguments from argv[2] on, as when run directly.
  process.argv.splice(2, 1);
  await import(pathToFileURL(paths.bundle).href);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
