/**
 * The committed client types (shared/api-types.generated.ts) are what `npm run client` makes of
 * today's document: a change of routes, contracts or schemas without regenerating fails here,
 * before the console compiles against stale types.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

it('the committed client types match the document (run `npm run client` when this fails)', () => {
  let output = '';
  try {
    output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/client.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`${failed.stderr ?? ''}${failed.stdout ?? ''}`);
  }
  expect(output).toContain('is up to date');
});
