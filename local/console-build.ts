/**
 * Builds the web console (Vite) when its build is missing or older than its sources, once even
 * when several processes ask at the same moment (parallel test files): the first takes a lock
 * directory, the others wait for it to go.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONSOLE_ROOT = resolve(__dirname, '..', 'console');
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The build is there and newer than every source file (src, index.html, the Vite config). */
export function consoleBuildIsFresh(dist = CONSOLE_DIST): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  const sources = ['src', 'index.html', 'vite.config.mts', 'public']
    .map((p) => join(CONSOLE_ROOT, p))
    .filter(existsSync);
  return sources.every((p) => newestMtime(p) <= built);
}

/** Runs `vite build` in its own process (Vite is ESM with native parts; test runners' module systems are not). */
export function buildConsole(dist = CONSOLE_DIST): Promise<void> {
  const vite = join(CONSOLE_ROOT, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [vite, 'build', CONSOLE_ROOT, '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: join(CONSOLE_ROOT, '..'), env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error ? fail(new Error(`console build failed: ${stderr || error.message}`)) : done(),
    );
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Builds unless fresh; returns whether it built. Safe to call from parallel processes. */
export async function ensureConsoleBuilt(options: { force?: boolean } = {}): Promise<'built' | 'fresh'> {
  if (!options.force && consoleBuildIsFresh()) return 'fresh';
  const lock = join(CONSOLE_ROOT, '.build-lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else builds; a lock older than 3 minutes is left over from a killed build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another console build');
      await sleep(250);
      if (!existsSync(lock) && consoleBuildIsFresh()) return 'fresh';
    }
  }
  try {
    if (!options.force && consoleBuildIsFresh()) return 'fresh';
    await buildConsole();
    return 'built';
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
