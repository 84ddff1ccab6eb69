/**
 * `npm start`: the whole system on this machine, on real parts and without an AWS account —
 * DynamoDB Local with the table from the one definition, the local SES with its web inbox, the
 * real handlers behind the local API Gateway stand-in, the stream poller feeding the notifier,
 * the demo data loaded through the API, and a token per demo user. Ctrl-C stops all of it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { checkJava, ensureTable, guardAgainstOrphan, startDynamoLocal, type RunningDynamo } from './dynamodb-local';
import { startSesLocal, type RunningSes } from './ses-local';
import { LOCAL_CREDENTIALS, LOCAL_UPLOAD_BUCKET, startS3Local, type RunningS3 } from './s3-local';
import { createSigner, LOCAL_AUDIENCE, loadOrCreateKey, type LocalSigner } from './jwt';
import { createApiServer, listen } from './http-adapter';
import { CONSOLE_DIST, ensureConsoleBuilt } from './console-build';
import { createConsoleServer } from './console-server';
import { startIdentityProvider, type RunningIdentityProvider } from './identity-provider';
import { assertPortFree } from './ports';
import type { StreamPoller } from './stream-poller';
import { findDemoData, loadDemoData, type DemoData, type DemoProgress, type DemoRequest } from './load-demo-data';
import { keyFileOf, localDir, LOCAL_TOKEN_SECONDS, parseFlags, UsageError } from '../scripts/token';
import { TABLE_NAME_DEFAULT } from '../shared/table';
import { resetConfig } from '../shared/config';
import { resetClients } from '../shared/clients';

const startedAt = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const HELP = `npm start [-- options]: the Talent Exchange Coordinator on this machine, no AWS account needed.

Starts DynamoDB Local (needs Java 17+), creates the table, starts the local SES with a web inbox,
serves the API with the real handlers, feeds the table's stream to the notifier, loads the demo
data through the API, builds and serves the web console with its own OpenID provider (playing
Cognito: its sign-in page lists the demo users) and prints the URLs and one token per demo user.
Ctrl-C stops everything.

Options (each also settable in the environment):
  --port <n>          API port                          PORT               (default 3000)
  --dynamo-port <n>   DynamoDB Local port               TEC_DYNAMODB_PORT  (default 8000)
  --ses-port <n>      local SES and its inbox port      TEC_SES_PORT       (default 8005)
  --s3-port <n>       local S3 (large uploads)          TEC_S3_PORT        (default 8006)
  --console-port <n>  the web console                   TEC_CONSOLE_PORT   (default 5173)
  --idp-port <n>      the OpenID provider (sign-in)     TEC_IDP_PORT       (default 5174)
  --data <dir>        keep the database in <dir> across restarts (default: in memory, gone on exit)
                                                        TEC_DATA_DIR
  --quiet             print only the URLs and tokens (no progress, no request log)
  --help              this text

The signing key of the local tokens is kept in .local/jwt-key.json, so tokens survive restarts;
the printed tokens are also written to .local/tokens.json. More: npm run token -- --help`;

export interface StartOptions {
  apiPort: number;
  dynamoPort: number;
  sesPort: number;
  s3Port: number;
  consolePort: number;
  idpPort: number;
  dataDir?: string;
  quiet: boolean;
}

function portOf(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535)
    throw new UsageError(`${name} must be a port number (1-65535), not "${value}"`);
  return Number(value);
}

export function parseStartArgs(argv: string[], env: NodeJS.ProcessEnv): StartOptions | 'help' {
  const values = parseFlags(argv, {
    port: { type: 'string' },
    'dynamo-port': { type: 'string' },
    'ses-port': { type: 'string' },
    's3-port': { type: 'string' },
    'console-port': { type: 'string' },
    'idp-port': { type: 'string' },
    data: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return 'help';
  const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
  // A flag wins over its environment variable, which wins over the default; errors name the one given.
  const port = (flag: keyof typeof values, variable: string, fallback: number) => {
    const given = str(values[flag]);
    return portOf(given ?? env[variable], fallback, given ? `--${flag}` : variable);
  };
  const options: StartOptions = {
    apiPort: port('port', 'PORT', 3000),
    dynamoPort: port('dynamo-port', 'TEC_DYNAMODB_PORT', 8000),
    sesPort: port('ses-port', 'TEC_SES_PORT', 8005),
    s3Port: port('s3-port', 'TEC_S3_PORT', 8006),
    consolePort: port('console-port', 'TEC_CONSOLE_PORT', 5173),
    idpPort: port('idp-port', 'TEC_IDP_PORT', 5174),
    quiet: Boolean(values.quiet),
  };
  const dataDir = str(values.data) ?? env.TEC_DATA_DIR;
  if (dataDir !== undefined) {
    if (dataDir.trim() === '') throw new UsageError('--data needs a directory');
    options.dataDir = resolve(dataDir);
  }
  const ports = [
    options.apiPort,
    options.dynamoPort,
    options.sesPort,
    options.s3Port,
    options.consolePort,
    options.idpPort,
  ];
  if (new Set(ports).size !== ports.length)
    throw new UsageError(
      `the API, DynamoDB Local, SES, S3, console and sign-in ports must differ (got ${ports.join(', ')})`,
    );
  return options;
}

// ---------- what this process started, and stopping it ----------

const running: {
  dynamo?: RunningDynamo;
  watchdog?: ChildProcess;
  ses?: RunningSes;
  s3?: RunningS3;
  server?: Server;
  poller?: StreamPoller;
  consoleServer?: Server;
  identity?: RunningIdentityProvider;
  /** The re-drive of failed emails (in AWS a schedule, every minute). */
  redrive?: NodeJS.Timeout;
} = {};
let stopping = false;
/** The startup under way; a signal lets it reach its next step (it checks `stopping`) before stopping all. */
let startup: Promise<unknown> = Promise.resolve();

