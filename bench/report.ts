/** The benchmark's figures (written as JSON) and the text table printed from them. */
import { packageOf, type BundleReport } from './bundles';
import { COLD_START_TARGET, type ColdStartReport } from './cold-start';
import { OVERHEAD_TARGET_MS, type OverheadReport } from './overhead';
import { GROWTH_TARGET, type GrowthRow, type OperationWork } from './operations';
import type { ContentionReport } from './contention';
import { INITIAL_JS_TARGET_BYTES, type ConsoleReport } from './console';
import { count, kb, ms, table, times, verdict } from './stats';

import { batchSection, type BatchReport } from './batch';
import { describeCalls } from './dynamo-meter';

export interface Target {
  section: number;
  target: string;
  met: boolean;
  detail: string;
}

export interface BenchResult {
  generatedAt: string;
  mode: 'full' | 'quick';
  machine: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    loadAverage: { start: number; end?: number };
  };
  /** Seconds each section took (setup included). */
  durations: Record<string, number>;
  settings: Record<string, unknown>;
  bundles?: BundleReport[];
  coldStart?: ColdStartReport[];
  overhead?: OverheadReport;
  operations?: { rotationsInTable: number; rows: OperationWork[] };
  growth?: { loads: { rotations: number; items: number; ms: number }[]; rows: GrowthRow[] };
  contention?: ContentionReport;
  batch?: BatchReport;
  console?: ConsoleReport;
  targets: Target[];
}

const contributors = (list: { name: string; bytes: number }[]) =>
  list.map((c) => `${c.name} ${kb(c.bytes)}`).join(' · ');
/** node_modules/zod/v4/core/schemas.js -> zod …/schemas.js */
const shortInput = (path: string) =>
  path.includes('node_modules/') ? `${packageOf(path)} …/${path.split('/').pop()}` : path;

function bundleSection(bundles: BundleReport[]): string {
  return [
    '1. Bundle size — esbuild as CDK bundles (minified ESM, node20, AWS SDK bundled), gzip -9',
    table([
      ['function', 'minified', 'gzipped', 'largest packages', 'largest inputs'],
      ...bundles.map((b) => [
        b.function,
        kb(b.minifiedBytes),
        kb(b.gzipBytes),
        contributors(b.topPackages),
        b.topInputs.map((c) => `${shortInput(c.name)} ${kb(c.bytes)}`).join(' · '),
      ]),
    ]),
  ].join('\n');
}

function coldStartSection(rows: ColdStartReport[]): string {
  return [
    `2. Cold start — fresh node process: load bundle + answer 1 event vs DynamoDB Local; median of ${rows[0]?.runs ?? 0} run(s); target ≤ ${COLD_START_TARGET}× baseline`,
    table([
      ['function', 'event', 'total', 'loaded at', '× baseline', 'target', 'no source maps', '×'],
      ...rows.map((r) => [
        r.function,
        r.event,
        ms(r.asDeployed.totalMs),
        ms(r.asDeployed.loadedMs),
        times(r.asDeployed.ratio),
        r.function === 'baseline' ? '' : verdict(r.targetMet),
        r.withoutSourceMaps ? ms(r.withoutSourceMaps.totalMs) : 'not run',
        r.withoutSourceMaps ? times(r.withoutSourceMaps.ratio) : '',
      ]),
    ]),
    '   total: spawn → answer as the parent sees it; loaded at: module init done, ms since process start;',
    '   × baseline: median of each run against a baseline run right before or after it.',
    '   As deployed = NODE_OPTIONS=--enable-source-maps (CDK sets it); "no source maps" = the same bundle without that flag.',
  ].join('\n');
}

function overheadSection(o: OverheadReport): string {
  return [
    `3. Middleware overhead — warm, in-process ${o.route} vs its raw GetItem, ${count(o.pairs)} interleaved pairs; target < ${OVERHEAD_TARGET_MS} ms at p50`,
    table([
      ['', 'handler p50', 'raw GetItem p50', 'difference p50', 'difference p99', 'target'],
      [
        'vs DynamoDB Local',
        ms(o.handlerMs.p50),
        ms(o.rawGetItemMs.p50),
        ms(o.differenceMs.p50),
        ms(o.differenceMs.p99),
        verdict(o.targetMet),
      ],
      [
        'DynamoDB stubbed (pipeline only)',
        ms(o.stubbed.handlerMs.p50),
        ms(o.stubbed.rawGetItemMs.p50),
        ms(o.stubbed.differenceMs.p50),
        ms(o.stubbed.differenceMs.p99),
        '',
      ],
    ]),
  ].join('\n');
}

function operationsSection(ops: NonNullable<BenchResult['operations']>): string {
  return [
    `4. DynamoDB work per operation — counted on the real client, ${count(ops.rotationsInTable)} rotations in the table; target for writes: 1 read round + 1 TransactWriteItems`,
    table([
      ['operation', 'calls', 'read rounds', 'transact', 'capacity units', 'p50', 'target'],
      ...ops.rows.map((r) => [
        r.operation,
        r.callsText + (r.stable ? '' : ' (varies)'),
        String(r.readRounds),
        r.write ? String(r.transactWrites) : '—',
        r.capacityReported ? String(r.capacityUnits) : `${r.capacityUnits} (partly unreported)`,
        ms(r.p50Ms),
        r.write ? verdict(r.targetMet) : r.scans === 0 ? 'no Scan' : 'SCAN',
      ]),
    ]),
  ].join('\n');
}

