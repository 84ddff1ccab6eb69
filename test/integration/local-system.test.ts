/**
 * The local system as a person runs it: `npm start` as a child process on free ports — it comes
 * up, a printed token reaches a real handler reading DynamoDB Local, the inbox answers, and
 * Ctrl-C leaves no Java process behind; a port in use is one clear line and a non-zero exit.
 * Also the demo data loader against the harness (every rule of the API applied to it), the
 * demo data's names, and `npm run token`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assertPortFree, freePort } from '../../local/ports';
import { createSigner, loadOrCreateKey } from '../../local/jwt';
import { findDemoData, loadDemoData, type DemoData } from '../../local/load-demo-data';
import * as demo from '../../local/demo-data';
import { parseTokenArgs } from '../../scripts/token';
import { HA_CLUSTERS } from '../../shared/schemas';
import { startHarness, type Harness } from '../support/harness';
import { ContractCheck } from '../support/contract-check';
import { shellEnv } from '../support/shell-env';

const ROOT = resolve(__dirname, '../..');

// ---------- running a script as a child process ----------

interface Run {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of pattern in stdout; rejects if the process exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  exited(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a TypeScript entry point the way package.json's scripts do (node with tsx's loader). */
function run(script: string, args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const tail = () => `\n--- stdout ---\n${stdout.slice(-3000)}\n--- stderr ---\n${stderr.slice(-3000)}`;
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    async waitFor(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = stdout.match(pattern);
        if (match) return match;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}${tail()}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms${tail()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    exited: (timeoutMs) =>
      Promise.race([
        exit,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms${tail()}`)), timeoutMs).unref(),
        ),
      ]),
  };
}

/** Alive and not a zombie (a zombie is dead, only not yet reaped). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

type SixPorts = [number, number, number, number, number, number];
/** Free ports for the API, DynamoDB Local, SES, the console, its sign-in and S3, as flags for npm start. */
async function freePorts(): Promise<{ ports: SixPorts; flags: string[] }> {
  const ports = new Set<number>();
  while (ports.size < 6) ports.add(await freePort());
  const [api, dynamo, ses, consolePort, idp, s3] = [...ports] as SixPorts;
  return {
    ports: [api, dynamo, ses, consolePort, idp, s3],
    flags: [
      ...['--port', `${api}`, '--dynamo-port', `${dynamo}`, '--ses-port', `${ses}`],
      ...['--console-port', `${consolePort}`, '--idp-port', `${idp}`, '--s3-port', `${s3}`],
    ],
  };
}

const kill = (pid: number | undefined) => {
  if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
};

// ---------- npm start ----------

describe('npm start', () => {
  it('comes up on real parts, serves a printed token, and Ctrl-C stops everything it started', async () => {
    const {
      ports: [apiPort, dynamoPort, sesPort, consolePort, idpPort, s3Port],
      flags,
    } = await freePorts();
    const localDir = mkdtempSync(join(tmpdir(), 'tec-local-'));
    const start = run('local/start.ts', flags, shellEnv({ TEC_LOCAL_DIR: localDir }));
    let javaPid: number | undefined;
    try {
      const javaLine = await start.waitFor(/DynamoDB Local .*\(pid (\d+)\)/, 120_000);
      javaPid = Number(javaLine[1]);
      await start.waitFor(/is running — ready in [\d.]+ s\./, 150_000);
      const out = start.stdout();
      const api = `http://127.0.0.1:${apiPort}`;
      expect(out).toContain(`API           ${api}`);
      expect(out).toContain(`${api}/openapi.json`);

      // One token per demo user: admin, programme coordinator, two hospital coordinators, two staff.
      const tokens = [...out.matchAll(/^ {4}(eyJ[\w-]+\.[\w-]+\.[\w-]+)$/gm)].map((m) => m[1]!);
      expect(tokens).toHaveLength(demo.users.length);
      const saved = JSON.parse(readFileSync(join(localDir, 'tokens.json'), 'utf8')) as {
        users: { role: string; token: string }[];
      };
      expect(saved.users.map((u) => u.token)).toEqual(tokens);
      expect(saved.users.map((u) => u.role)).toEqual([
        'admin',
        'programme-coordinator',
        'hospital-coordinator',
        'hospital-coordinator',
        'staff',
        'staff',
      ]);

      // What `npm start` serves is checked against the document it serves, as the harness does.
      const contract = await ContractCheck.load(api);
      const fetch = async (url: string, init?: RequestInit) => {
        const response = await globalThis.fetch(url, init);
        if (url.startsWith(api)) {
          const { status, headers } = response;
          contract.assert(init?.method ?? 'GET', url, { status, headers, text: await response.clone().text() });
        }
        return response;
      };
      const served = (await (await fetch(`${api}/openapi.json`)).json()) as { servers: { url: string }[] };
      expect(served.servers[0]?.url).toBe(api); // an import into Postman or a generated client gets the base URL
      expect((await fetch(`${api}/health`)).status).toBe(200);

      // The printed admin token reaches a real handler that reads DynamoDB Local: the demo hospitals.
      const institutions = await fetch(`${api}/v1/institutions?limit=100`, {
        headers: { authorization: `Bearer ${tokens[0]}` },
      });
      expect(institutions.status).toBe(200);
      const names = ((await institutions.json()) as { items: { names: { en: string } }[] }).items.map(
        (i) => i.names.en,
      );
      expect(names).toEqual(expect.arrayContaining(['Queen Mary Hospital', "Guangdong Provincial People's Hospital"]));

      // The ready-made curl example works as printed.
      const curl = /curl -s (\S+) -H "Authorization: Bearer (eyJ[^"]+)"/.exec(out)!;
      const mine = await fetch(curl[1]!, { headers: { authorization: `Bearer ${curl[2]}` } });
      expect(mine.status).toBe(200);
      expect(((await mine.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);

      // The inbox answers where it says.
      const inboxUrl = /Email inbox {3}(\S+)/.exec(out)![1]!;
      const inbox = await fetch(inboxUrl);
      expect(inbox.status).toBe(200);
      expect(inbox.headers.get('content-type')).toContain('text/html');

      // The console answers every page path with the app (email links open real pages), with its
      // runtime config pointing at this API and this sign-in; the sign-in is an OpenID provider.
      const consoleUrl = `http://127.0.0.1:${consolePort}`;
      const issuer = `http://127.0.0.1:${idpPort}`;
      expect(out).toContain(`Console       ${consoleUrl}`);
      const page = await fetch(`${consoleUrl}/rotations/some-rotation`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const config = (await (await fetch(`${consoleUrl}/config.json`)).json()) as Record<string, string>;
      expect(config).toEqual(expect.objectContaining({ apiUrl: api, authority: issuer }));
      const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
        issuer: string;
        code_challenge_methods_supported: string[];
      };
      expect(discovery.issuer).toBe(issuer);
      expect(discovery.code_challenge_methods_supported).toContain('S256');
      // The printed tokens carry the same issuer the sign-in page's ID tokens do.
      expect(JSON.parse(Buffer.from(tokens[0]!.split('.')[1]!, 'base64url').toString()).iss).toBe(issuer);

      // Ctrl-C: the process stops what it started and exits; DynamoDB Local is gone, its port free.
      start.child.kill('SIGINT');
      const { code } = await start.exited(30_000);
      expect(code).toBe(0);
      expect(start.stdout()).toMatch(/Stopped in [\d.]+ s\./);
      expect(isRunning(javaPid)).toBe(false);
      await expect(assertPortFree(dynamoPort, 'DynamoDB Local')).resolves.toBeUndefined();
      await expect(assertPortFree(apiPort, 'API')).resolves.toBeUndefined();
      await expect(assertPortFree(sesPort, 'SES')).resolves.toBeUndefined();
      await expect(assertPortFree(s3Port, 'S3')).resolves.toBeUndefined();
      await expect(assertPortFree(consolePort, 'console')).resolves.toBeUndefined();
      await expect(assertPortFree(idpPort, 'sign-in')).resolves.toBeUndefined();
    } finally {
      kill(start.child.pid);
      kill(javaPid);
    }
  }, 240_000);

  it('refuses a port in use with one line naming it, and exits non-zero before starting anything', async () => {
    const {
      ports: [, dynamoPort],
      flags,
    } = await freePorts();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(dynamoPort, '127.0.0.1', () => r()));
    try {
      const start = run(
        'local/start.ts',
        flags,
        shellEnv({ TEC_LOCAL_DIR: mkdtempSync(join(tmpdir(), 'tec-local-')) }),
      );
      const { code } = await start.exited(60_000);
      expect(code).not.toBe(0);
      const lines = start.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${dynamoPort} (DynamoDB Local) is already in use`);
      expect(start.stdout()).toBe('');
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 90_000);

  it('answers a bad flag with one line and exit code 2, and --help with the usage', async () => {
    const bad = run('local/start.ts', ['--prot', '3000'], shellEnv({}));
    expect((await bad.exited(60_000)).code).toBe(2);
    expect(bad.stderr().trim().split('\n')).toHaveLength(1);
    expect(bad.stderr()).toContain("'--prot'");

    const help = run('local/start.ts', ['--help'], shellEnv({}));
    expect((await help.exited(60_000)).code).toBe(0);
    expect(help.stdout()).toContain('--data <dir>');
  }, 90_000);
});

// ---------- npm run token ----------

describe('npm run token', () => {
  it('mints a token with the local key that the local authorizer accepts', async () => {
    const localDir = mkdtempSync(join(tmpdir(), 'tec-local-'));
    const token = run(
      'scripts/token.ts',
      ['--role', 'staff', '--staff', 'staff_123', '--expires', '3600'],
      shellEnv({ TEC_LOCAL_DIR: localDir }),
    );
    expect((await token.exited(60_000)).code).toBe(0);
    const signer = await createSigner(await loadOrCreateKey(join(localDir, 'jwt-key.json')));
    const claims = await signer.verify(token.stdout().trim());
    expect(claims).toMatchObject({ 'cognito:groups': '[staff]', 'custom:staffId': 'staff_123' });
    expect(Number(claims!.exp) - Number(claims!.iat)).toBe(3600);
  }, 90_000);

  it('explains bad flags and roles', () => {
    expect(() => parseTokenArgs([])).toThrow('--role is required');
    expect(() => parseTokenArgs(['--role', 'nurse'])).toThrow('unknown role "nurse"');
    expect(() => parseTokenArgs(['--role', 'staff'])).toThrow('needs --staff');
    expect(() => parseTokenArgs(['--role', 'hospital-coordinator'])).toThrow('needs --institution');
    expect(() => parseTokenArgs(['--role', 'admin', '--staff', 's1'])).toThrow('role staff only');
    expect(() => parseTokenArgs(['--role', 'admin', '--expires', 'soon'])).toThrow('--expires');
    expect(() => parseTokenArgs(['--role', 'admin', '--colour', 'red'])).toThrow("'--colour'");
    expect(parseTokenArgs(['--role', 'hospital-coordinator', '--institution', 'inst_1'])).toMatchObject({
      role: 'hospital-coordinator',
      institutionId: 'inst_1',
    });
    // The sign-in's locale, as Cognito's attribute: the language of a coordinator's emails until they choose.
    expect(parseTokenArgs(['--role', 'admin', '--locale', 'zh-HK'])).toMatchObject({ role: 'admin', locale: 'zh-HK' });
  });
});

// ---------- the demo data ----------

describe('the demo data', () => {
  /** Characters that differ between the scripts, as [Traditional, Simplified] pairs. */
  const PAIRS =
    '醫医 區区 門门 灣湾 華华 東东 聯联 愛爱 濟济 嶼屿 親亲 爾尔 麗丽 齡龄 圍围 廣广 學学 屬属 婦妇 兒儿 療疗 劃划 內内 經经 護护 診诊 與与 創创 矯矫 產产 單单 協协 龍龙 將将 靈灵 瑪玛 陳陈 強强 曉晓 黃黄 吳吴 張张 偉伟 倫伦 軍军 園园 漢汉 鄉乡 樂乐 讓让 為为 國国 夢梦'
      .split(' ')
      .map((pair) => [...pair] as [string, string]);
  const names = () => [
    ...demo.institutions.flatMap((i) => [i.names, ...i.departments.map((d) => d.names)]),
    ...demo.programmes.map((p) => p.names),
    ...demo.staff.map((s) => s.names),
  ];

  it('writes zh-Hant in Traditional and zh-Hans in Simplified characters', () => {
    const wrong: string[] = [];
    for (const name of names()) {
      for (const [traditional, simplified] of PAIRS) {
        if (name['zh-Hans']?.includes(traditional))
          wrong.push(`zh-Hans "${name['zh-Hans']}" has Traditional ${traditional}`);
        if (name['zh-Hant']?.includes(simplified))
          wrong.push(`zh-Hant "${name['zh-Hant']}" has Simplified ${simplified}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('covers all seven HA clusters with hospitals, and Guangdong partners by city', () => {
    const hk = demo.institutions.filter((i) => i.region === 'HK');
    expect(new Set(hk.map((i) => i.cluster))).toEqual(new Set(HA_CLUSTERS));
    for (const cluster of HA_CLUSTERS) expect(hk.filter((i) => i.cluster === cluster).length).toBeGreaterThanOrEqual(2);
    expect(demo.institutions.filter((i) => i.region === 'GD').every((i) => i.city && !i.cluster)).toBe(true);
    expect(new Set(demo.institutions.map((i) => i.key)).size).toBe(demo.institutions.length);
  });
});

describe('the demo data, loaded through the API', () => {
  let h: Harness;
  let data: DemoData;
  beforeAll(async () => {
    h = await startHarness();
    data = await loadDemoData(h.request, { token: h.token });
  }, 180_000);
  afterAll(() => h.close());

  it('creates everything with server-assigned ids', () => {
    expect(data.counts).toEqual({
      institutions: demo.institutions.length,
      departments: demo.institutions.reduce((n, i) => n + i.departments.length, 0),
      programmes: demo.programmes.length,
      staff: demo.staff.length,
      credentials: demo.staff.reduce((n, s) => n + s.credentials.length, 0),
      placements: demo.placements.length,
      rotations: demo.placements.reduce((n, p) => n + p.rotations.length, 0),
    });
    expect(Object.keys(data.ids.institutions)).toHaveLength(demo.institutions.length);
  });

  it('leaves placements and rotations in the states the demo describes', async () => {
    const admin = await h.token({ role: 'admin' });
    for (const placement of demo.placements) {
      const res = await h.request('GET', `/v1/placements/${data.ids.placements[placement.key]}`, { token: admin });
      const expected = placement.actions.includes('accept')
        ? 'ACCEPTED'
        : placement.actions.includes('offer')
          ? 'OFFERED'
          : 'NOMINATED';
      expect({ placement: placement.key, status: res.body.status }).toEqual({
        placement: placement.key,
        status: expected,
      });
      for (const [index, rotation] of placement.rotations.entries()) {
        const r = await h.request('GET', `/v1/rotations/${data.ids.rotations[`${placement.key}#${index + 1}`]}`, {
          token: admin,
        });
        expect({ rotation: `${placement.key}#${index + 1}`, status: r.body.status }).toEqual({
          rotation: `${placement.key}#${index + 1}`,
          status: rotation.confirm ? 'CONFIRMED' : 'SCHEDULED',
        });
      }
    }
  });

  it('gives each demo user a token that works for them, and finds the data again without writing', async () => {
    const visitor = data.users.find((u) => u.staff === 'CHEN')!;
    const mine = await h.request('GET', '/v1/me/rotations', { token: await h.token(visitor.subject) });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(demo.placements.find((p) => p.staff === 'CHEN')!.rotations.length);

    const qeh = data.users.find((u) => u.institution === 'QEH')!;
    expect(qeh.subject).toMatchObject({ role: 'hospital-coordinator', institutionId: data.ids.institutions.QEH });
    // Its sign-in carries a Hong Kong Chinese locale: its emails are in Traditional Chinese until it chooses.
    const settings = await h.request('GET', '/v1/me/email-settings', { token: await h.token(qeh.subject) });
    expect(settings.body).toMatchObject({ email: 'exchange.qeh@ha.example.org', signInLanguage: 'zh-Hant' });

    const found = await findDemoData(h.request, { token: h.token });
    expect(found?.loaded).toBe(false);
    expect(found?.ids.institutions).toEqual(data.ids.institutions);
    expect(found?.ids.staff).toEqual(data.ids.staff);
    expect(found?.users.map((u) => u.subject)).toEqual(data.users.map((u) => u.subject));
  });
});
