/**
 * The whole local system for a browser test file, started by the same code `npm start` runs
 * (local/start.ts as a child process) on free ports, with the console built once per run.
 * One system per test file: start it in beforeAll, stop it in afterAll.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureConsoleBuilt } from '../../../local/console-build';
import { freePort } from '../../../local/ports';
import { shellEnv } from '../../support/shell-env';

const ROOT = resolve(__dirname, '../../..');

export interface SystemUser {
  label: string;
  role: string;
  name: string;
  sub: string;
  email: string;
  institutionId?: string;
  staffId?: string;
  token: string;
}

export interface LocalSystem {
  consoleUrl: string;
  apiUrl: string;
  inboxUrl: string;
  issuer: string;
  users: SystemUser[];
  /** A demo user by sub (e.g. demo-staff-chen). */
  user(sub: string): SystemUser;
  /** Calls the API as a user (for arranging data and checking what the browser did). */
  api(
    sub: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any }>;
  output(): string;
  stop(): Promise<void>;
}

/** Starts the system; `env` adds settings (e.g. TEC_ID_TOKEN_SECONDS to see tokens renewed). */
export async function startSystem(options: { env?: Record<string, string> } = {}): Promise<LocalSystem> {
  await ensureConsoleBuilt();
  const localDir = mkdtempSync(join(tmpdir(), 'tec-e2e-'));
  const ports: number[] = [];
  while (ports.length < 6) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const [api, dynamo, ses, consolePort, idp, s3] = ports as [number, number, number, number, number, number];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'local/start.ts',
      '--quiet',
      ...['--port', `${api}`, '--dynamo-port', `${dynamo}`, '--ses-port', `${ses}`],
      ...['--console-port', `${consolePort}`, '--idp-port', `${idp}`, '--s3-port', `${s3}`],
    ],
    { cwd: ROOT, env: shellEnv({ TEC_LOCAL_DIR: localDir, ...options.env }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const deadline = Date.now() + 150_000;
  while (!/is running/.test(output)) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`npm start exited:\n${output.slice(-4000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`npm start did not come up:\n${output.slice(-4000)}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  const tokens = JSON.parse(readFileSync(join(localDir, 'tokens.json'), 'utf8')) as {
    apiUrl: string;
    consoleUrl: string;
    issuer: string;
    inboxUrl: string;
    users: SystemUser[];
  };
  const user = (sub: string) => {
    const found = tokens.users.find((u) => u.sub === sub);
    if (!found) throw new Error(`no demo user ${sub} (have ${tokens.users.map((u) => u.sub).join(', ')})`);
    return found;
  };
  return {
    consoleUrl: tokens.consoleUrl,
    apiUrl: tokens.apiUrl,
    inboxUrl: tokens.inboxUrl,
    issuer: tokens.issuer,
    users: tokens.users,
    user,
    async api(sub, method, path, body, headers = {}) {
      const response = await fetch(`${tokens.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${user(sub).token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
      };
    },
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(localDir, { recursive: true, force: true });
    },
  };
}