const alive = (child: ChildProcess | undefined): child is ChildProcess =>
  Boolean(child && child.exitCode === null && child.signalCode === null);

/** Last resort on any exit: nothing Java outlives this process. Synchronous, as 'exit' demands. */
function killChildrenNow(): void {
  if (alive(running.dynamo?.process)) running.dynamo.process.kill('SIGKILL');
  if (alive(running.watchdog)) running.watchdog.kill('SIGKILL');
}

/** How often npm start re-drives failed emails (AWS: every minute; locally sooner, for people watching the inbox). */
const REDRIVE_INTERVAL_MS = 10_000;

/** Poll GET /health/ready until the table answers (10 s at most). */
async function untilReady(apiUrl: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await fetch(`${apiUrl}/health/ready`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`the API is not ready: GET /health/ready answered ${status || 'nothing'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops in reverse order of starting; each part gets a bounded time (an open browser tab must not hold it up). */
async function stopAll(): Promise<void> {
  const within = (ms: number, promise: Promise<unknown> | undefined) =>
    Promise.race([promise?.catch(() => undefined), new Promise((done) => setTimeout(done, ms).unref())]);
  if (running.redrive) clearInterval(running.redrive);
  await within(5000, running.poller?.stop());
  const close = async (server: Server | undefined) => {
    if (!server) return;
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeAllConnections();
    await within(2000, closed);
  };
  await close(running.consoleServer);
  await within(2000, running.identity?.stop());
  await close(running.server);
  await within(2000, running.ses?.stop());
  await within(2000, running.s3?.stop());
  await running.dynamo?.stop(); // SIGTERM, then SIGKILL after 3 s
  if (alive(running.watchdog)) running.watchdog.kill('SIGKILL');
}

function installStopHandlers(say: (line: string) => void): void {
  process.on('exit', killChildrenNow);
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C (not the echo of the first through npm/tsx) stops without waiting.
      if (Date.now() - firstSignalAt > 500) {
        killChildrenNow();
        process.exit(130);
      }
      return;
    }
    stopping = true;
    firstSignalAt = Date.now();
    say(`\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping…`);
    const started = performance.now();
    startup
      .catch(() => undefined)
      .then(stopAll)
      .then(
        () => {
          say(`Stopped in ${seconds(started)}.`);
          process.exit(0);
        },
        (error: Error) => {
          say(`Stopped with an error: ${error.message}`);
          process.exit(1);
        },
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  const crash = (error: unknown) => {
    process.stderr.write(`npm start: unexpected error: ${(error as Error)?.stack ?? error}\n`);
    killChildrenNow();
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

class Stopped extends Error {}
const checkStopping = () => {
  if (stopping) throw new Stopped('stopping');
};

// ---------- output ----------

function output(quiet: boolean) {
  const tty = Boolean(process.stdout.isTTY);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  /** A progress line: "Starting X… ready in 1.2 s". */
  const step = async <T>(
    label: string,
    run: () => Promise<T>,
    result: (value: T) => string = () => 'ready',
  ): Promise<T> => {
    const started = performance.now();
    if (!quiet) process.stdout.write(`${label}… `);
    try {
      const value = await run();
      if (!quiet) say(`${result(value)} in ${seconds(started)}`);
      return value;
    } catch (error) {
      if (!quiet) say('failed');
      throw error;
    }
  };
  /** Counts while the demo data loads, rewritten in place on a terminal ("departments 34/89"). */
  const demoProgress = (progress: DemoProgress) => {
    if (!quiet && tty)
      process.stdout.write(
        `\r\x1b[KLoading demo data through the API… ${progress.stage} ${progress.done}/${progress.total}`,
      );
  };
  return { say, step, demoProgress, tty };
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? `./${rel}` : path;
};

/** A request function for the demo loader: fetch against the running API, refused once stopping. */
function fetchRequest(baseUrl: string): DemoRequest {
  return async (method, path, options = {}) => {
    checkStopping();
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json') && text;
    return { status: response.status, headers: response.headers, body: json ? JSON.parse(text) : text };
  };
}

// ---------- start ----------

async function start(options: StartOptions): Promise<void> {
  // This machine runs Node 20; the SDK's notice about future versions is noise in a local tool.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const out = output(options.quiet);
  const { say, step } = out;
  installStopHandlers(say);

  const javaProblem = checkJava();
  if (javaProblem) throw new Error(javaProblem);
  await assertPortFree(options.apiPort, 'API');
  await assertPortFree(options.dynamoPort, 'DynamoDB Local');
  await assertPortFree(options.sesPort, 'local SES inbox');
  await assertPortFree(options.s3Port, 'local S3');
  await assertPortFree(options.consolePort, 'web console');
  await assertPortFree(options.idpPort, 'sign-in (OpenID provider)');

  const tableName = TABLE_NAME_DEFAULT;
  const dataDir = options.dataDir;
  if (dataDir) mkdirSync(dataDir, { recursive: true });

  const dynamo = await step(
    `Starting DynamoDB Local (${dataDir ? `data in ${display(dataDir)}` : 'in memory'}) on port ${options.dynamoPort}`,
    async () => {
      running.dynamo = await startDynamoLocal({ port: options.dynamoPort, dataDir });
      running.watchdog = guardAgainstOrphan(running.dynamo.process.pid!);
      return running.dynamo;
    },
    (d) => `ready (pid ${d.process.pid})`,
  );
  checkStopping();
  const tableState = await step(
    `Creating table ${tableName}`,
    () => ensureTable(dynamo.endpoint, tableName),
    (state) => (state === 'created' ? 'created' : `exists (kept in ${display(dataDir ?? '')})`),
  );
  checkStopping();
  const ses = await step(
    `Starting the local SES with its inbox on port ${options.sesPort}`,
    async () => (running.ses = await startSesLocal(options.sesPort)),
  );
  checkStopping();
  const consoleUrl = `http://127.0.0.1:${options.consolePort}`;
  const s3 = await step(
    `Starting the local S3 for large uploads on port ${options.s3Port}`,
    async () =>
      (running.s3 = await startS3Local({
        port: options.s3Port,
        bucket: LOCAL_UPLOAD_BUCKET,
        allowedOrigins: [consoleUrl],
        credentials: LOCAL_CREDENTIALS,
      })),
  );
  checkStopping();

  const built = await step(
    'Building the web console',
    () => ensureConsoleBuilt(),
    (result) => (result === 'built' ? 'built' : 'up to date'),
  );
  void built;
  checkStopping();

  const apiUrl = `http://127.0.0.1:${options.apiPort}`;
  const issuer = `http://127.0.0.1:${options.idpPort}`;
  // The handlers read configuration once; point it at the local parts before any handler loads.
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    SES_ENDPOINT: ses.endpoint,
    S3_ENDPOINT: s3.endpoint,
    UPLOAD_BUCKET: s3.bucket,
    TABLE_NAME: tableName,
    API_URL: apiUrl,
    CONSOLE_URL: consoleUrl,
    AWS_REGION: 'ap-east-1',
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  });
  process.env.LOG_LEVEL ??= 'WARN';
  resetConfig();
  resetClients();

  const keyDir = localDir();
  const key = await loadOrCreateKey(keyFileOf(keyDir));
  // One issuer for both: tokens printed here and ID tokens the sign-in page issues.
  const signer: LocalSigner = await createSigner(key, { issuer });
  let logRequests = false;
  const server = createApiServer({
    corsOrigins: [consoleUrl],
    signer,
    log: (line) => {
      // Requests are logged once the system is up; a handler crash (502) always.
      if ((logRequests && !options.quiet) || / 502 /.test(line)) say(`  ${line}`);
    },
  });
  running.server = server;
  // Ready means the API answers and its table does: the same readiness check the AWS alarm runs.
  await step(`Starting the API on port ${options.apiPort}`, async () => {
    await listen(server, options.apiPort);
    await untilReady(apiUrl);
  });
  checkStopping();

  const request = fetchRequest(apiUrl);
  const token = (subject: Parameters<LocalSigner['sign']>[0]) =>
    signer.sign({ expiresInSeconds: LOCAL_TOKEN_SECONDS, ...subject });
  let demo: DemoData | undefined = tableState === 'existed' ? await findDemoData(request, { token }) : undefined;
  if (demo) {
    if (!options.quiet) say(`Demo data: already in ${display(dataDir ?? '')}, kept as it is`);
  } else {
    const started = performance.now();
    if (!options.quiet)
      process.stdout.write(out.tty ? 'Loading demo data through the API…' : 'Loading demo data through the API… ');
    demo = await loadDemoData(request, { token, onProgress: out.demoProgress });
    const c = demo.counts;
    const summary = `${c.institutions} institutions, ${c.departments} departments, ${c.programmes} programmes, ${c.staff} staff (${c.credentials} credentials), ${c.placements} placements, ${c.rotations} rotations`;
    if (!options.quiet)
      say(`${out.tty ? '\r\x1b[KLoading demo data through the API… ' : ''}${summary} in ${seconds(started)}`);
  }
  checkStopping();

  await step('Starting the stream poller that feeds the notifier', async () => {
    const [{ startStreamPoller }, { handler }] = await Promise.all([
      import('./stream-poller'),
      import('../functions/notifier/handler'),
    ]);
    running.poller = startStreamPoller({
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      handler,
      onError: (error: unknown) => say(`  notifier: ${(error as Error)?.message ?? error}`),
    });
    // Failed emails are tried again when due, as the scheduled re-drive does in AWS.
    const { handler: redrive } = await import('../functions/redrive/handler');
    let busy = false;
    running.redrive = setInterval(() => {
      if (busy) return;
      busy = true;
      redrive()
        .catch((error: unknown) => say(`  re-drive: ${(error as Error)?.message ?? error}`))
        .finally(() => (busy = false));
    }, REDRIVE_INTERVAL_MS);
    running.redrive.unref();
  });
  checkStopping();

  const demoUsers = demo.users;
  await step(`Starting sign-in (OpenID provider) on port ${options.idpPort}`, async () => {
    running.identity = await startIdentityProvider({
      port: options.idpPort,
      issuer,
      key,
      consoleOrigins: [consoleUrl],
      // Tests shorten the sign-in's token lifetime to watch the console renew it.
      tokenSeconds: Number(process.env.TEC_ID_TOKEN_SECONDS) || undefined,
      users: demoUsers.map((user) => ({
        ...user.subject,
        sub: user.sub,
        email: user.email,
        label: user.label,
        name: user.name,
      })),
    });
  });
  checkStopping();
  await step(`Serving the web console on port ${options.consolePort}`, async () => {
    const consoleServer = createConsoleServer({
      dist: CONSOLE_DIST,
      config: { apiUrl, authority: issuer, clientId: LOCAL_AUDIENCE },
      uploadsUrl: s3.endpoint,
    });
    running.consoleServer = consoleServer;
    await listen(consoleServer, options.consolePort);
  });
  checkStopping();

  const users = await Promise.all(demo.users.map(async (user) => ({ ...user, token: await token(user.subject) })));
  mkdirSync(keyDir, { recursive: true });
  const tokensFile = join(keyDir, 'tokens.json');
  writeFileSync(
    tokensFile,
    `${JSON.stringify(
      {
        apiUrl,
        consoleUrl,
        issuer,
        inboxUrl: ses.endpoint,
        issuedAt: new Date().toISOString(),
        expiresInSeconds: LOCAL_TOKEN_SECONDS,
        users: users.map(({ label, role, name, sub, email, institutionId, staffId, token: t }) => ({
          label,
          role,
          name,
          sub,
          email,
          institutionId,
          staffId,
          token: t,
        })),
      },
      null,
      2,
    )}\n`,
    { mode: 0o600 },
  );

  const visitor = users.find((u) => u.role === 'staff')!;
  const lines = [
    ...(options.quiet ? [] : ['']),
    `Talent Exchange Coordinator is running — ready in ${seconds(startedAt)}.`,
    '',
    `  Console       ${consoleUrl}   (sign in as any demo user)`,
    `  API           ${apiUrl}`,
    `  OpenAPI       ${apiUrl}/openapi.json`,
    `  Email inbox   ${ses.endpoint}/   (every email the system sends)`,
    `  Sign-in       ${issuer}   (OpenID provider playing Cognito)`,
    `  DynamoDB      ${dynamo.endpoint}   table ${tableName}, ${dataDir ? `kept in ${display(dataDir)}` : 'in memory (gone on exit; --data DIR keeps it)'}`,
    '',
    `Try it (${visitor.name}: my rotations):`,
    `  curl -s ${apiUrl}/v1/me/rotations -H "Authorization: Bearer ${visitor.token}"`,
    '',
    `Demo users — tokens valid ${LOCAL_TOKEN_SECONDS / 86400} days, also in ${display(tokensFile)}; more with: npm run token -- --help`,
  ];
  for (const user of users) {
    const ids = [user.institutionId && `institutionId ${user.institutionId}`, user.staffId && `staffId ${user.staffId}`]
      .filter(Boolean)
      .join(', ');
    lines.push(
      '',
      `  ${user.label}: ${user.name}`,
      `    role ${user.role}, sub ${user.sub}${ids ? `, ${ids}` : ''}`,
      `    ${user.token}`,
    );
  }
  lines.push('', options.quiet ? 'Ctrl-C stops everything.' : 'Requests are logged below. Ctrl-C stops everything.');
  say(lines.join('\n'));
  logRequests = true;
}

async function main(): Promise<void> {
  let options: StartOptions | 'help';
  try {
    options = parseStartArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`npm start: ${(error as Error).message} (see npm start -- --help)\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  try {
    await (startup = start(options));
  } catch (error) {
    if (stopping) return; // a signal arrived while starting: its handler stops what started
    process.stderr.write(`npm start: ${(error as Error).message}\n`);
    await stopAll().catch(() => undefined);
    process.exit(1);
  }
}

void main();
