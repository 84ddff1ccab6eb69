/**
 * Section 1: every function bundled exactly as CDK bundles it (infra/bundling.ts), plus the
 * baseline; sizes minified and gzipped, and the largest contributors from esbuild's metafile.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_FILE, ESBUILD_OPTIONS } from '../infra/bundling';

export const REPO_ROOT = join(__dirname, '..');
export const BASELINE = 'baseline';

export interface Contributor {
  name: string;
  bytes: number;
}

export interface BundleReport {
  function: string;
  entry: string;
  /** The built ESM bundle (for the cold-start runs). */
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
  sourceMapBytes: number;
  /** The one esbuild run that built every bundle. */
  buildMs: number;
  /** The three largest input files, by bytes in the output. */
  topInputs: Contributor[];
  /** The three largest packages (node_modules/…) or app folders, by bytes in the output. */
  topPackages: Contributor[];
}

/** Every functions/{name}/handler.ts, as CDK deploys them, and the baseline. */
export function functionEntries(): { name: string; entry: string }[] {
  const functions = readdirSync(join(REPO_ROOT, 'functions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, entry: join(REPO_ROOT, 'functions', d.name, 'handler.ts') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [{ name: BASELINE, entry: join(__dirname, 'baseline', 'handler.ts') }, ...functions];
}

/** node_modules/@aws-sdk/client-dynamodb/dist-es/… -> @aws-sdk/client-dynamodb; shared/http/x.ts -> shared/http */
export function packageOf(input: string): string {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.replace(/\\/g, '/'));
  if (match) return match[1]!;
  const parts = input.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
}

function largest(entries: Iterable<[string, number]>, n = 3): Contributor[] {
  return [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, bytes]) => ({ name, bytes }));
}

function contributors(metafile: Metafile, outfile: string) {
  const output = Object.entries(metafile.outputs).find(([path]) => join(REPO_ROOT, path) === outfile);
  if (!output) throw new Error(`esbuild's metafile has no output ${outfile}`);
  const inputs = Object.entries(output[1].inputs).map(
    ([path, { bytesInOutput }]) => [path, bytesInOutput] as [string, number],
  );
  const packages = new Map<string, number>();
  for (const [path, bytes] of inputs) packages.set(packageOf(path), (packages.get(packageOf(path)) ?? 0) + bytes);
  return { topInputs: largest(inputs), topPackages: largest(packages) };
}

/**
 * All bundles in one esbuild run (each entry its own output, no code splitting): the same bytes
 * as one build per function, as CDK runs it, with every module parsed once instead of ten times.
 */
export async function buildBundles(outDir: string): Promise<BundleReport[]> {
  rmSync(outDir, { recursive: true, force: true });
  const entries = functionEntries();
  const outName = (name: string) => `${name}/${BUNDLE_FILE.replace(/\.mjs$/, '')}`;
  const started = performance.now();
  const result = await build({
    ...ESBUILD_OPTIONS,
    entryPoints: Object.fromEntries(entries.map(({ name, entry }) => [outName(name), entry])),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    // esbuild reads tsconfig.json and resolves from the working directory, as under CDK (projectRoot).
    absWorkingDir: REPO_ROOT,
  });
  const buildMs = Math.round(performance.now() - started);
  return entries.map(({ name, entry }) => {
    const file = join(outDir, name, BUNDLE_FILE);
    const code = readFileSync(file);
    return {
      function: name,
      entry: relative(REPO_ROOT, entry),
      file,
      minifiedBytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      sourceMapBytes: readFileSync(`${file}.map`).length,
      buildMs,
      ...contributors(result.metafile, file),
    };
  });
}
