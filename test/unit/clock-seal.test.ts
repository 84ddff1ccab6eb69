/**
 * One clock: the application asks shared/clock.ts for "now" and "today", never the wall clock,
 * so a test can move the whole system to another day (and the suites run two years ahead). A
 * file under functions/ or shared/ that reads the wall clock itself fails here with its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const WALL_CLOCK = /\bnew Date\(\s*\)|\bDate\.now\(\s*\)/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.generated.ts') ? [path] : [];
  });
}

describe('the one clock', () => {
  it('is the only reader of the wall clock in the functions and shared code', () => {
    const files = ['functions', 'shared'].flatMap((folder) => sourceFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(50);
    const readers = files
      .map((file) => relative(ROOT, file).split(sep).join('/'))
      .filter((file) => file !== 'shared/clock.ts')
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (WALL_CLOCK.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${file}:${i + 1}`] : [])),
      );
    expect(readers).toEqual([]);
  });
});
