/**
 * `npm run bench [-- --quick] [-- --rotations 100000]`: what a serverless API pays for, measured
 * against real parts on this machine (DESIGN "Performance targets"). Starts its own
 * DynamoDB Local (and the local SES) on free ports and stops them; prints a table (stdout),
 * progress (stderr), and writes the figures as JSON. See bench/README.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from '../test/support/harness';
import { buildWorld } from '../test/support/fixtures';
import { ensureTable } from '../local/dynamodb-local';
import { dynamoClient } from '../shared/clients';
import { startServices } from './services';
import { buildBundles, REPO_ROOT } from './bundles';
import { measureColdStarts, type ColdStartVariantName } from './cold-start';
import { measureOverhead } from './overhead';
import { growthOf, measureSides, workOf, type Side } from './operations';
import { bulkLoadRotations } from './bulk-load';
import { measureContention } from './contention';
import { measureBatch } from './batch';
import { DynamoMeter } from './dynamo-meter';
import { buildSample, coldStartCases, useTable } from './world';
import { render, targetsOf, type BenchResult } from './report';
import { measureConsole } from './console';

const RESULTS = join(__dirname, 'results');
const README_SECTION = join(__dirname, 'README.md');
const SECTIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

const HELP = `npm run bench [-- options]

Measures bundle sizes, cold starts, middleware overhead, DynamoDB work per operation, flat cost as
the table grows, and contention — against DynamoDB Local, which it starts and stops itself — and
the console (8): its initial JavaScript, and each coordinator screen's API requests for a programme
of 10 visitors and of 130 (the local system and Chromium; --quick measures the JavaScript only).

  --quick            small sizes and few repetitions (the smoke test's mode); writes
                     bench/results/quick.json.tmp unless --out is given
  --rotations <n>    the large table size for the growth section (default 100000; --quick: 500)
  --repetitions <n>  repetitions of the operations of sections 4 and 5 (default 100; --quick: 3)
  --only <list>      run only these sections, e.g. --only 1,2 (2 builds the bundles of 1; 5 runs the operations of 4)
  --out <file>       where to write the JSON (default bench/results/latest.json)
  --help             this text`;

interface Settings {
  mode: 'full' | 'quick';
  smallRotations: number;
  largeRotations: number;
  coldStartRuns: number;
  coldStartVariants: ColdStartVariantName[];
  overheadPairs: number;
  overheadWarmup: number;
  operationRepetitions: number;
  operationWarmup: number;
  contentionRuns: number;
  contentionAttempts: number;
  importRows: number;
  rosterVisitors: number[];
  sections: number[];
  out: string;
}

function parseSettings(argv: string[]): Settings | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      rotations: { type: 'string' },
      repetitions: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const quick = Boolean(values.quick);
  const small = quick ? 50 : 1000;
  const large = values.rotations === undefined ? (quick ? 500 : 100_000) : Number(values.rotations);
  if (!Number.isInteger(large) || large <= small)
    throw new Error(`--rotations must be a whole number above ${small}, not "${values.rotations}"`);
  const repetitions = values.repetitions === undefined ? (quick ? 3 : 100) : Number(values.repetitions);
  if (!Number.isInteger(repetitions) || repetitions < 1)
    throw new Error(`--repetitions must be a whole number above 0, not "${values.repetitions}"`);
  const sections = values.only === undefined ? [...SECTIONS] : values.only.split(',').map((s) => Number(s.trim()));
  if (sections.some((s) => !(SECTIONS as readonly number[]).includes(s)))
    throw new Error(`--only takes section numbers 1-8, not "${values.only}"`);
  return {
    mode: quick ? 'quick' : 'full',
    smallRotations: small,
    largeRotations: large,
    coldStartRuns: quick ? 1 : 15,
    coldStartVariants: quick ? ['as deployed'] : ['as deployed', 'without source maps'],
    overheadPairs: quick ? 200 : 3000,
    overheadWarmup: quick ? 50 : 300,
    operationRepetitions: repetitions,
    operationWarmup: quick ? 1 : 3,
    contentionRuns: quick ? 1 : 3,
    contentionAttempts: 50,
    importRows: quick ? 30 : 500,
    rosterVisitors: quick ? [3, 8] : [10, 130],
    sections: [...new Set(sections)].sort(),
    out: resolve(values.out ?? join(RESULTS, quick ? 'quick.json.tmp' : 'latest.json')),
  };
}

const say = (line: string) => process.stderr.write(`${line}\n`);
/** A progress line that rewrites itself on a terminal. */
const progress = (line: string, done: boolean) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
  else if (done) say(line);
};

