/**
 * The benchmark (bench/run.ts, `npm run bench`) is not part of `npm test`, but its quick mode is,
 * so it cannot rot: run as package.json runs it, in a child process that starts and stops its
 * own DynamoDB Local, it must finish and report every section. Timings are not asserted — the
 * benchmark states its targets; a test on a shared machine would only be flaky.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the quick benchmark end to end and reports every section', async () => {
  const out = join(dir, 'quick.json');
  const { code, stdout, stderr } = await runBench(['--quick', '--out', out]);
  if (code !== 0) throw new Error(`bench exited ${code}:\n${stderr.slice(-4000)}`);

  for (const heading of [
    '1. Bundle size',
    '2. Cold start',
    '3. Middleware overhead',
    '4. DynamoDB work per operation',
    '5. Growth',
    '6. Contention',
    '8. The console',
    'Targets',
  ]) {
    expect(stdout).toContain(heading);
  }
  expect(stderr).toContain('Stopping DynamoDB Local');

  const result = JSON.parse(readFileSync(out, 'utf8'));
  expect(result.mode).toBe('quick');
  const functions = result.bundles.map((b: { function: string }) => b.function);
  expect(functions).toEqual(expect.arrayContaining(['baseline', 'rotations', 'notifier']));
  for (const bundle of result.bundles) expect(bundle.topInputs).toHaveLength(3);
  expect(result.coldStart.map((c: { function: string }) => c.function).sort()).toEqual([...functions].sort());
  expect(result.overhead.pairs).toBeGreaterThan(0);
  expect(result.operations.rows.map((r: { operation: string }) => r.operation)).toEqual([
    'create placement',
    'create rotation',
    'reschedule rotation',
    'confirm rotation',
    'list my rotations',
    'occupancy (a month)',
    'placement history',
    'programme schedule',
    'host occupancy (a month)',
  ]);
  expect(result.growth.rows).toHaveLength(result.operations.rows.length);
  expect(result.contention.runs).toHaveLength(1);
  expect(result.console.initialJs.gzipBytes).toBeGreaterThan(0);
  expect(result.targets.length).toBeGreaterThan(0);
}, 600_000);