function growthSection(growth: NonNullable<BenchResult['growth']>): string {
  const [small, large] = [growth.rows[0]?.small.rotations ?? 0, growth.rows[0]?.large.rotations ?? 0];
  return [
    `5. Growth — the same operations at ${count(small)} and ${count(large)} rotations; target: equal calls, p50 ≤ ${GROWTH_TARGET}×`,
    table([
      ['operation', 'calls equal', `p50 @ ${count(small)}`, `p50 @ ${count(large)}`, 'ratio', 'target', 'noise floor'],
      ...growth.rows.map((r) => [
        r.operation,
        r.callsEqual ? 'yes' : `NO: ${r.small.calls} → ${r.large.calls}`,
        ms(r.small.p50Ms),
        ms(r.large.p50Ms),
        times(r.ratio),
        verdict(r.targetMet) + (!r.targetMet && r.withinNoise ? ' (within noise)' : ''),
        times(r.controlRatio),
      ]),
    ]),
    `   noise floor: a second table of ${count(small)} rotations against the first, measured in the same turns (ideally 1.00×);`,
    '   "within noise": the ratio is no further from 1.00× than the widest noise floor.',
    `   bulk load: ${growth.loads.map((l) => `${count(l.rotations)} rotations (${count(l.items)} items) in ${(l.ms / 1000).toFixed(1)} s`).join('; ')}`,
  ].join('\n');
}

function contentionSection(c: ContentionReport): string {
  return [
    `6. Contention — ${c.attempts} simultaneous bookings of the last ${c.freeSlots} slots of one department, through the HTTP server; ${c.runs.length} run(s)`,
    table([
      ['run', 'booked', 'refused', 'p50', 'p99', 'occupancy', 'placements', 'target'],
      ...c.runs.map((r, i) => [
        String(i + 1),
        `${r.successes}/${r.freeSlots}`,
        Object.entries(r.refusals)
          .map(([code, n]) => `${n}× ${code}`)
          .join(', ') || '—',
        ms(r.latencyMs.p50),
        ms(r.latencyMs.p99),
        r.occupancyConsistent ? 'consistent' : 'INCONSISTENT',
        r.placementsConsistent ? 'consistent' : 'INCONSISTENT',
        verdict(r.successes === r.freeSlots && r.occupancyConsistent && r.placementsConsistent),
      ]),
    ]),
  ].join('\n');
}

function targetsSection(targets: Target[]): string {
  return [
    'Targets',
    table([
      ['section', 'target', 'result', 'detail'],
      ...targets.map((t) => [String(t.section), t.target, verdict(t.met), t.detail]),
    ]),
  ].join('\n');
}

export function render(result: BenchResult): string {
  const parts = [
    `Talent Exchange Coordinator — benchmark (${result.mode}) ${result.generatedAt}`,
    `${result.machine.node} · ${result.machine.platform} · ${result.machine.cpus}× ${result.machine.cpuModel} · ${result.machine.memoryGiB} GiB · DynamoDB Local (in memory)`,
    `load average ${result.machine.loadAverage.start} at start, ${result.machine.loadAverage.end ?? '?'} at end${
      Math.max(result.machine.loadAverage.start, result.machine.loadAverage.end ?? 0) > result.machine.cpus
        ? ' — the machine was busy with other work: timings are noisy, ratios (measured in turns) less so'
        : ''
    }`,
  ];
  if (result.bundles) parts.push(bundleSection(result.bundles));
  if (result.coldStart) parts.push(coldStartSection(result.coldStart));
  if (result.overhead) parts.push(overheadSection(result.overhead));
  if (result.operations) parts.push(operationsSection(result.operations));
  if (result.growth) parts.push(growthSection(result.growth));
  if (result.contention) parts.push(contentionSection(result.contention));
  if (result.batch) parts.push(batchSection(result.batch));
  if (result.console) parts.push(consoleSection(result.console));
  parts.push(targetsSection(result.targets));
  return parts.join('\n\n');
}

function consoleSection(c: ConsoleReport): string {
  const lines = [
    `8. The console — initial JavaScript (entry + preloaded chunks, gzip -9): ${kb(c.initialJs.gzipBytes)}, target ≤ ${kb(INITIAL_JS_TARGET_BYTES)} ${verdict(c.initialJs.targetMet)}`,
    `   ${c.initialJs.files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(' · ')}`,
  ];
  if (!c.requests)
    lines.push('   API requests per screen: not measured in quick mode (needs the local system and Chromium).');
  else
    lines.push(
      `   API requests per screen (a fresh load in Chromium, signed in as the programme office), by visitors in the programme:`,
      table([
        ['screen', `${c.requests.sizes[0]} visitors`, `${c.requests.sizes[1]} visitors`, 'does not grow'],
        ...c.requests.rows.map((r) => [r.screen, count(r.small), count(r.large), verdict(r.targetMet)]),
      ]),
    );
  return lines.join('\n');
}

