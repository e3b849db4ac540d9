// Serves the production build for the browser benches, on a port of their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Starts `vite preview` and resolves once it answers. Vite itself, not through npx, so that
 * killing the returned process stops the server. */
export async function startPreview(port: number): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}/`;
  const vite = join(import.meta.dirname, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('vite preview did not start');
}
