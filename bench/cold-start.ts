/**
 * Section 2: cold start. A fresh Node process loads a built bundle (ESM, as Lambda loads it) and
 * answers one representative event against DynamoDB Local; the time is from spawning the
 * process to its answer. Each function runs right next to the baseline (a bare handler that
 * creates a DynamoDB client and does one GetItem), in random order; its ratio is the median of
 * those pairs' ratios, so load from elsewhere on the machine falls on both sides alike.
 * Measured as deployed (NODE_OPTIONS=--enable-source-maps, what CDK sets) and without it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { lambdaContext } from './events';
import { BASELINE, type BundleReport } from './bundles';
import { median, round, shuffle } from './stats';

export const COLD_START_TARGET = 1.3;

export interface ColdStartCase {
  function: string;
  /** What the event asks, for the table. */
  description: string;
  /** A fresh event per run (the notifier needs a new change each time to do the same work). */
  event: () => unknown;
}

export interface ColdStartVariant {
  /** Median ms from spawn to answer. */
  totalMs: number;
  /** Median ms since process start at which the bundle was loaded (module init done). */
  loadedMs: number;
  /** Median ms since process start at which the event was answered. */
  answeredMs: number;
  /** Median of (this run ÷ the baseline run paired with it). */
  ratio: number;
}

export type ColdStartVariantName = 'as deployed' | 'without source maps';

export interface ColdStartReport {
  function: string;
  event: string;
  runs: number;
  statuses: number[];
  /** NODE_OPTIONS=--enable-source-maps, as CDK configures the functions. */
  asDeployed: ColdStartVariant;
  /** The same bundle without that flag (not measured in --quick). */
  withoutSourceMaps?: ColdStartVariant;
  targetMet: boolean;
}

const DRIVER = join(__dirname, 'cold-start-driver.mjs');

interface Sample {
  total: number;
  loaded: number;
  answered: number;
  status: number;
}

function runOnce(
  file: string,
  name: string,
  event: unknown,
  env: Record<string, string>,
  sourceMaps: boolean,
): Promise<Sample> {
  const context = lambdaContext(name);
  const childEnv: Record<string, string> = {
    ...env,
    PATH: process.env.PATH ?? '',
    AWS_LAMBDA_FUNCTION_NAME: name,
    BENCH_EVENT: JSON.stringify(event),
    BENCH_CONTEXT: JSON.stringify(context),
    ...(sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [DRIVER, file], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let answeredAt = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!answeredAt && stdout.includes('@@bench ')) answeredAt = performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      const line = /@@bench (\{.*\})/.exec(stdout)?.[1];
      if (!line || !answeredAt)
        return reject(
          new Error(
            `${name}: the cold start did not answer (exit ${code}): ${stderr.slice(-2000) || stdout.slice(-2000)}`,
          ),
        );
      const reported = JSON.parse(line) as { loaded: number; answered: number; status: number };
      if (reported.status >= 400)
        return reject(
          new Error(
            `${name}: the cold start answered ${reported.status}, so it measured an error: ${stdout.slice(-2000)}`,
          ),
        );
      resolve({ total: answeredAt - started, ...reported });
    });
  });
}

/** Medians of a function's runs; the ratio is the median of its runs' ratios to their paired baseline runs. */
function variant(samples: Sample[], pairedBaseline: Sample[]): ColdStartVariant {
  return {
    totalMs: round(median(samples.map((s) => s.total))),
    loadedMs: round(median(samples.map((s) => s.loaded))),
    answeredMs: round(median(samples.map((s) => s.answered))),
    ratio: round(median(samples.map((s, i) => s.total / pairedBaseline[i]!.total))),
  };
}

export async function measureColdStarts(
  bundles: BundleReport[],
  cases: ColdStartCase[],
  options: {
    runs: number;
    variants: ColdStartVariantName[];
    warmup: boolean;
    env: Record<string, string>;
    log: (line: string) => void;
  },
): Promise<ColdStartReport[]> {
  const byName = new Map(bundles.map((b) => [b.function, b]));
  const missing = bundles.filter((b) => !cases.some((c) => c.function === b.function));
  if (missing.length)
    throw new Error(
      `No representative cold-start event for ${missing.map((b) => b.function).join(', ')}: add one in bench/world.ts`,
    );
  const baselineCase = cases.find((c) => c.function === BASELINE);
  if (!baselineCase) throw new Error('The cold-start cases must include the baseline');
  const start = (c: ColdStartCase, variantName: ColdStartVariantName) => {
    const bundle = byName.get(c.function);
    if (!bundle) throw new Error(`No bundle for ${c.function}`);
    return runOnce(bundle.file, c.function, c.event(), options.env, variantName === 'as deployed');
  };
  // Per function and variant: its samples, and the baseline samples taken right next to them.
  const samples = new Map<string, { own: Sample[]; baseline: Sample[] }>();
  const of = (fn: string, variantName: ColdStartVariantName) => {
    const key = `${fn}|${variantName}`;
    if (!samples.has(key)) samples.set(key, { own: [], baseline: [] });
    return samples.get(key)!;
  };
  // A warm-up run fills the file cache and is not counted. Each run pairs every function (and
  // variant) with a baseline run right before or after it, in a fresh random order, so load from
  // elsewhere on the machine falls on both sides of each ratio alike.
  for (let run = options.warmup ? 0 : 1; run <= options.runs; run++) {
    const turns = shuffle(
      cases
        .filter((c) => c !== baselineCase)
        .flatMap((c) => options.variants.map((variantName) => ({ c, variantName }))),
    );
    for (const { c, variantName } of turns) {
      const baselineFirst = Math.random() < 0.5;
      const first = await start(baselineFirst ? baselineCase : c, variantName);
      const second = await start(baselineFirst ? c : baselineCase, variantName);
      if (run === 0) continue;
      const pair = of(c.function, variantName);
      pair.own.push(baselineFirst ? second : first);
      pair.baseline.push(baselineFirst ? first : second);
      of(BASELINE, variantName).own.push(baselineFirst ? first : second);
    }
    options.log(run === 0 ? '  warm-up run done' : `  run ${run}/${options.runs} done`);
  }
  const variantOf = (fn: string, variantName: ColdStartVariantName) => {
    if (!options.variants.includes(variantName)) return undefined;
    const { own, baseline } = of(fn, variantName);
    return fn === BASELINE ? variant(own, own) : variant(own, baseline);
  };
  return cases.map((c) => {
    const asDeployed = variantOf(c.function, 'as deployed')!;
    const withoutSourceMaps = variantOf(c.function, 'without source maps');
    return {
      function: c.function,
      event: c.description,
      runs: options.runs,
      statuses: [
        ...new Set(
          [
            ...of(c.function, 'as deployed').own,
            ...(withoutSourceMaps ? of(c.function, 'without source maps').own : []),
          ].map((s) => s.status),
        ),
      ],
      asDeployed,
      withoutSourceMaps,
      targetMet: asDeployed.ratio <= COLD_START_TARGET,
    };
  });
}