async function measure(settings: Settings): Promise<Omit<BenchResult, 'targets'>> {
  const wants = (section: number) => settings.sections.includes(section);
  // This run's own scratch space (bundles, the token key): two runs at once do not collide.
  const tmp = join(RESULTS, `run-${process.pid}.tmp`);
  mkdirSync(tmp, { recursive: true });
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const result: Omit<BenchResult, 'targets'> = {
    generatedAt: new Date().toISOString(),
    mode: settings.mode,
    machine: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadAverage: { start: Number(loadavg()[0]!.toFixed(2)) },
    },
    durations: {},
    settings: { ...settings, out: relative(REPO_ROOT, settings.out) },
  };

  /** Run one part, noting how long it took (setup included). */
  const timed = async <T>(name: string, part: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await part();
    } finally {
      result.durations[name] = Math.round((performance.now() - started) / 100) / 10;
    }
  };

  say('Starting DynamoDB Local and the local SES…');
  const services = await timed('start services', startServices);
  try {
    const local = {
      DYNAMODB_ENDPOINT: services.dynamo.endpoint,
      SES_ENDPOINT: services.ses.endpoint,
      AWS_REGION: 'ap-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    };
    Object.assign(process.env, local, { LOCAL_JWT_KEY_FILE: join(tmp, 'jwt-key.json') });
    const h = await startHarness();
    try {
      say('Building the sample world through the API…');
      const sample = await timed('sample world', () => buildSample(h));

      if (wants(1) || wants(2)) {
        say('1. Bundling every function as CDK does…');
        const bundles = await timed('1 bundles', () => buildBundles(join(tmp, 'bundles')));
        if (wants(1)) result.bundles = bundles.map((b) => ({ ...b, file: relative(REPO_ROOT, b.file) }));
        if (wants(2)) {
          say(`2. Cold starts (${settings.coldStartRuns} run(s) each: ${settings.coldStartVariants.join(', ')})…`);
          const env = { ...local, TABLE_NAME: h.tableName, API_URL: h.baseUrl };
          const options = {
            runs: settings.coldStartRuns,
            variants: settings.coldStartVariants,
            warmup: settings.mode === 'full',
            env,
            log: say,
          };
          result.coldStart = await timed('2 cold start', async () =>
            measureColdStarts(bundles, await coldStartCases(sample), options),
          );
        }
      }

      if (wants(3)) {
        say(`3. Middleware overhead (${settings.overheadPairs} pairs)…`);
        result.overhead = await timed('3 overhead', () =>
          measureOverhead(sample.rotationId, sample.admin, {
            pairs: settings.overheadPairs,
            warmup: settings.overheadWarmup,
          }),
        );
      }

      if (wants(4) || wants(5)) {
        const meter = new DynamoMeter();
        meter.install(dynamoClient());
        // Fresh tables side by side in the same DynamoDB Local, measured in turns (operations.ts):
        // the small one, and for section 5 the large one and a second small one — the control,
        // whose ratio to the first is the noise floor of the growth ratios.
        const sizes = wants(5)
          ? { small: settings.smallRotations, large: settings.largeRotations, control: settings.smallRotations }
          : { small: settings.smallRotations };
        const sides: Side[] = [];
        for (const [label, rotations] of Object.entries(sizes)) {
          const tableName = `${h.tableName}-${label}`;
          await ensureTable(services.dynamo.endpoint, tableName);
          useTable(tableName);
          sides.push({ rotations, tableName, w: await buildWorld(h, { capacity: 500 }) });
        }
        useTable(h.tableName);
        const loads = await timed('bulk load', async () => {
          const done: { rotations: number; items: number; ms: number }[] = [];
          for (const side of sides) {
            say(`Loading ${side.rotations.toLocaleString('en-US')} rotations into ${side.tableName}…`);
            done.push(await bulkLoadRotations(services.dynamo.endpoint, side.tableName, 0, side.rotations, progress));
          }
          return done;
        });
        say(`4.${wants(5) ? '/5.' : ''} Operations, counted on the real client…`);
        const options = { count: settings.operationRepetitions, warmup: settings.operationWarmup, log: say };
        const [small, large, control] = (
          await timed('4/5 operations', () => measureSides(sides, sample, meter, options))
        ).map((reps, k) => ({ rotations: sides[k]!.rotations, reps }));
        useTable(h.tableName);
        if (wants(4)) result.operations = { rotationsInTable: settings.smallRotations, rows: workOf(small!.reps) };
        if (wants(5)) result.growth = { loads, rows: growthOf(small!, large!, control!) };
      }

      if (wants(6)) {
        say(`6. Contention (${settings.contentionRuns} run(s) of ${settings.contentionAttempts} attempts)…`);
        const options = { runs: settings.contentionRuns, attempts: settings.contentionAttempts, log: say };
        result.contention = await timed('6 contention', () => measureContention(sample.w, options));
      }

      if (wants(7)) {
        say(
          `7. Batch work (import ${settings.importRows} rows; roster at ${settings.rosterVisitors.join(' and ')} visitors)…`,
        );
        const meter = new DynamoMeter();
        meter.install(dynamoClient());
        result.batch = await timed('7 batch', () =>
          measureBatch(h, meter, { rows: settings.importRows, visitors: settings.rosterVisitors, log: say }),
        );
      }
    } finally {
      await h.close();
    }
  } finally {
    say('Stopping DynamoDB Local…');
    await services.stop();
  }
  if (wants(8)) {
    say(
      `8. The console (${settings.mode === 'quick' ? 'initial JavaScript only' : 'initial JavaScript, requests per screen'})…`,
    );
    result.console = await timed('8 console', () => measureConsole({ quick: settings.mode === 'quick', log: say }));
  }
  result.machine.loadAverage.end = Number(loadavg()[0]!.toFixed(2));
  return result;
}

