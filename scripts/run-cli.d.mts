// Types of scripts/run-cli.mjs, which Node runs as plain JavaScript.
export interface BundlePaths {
  /** The bundled tool. */
  readonly bundle: string;
  /** When it was built and from which files. */
  readonly record: string;
}

export function bundlePaths(tool: string, directory?: string): BundlePaths;
export function isStale(paths: BundlePaths): boolean;
export function buildBundle(tool: string, paths: BundlePaths): Promise<void>;
