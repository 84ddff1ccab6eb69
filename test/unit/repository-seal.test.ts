/**
 * The repository is sealed: only shared/repository/ talks to DynamoDB, and only shared/table.ts
 * spells a key. A file that imports a DynamoDB client elsewhere, or writes a key string of its
 * own, fails here with its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCE = /\.(ts|tsx|mts|cts|js|cjs|mjs)$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'cdk.out', 'dist', '.local', 'coverage']);

/**
 * Files outside the repository that genuinely need a raw client, and why. Keep it short: anything
 * that reads or writes exchange data belongs in shared/repository/.
 */
const MAY_IMPORT_CLIENTS: Record<string, string> = {
  'shared/clients.ts': 'the one place AWS clients are built',
  'local/dynamodb-local.ts': 'creates the table in DynamoDB Local (control plane, not data access)',
  'local/stream-poller.ts': "reads the table's stream for the notifier, as Lambda's event source mapping does in AWS",
  'test/support/harness.ts': "deletes each test file's table",
  'test/support/table-snapshot.ts': 'scans the whole table to prove a refused request wrote nothing',
  'bench/baseline/handler.ts': 'the bare handler cold starts are compared with: it only creates a DynamoDB client',
  'bench/bulk-load.ts': 'loads 100,000 rotations with BatchWrite, faster than through the API',
  'bench/dynamo-meter.ts': 'counts the calls and capacity every request spends, on the client itself',
  'bench/overhead.ts': 'times the raw DynamoDB call the middleware stack wraps',
};

/**
 * Temporary allowances for files whose calls are still moving into repository modules: none
 * left. Add one only with the work that removes it (the last test below fails for an entry no
 * longer needed).
 */
const TEMPORARILY_ALLOWED: Record<string, string> = {};

const CLIENT_PACKAGES = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb-streams'];
/** The repository's low-level modules: raw items and calls, for the repository's own use. */
const LOW_LEVEL = /(^|\/)repository\/(dynamo|items)$/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : sourceFiles(join(directory, entry.name));
    return SOURCE.test(entry.name) ? [join(directory, entry.name)] : [];
  });
}

const projectFiles = sourceFiles(ROOT).map((file) => relative(ROOT, file).split(sep).join('/'));
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const inRepository = (file: string) => file.startsWith('shared/repository/');

/** Every module specifier a file imports or requires, type-only imports included. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g))
    found.push(match[1]!);
  return found;
}

describe('the sealed repository', () => {
  it('finds the project files it checks', () => {
    expect(projectFiles).toEqual(expect.arrayContaining(['shared/repository/dynamo.ts', 'functions/staff/handler.ts']));
  });

  it('no file outside shared/repository/ imports a DynamoDB client, except the few that must', () => {
    // Test files may reach under the API to arrange what the API cannot make (a record written
    // out of band, a raw stream item); the code they test may not.
    const offenders = projectFiles
      .filter((file) => !inRepository(file) && !isTest(file) && !MAY_IMPORT_CLIENTS[file] && !TEMPORARILY_ALLOWED[file])
      .filter((file) => importsOf(readFileSync(join(ROOT, file), 'utf8')).some((s) => CLIENT_PACKAGES.includes(s)));
    expect(offenders).toEqual([]);
  });

  it("no application code outside shared/repository/ works with raw items (the repository's dynamo.ts, items.ts)", () => {
    const offenders = projectFiles
      .filter((file) => /^(shared|functions)\//.test(file) && !inRepository(file) && !TEMPORARILY_ALLOWED[file])
      .filter((file) => importsOf(readFileSync(join(ROOT, file), 'utf8')).some((s) => LOW_LEVEL.test(s)));
    expect(offenders).toEqual([]);
  });

  it('every allowance is still needed', () => {
    const uses = (file: string, what: (specifier: string) => boolean) =>
      projectFiles.includes(file) && importsOf(readFileSync(join(ROOT, file), 'utf8')).some(what);
    const needless = [
      ...Object.keys(MAY_IMPORT_CLIENTS).filter((file) => !uses(file, (s) => CLIENT_PACKAGES.includes(s))),
      ...Object.keys(TEMPORARILY_ALLOWED).filter(
        (file) => !uses(file, (s) => CLIENT_PACKAGES.includes(s) || LOW_LEVEL.test(s)),
      ),
    ];
    expect(needless).toEqual([]);
  });

  it('no file but shared/table.ts spells a key', () => {
    const keyString = /['"`](INST|DEPT|PROG|STAFF|PLC|ROT|IDEMP|FEED|AUDIT|NOTIF|DAYS|ROTSTART)#/;
    const offenders = projectFiles
      .filter((file) => file !== 'shared/table.ts' && !isTest(file) && /^(shared|functions|local|bench)\//.test(file))
      .filter((file) => keyString.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