/** Put the latest table into the README section, between its markers. */
function updateReadme(text: string): boolean {
  if (!existsSync(README_SECTION)) return false;
  const readme = readFileSync(README_SECTION, 'utf8');
  const start = '<!-- bench:latest:start -->';
  const end = '<!-- bench:latest:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return false;
  writeFileSync(
    README_SECTION,
    `${readme.slice(0, from + start.length)}\n\`\`\`text\n${text}\n\`\`\`\n${readme.slice(to)}`,
  );
  return true;
}

async function main(): Promise<void> {
  let settings: Settings | 'help';
  try {
    settings = parseSettings(process.argv.slice(2));
  } catch (error) {
    say(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (settings === 'help') {
    console.log(HELP);
    return;
  }
  const started = performance.now();
  const measured = await measure(settings);
  const result: BenchResult = { ...measured, targets: targetsOf(measured) };
  mkdirSync(join(settings.out, '..'), { recursive: true });
  writeFileSync(settings.out, `${JSON.stringify(result, null, 2)}\n`);
  const text = render(result);
  console.log(`\n${text}\n`);
  say(
    `Figures written to ${relative(process.cwd(), settings.out)} (${((performance.now() - started) / 1000).toFixed(0)} s).`,
  );
  if (settings.mode === 'full' && settings.sections.length === SECTIONS.length && updateReadme(text))
    say(`Latest table written into ${relative(process.cwd(), README_SECTION)}.`);
}

main().then(
  // Idle keep-alive sockets of the SDK and fetch would hold the process open for a while.
  () => process.exit(0),
  (error) => {
    say(`The benchmark failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