/** The control ratio furthest from 1.00×. */
const widestNoise = (rows: GrowthRow[]) =>
  rows.reduce(
    (widest, r) => (Math.abs(Math.log(r.controlRatio)) > Math.abs(Math.log(widest)) ? r.controlRatio : widest),
    1,
  );

/** One line per target the brief states, from the sections that ran. */
export function targetsOf(result: Omit<BenchResult, 'targets'>): Target[] {
  const targets: Target[] = [];
  if (result.console) {
    targets.push({
      section: 8,
      target: `console initial JavaScript ≤ ${kb(INITIAL_JS_TARGET_BYTES)} gzipped`,
      met: result.console.initialJs.targetMet,
      detail: kb(result.console.initialJs.gzipBytes),
    });
    for (const r of result.console.requests?.rows ?? [])
      targets.push({
        section: 8,
        target: `${r.screen}: requests do not grow with visitors`,
        met: r.targetMet,
        detail: `${r.small} at ${result.console.requests!.sizes[0]}, ${r.large} at ${result.console.requests!.sizes[1]}`,
      });
  }
  for (const c of result.coldStart ?? []) {
    if (c.function === 'baseline') continue;
    targets.push({
      section: 2,
      target: `cold start ${c.function} ≤ ${COLD_START_TARGET}×`,
      met: c.targetMet,
      detail: `${times(c.asDeployed.ratio)} (${ms(c.asDeployed.totalMs)})`,
    });
  }
  if (result.overhead) {
    const o = result.overhead;
    targets.push({
      section: 3,
      target: `middleware overhead p50 < ${OVERHEAD_TARGET_MS} ms`,
      met: o.targetMet,
      detail: `p50 ${ms(o.differenceMs.p50)}, p99 ${ms(o.differenceMs.p99)}`,
    });
  }
  for (const r of result.operations?.rows ?? []) {
    targets.push({
      section: 4,
      target: r.write
        ? `${r.operation}: 1 read round + 1 TransactWriteItems`
        : `${r.operation}: no Scan, bounded calls`,
      met: r.targetMet,
      detail: r.write ? `${r.readRounds} read round(s), ${r.transactWrites} TransactWriteItems` : r.callsText,
    });
  }
  for (const r of result.growth?.rows ?? []) {
    const noise =
      !r.targetMet && r.withinNoise ? ` (within the noise floor, ${times(widestNoise(result.growth!.rows))})` : '';
    targets.push({
      section: 5,
      target: `${r.operation}: equal calls, p50 ≤ ${GROWTH_TARGET}×`,
      met: r.targetMet,
      detail: `${r.callsEqual ? 'calls equal' : 'calls differ'}, ${times(r.ratio)}${noise}`,
    });
  }
  if (result.contention) {
    const c = result.contention;
    targets.push({
      section: 6,
      target: `contention: booked = ${c.freeSlots} free slots, state consistent`,
      met: c.targetMet,
      detail: `booked ${c.successesPerRun.join(', ')}; p50 ${ms(c.p50Ms)}, p99 ${ms(c.p99Ms)}`,
    });
  }
  if (result.batch) {
    const { perRow } = result.batch.import.commit;
    targets.push({
      section: 7,
      target: `import ${result.batch.import.rows} rows: ≤ 1 read round and 1 TransactWriteItems a row`,
      met: perRow.transactWrites <= 1 && perRow.readRounds <= 1,
      detail: `${perRow.transactWrites} TransactWriteItems, ${perRow.readRounds} read rounds, ${perRow.readCalls} read calls a row; ${ms(result.batch.import.commit.ms)} in all`,
    });
    const plan = result.batch.plan;
    if (plan) {
      const { work } = plan.commit;
      targets.push({
        section: 7,
        target: `rotation plan of ${plan.rotations}: 1 read round and 1 TransactWriteItems`,
        met: work.readRounds <= 1 && work.transactWrites === 1,
        detail: `${describeCalls(work.calls)}; ${ms(plan.commit.ms)} (dry run ${describeCalls(plan.dryRun.work.calls)}, ${ms(plan.dryRun.ms)})`,
      });
    }
    const [few, many] = [result.batch.roster[0], result.batch.roster[result.batch.roster.length - 1]];
    if (few && many && few !== many) {
      // What pagination alone adds: a page of 100 placements, rotations, people or departments more.
      const pages = (n: number) => Math.ceil(Math.max(n, 1) / 100);
      const allowed = 2 * (pages(many.visitors) - pages(few.visitors)) + (pages(many.rotations) - pages(few.rotations));
      targets.push({
        section: 7,
        target: `roster: calls grow only with pages (${few.visitors} → ${many.visitors} visitors)`,
        met: many.work.total - few.work.total <= allowed,
        detail: `${few.work.total} → ${many.work.total} calls (pagination allows +${allowed}); ${ms(few.ms)} → ${ms(many.ms)}`,
      });
    }
  }
  return targets;
}
