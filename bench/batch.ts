/**
 * Section 7: batch work. Importing a 500-row intake (dry run, then commit in chunks as the
 * console does): DynamoDB calls per row — the target is one read round and one
 * TransactWriteItems per row, with reads shared across the rows of a chunk — and the total
 * time. Exporting a programme's roster at 10 and at 130 visitors: the queries must not grow
 * with the number of visitors beyond pagination (a page holds 100 items, a BatchGet 100 keys).
 * Scheduling a rotation plan of a whole placement in one request: its DynamoDB calls, dry run
 * and commit (the target: one read round and one TransactWriteItems, whatever the plan's size).
 */
import type { Harness } from '../test/support/harness';
import { addPlacement, addRotation, addStaff, buildWorld, expectStatus, transition } from '../test/support/fixtures';
import { describeCalls, type DynamoMeter, type Work } from './dynamo-meter';

export interface ImportBench {
  rows: number;
  dryRun: { ms: number; work: Work };
  commit: {
    ms: number;
    requests: number;
    work: Work;
    perRow: { transactWrites: number; readCalls: number; readRounds: number };
  };
}

export interface RosterBench {
  visitors: number;
  rotations: number;
  ms: number;
  work: Work;
}

export interface PlanBench {
  rotations: number;
  departments: number;
  dryRun: { ms: number; work: Work };
  commit: { ms: number; work: Work };
}

export interface BatchReport {
  import: ImportBench;
  roster: RosterBench[];
  plan?: PlanBench;
}

const READS = ['GetItem', 'BatchGetItem', 'Query'];

export async function measureBatch(
  h: Harness,
  meter: DynamoMeter,
  options: { rows: number; visitors: number[]; log: (line: string) => void },
): Promise<BatchReport> {
  const w = await buildWorld(h, { capacity: 500 });
  // By id: the bench's table holds several worlds with the same hospital names.
  const [hostName, homeName] = [w.hostId, w.homeId];
  const lines = [
    'Email,Name (English),Name (Simplified Chinese),Discipline,Specialty,Home institution,Host institution,Start date,End date,Credential 1 type,Credential 1 number,Credential 1 region,Credential 1 valid from,Credential 1 valid to',
  ];
  const stamp = Date.now();
  for (let i = 0; i < options.rows; i++)
    lines.push(
      `bench${i}-${stamp}@gd.example,Bench Nurse ${i},护士${i},NURSE,ICU,${homeName},${hostName},2027/3/1,2027年11月30日,NCHK_TEMPORARY_REGISTRATION,N${i},HK,2027-01-01,2027-12-31`,
    );
  const content = Buffer.from(`${lines.join('\r\n')}\r\n`).toString('base64');
  const body = { fileName: 'bench.csv', content };

  options.log(`7. Import of ${options.rows} rows: dry run…`);
  meter.reset();
  let started = performance.now();
  await expectStatus(
    h.request('POST', `/v1/programmes/${w.programmeId}/imports?dryRun=true`, { token: w.coordinator, body }),
    200,
  );
  const dryRun = { ms: Math.round(performance.now() - started), work: meter.work() };

  options.log(`7. Import of ${options.rows} rows: commit, chunk by chunk…`);
  meter.reset();
  started = performance.now();
  let record = await expectStatus(
    h.request('POST', `/v1/programmes/${w.programmeId}/imports`, { token: w.coordinator, body }),
    201,
  );
  let requests = 1;
  while (record.status !== 'COMPLETED') {
    record = await expectStatus(
      h.request('POST', `/v1/imports/${record.importId}/process`, { token: w.coordinator }),
      200,
    );
    requests++;
  }
  const commitWork = meter.work();
  const ms = Math.round(performance.now() - started);
  if (record.counts.created !== options.rows) throw new Error(`The bench import created ${record.counts.created} rows`);
  const readCalls = READS.reduce((sum, name) => sum + (commitWork.calls[name] ?? 0), 0);
  const commit = {
    ms,
    requests,
    work: commitWork,
    perRow: {
      // One more per request is the import's own record (stored, then moved on chunk by chunk).
      transactWrites: Number((((commitWork.calls.TransactWriteItems ?? 0) - requests) / options.rows).toFixed(3)),
      readCalls: Number((readCalls / options.rows).toFixed(3)),
      // Rounds are counted per request: the reads of a chunk, then one transaction per row.
      readRounds: Number(((commitWork.rounds - (commitWork.calls.TransactWriteItems ?? 0)) / options.rows).toFixed(3)),
    },
  };

  const roster: RosterBench[] = [];
  for (const visitors of options.visitors) {
    options.log(`7. Roster export at ${visitors} visitors: building them…`);
    const world = await buildWorld(h, { capacity: 500 });
    for (let i = 0; i < visitors; i++) {
      const staff = await addStaff(world);
      const placement = await addPlacement(world, staff.staffId);
      await transition(world, placement.placementId, 'offer');
      await transition(world, placement.placementId, 'accept');
      await addRotation(world, placement.placementId, { startDate: '2027-03-01', endDate: '2027-03-31' });
      await addRotation(world, placement.placementId, { startDate: '2027-04-01', endDate: '2027-04-30' });
    }
    meter.reset();
    const t = performance.now();
    const res = await fetch(`${h.baseUrl}/v1/programmes/${world.programmeId}/roster.xlsx`, {
      headers: { authorization: `Bearer ${world.coordinator}` },
    });
    await res.arrayBuffer();
    roster.push({ visitors, rotations: visitors * 2, ms: Math.round(performance.now() - t), work: meter.work() });
  }
  return { import: { rows: options.rows, dryRun, commit }, roster, plan: await measurePlan(h, meter, options.log) };
}

/** A placement's whole schedule as one plan: nine monthly rotations through three departments. */
async function measurePlan(h: Harness, meter: DynamoMeter, log: (line: string) => void): Promise<PlanBench> {
  log('7. Rotation plan of 9 rotations: dry run and commit…');
  const w = await buildWorld(h, { capacity: 500 });
  const staff = await addStaff(w);
  const { placementId } = await addPlacement(w, staff.staffId, { startDate: '2027-02-01', endDate: '2027-11-30' });
  const departments = [w.departments.medicine, w.departments.surgery, w.departments.medicine];
  const rotations = Array.from({ length: 9 }, (_, i) => {
    const month = String(i + 3).padStart(2, '0');
    return {
      departmentId: departments[i % departments.length],
      startDate: `2027-${month}-01`,
      endDate: `2027-${month}-28`,
      activity: 'CLINICAL',
    };
  });
  const path = `/v1/placements/${placementId}/rotation-plan`;
  const run = async (dryRun: boolean) => {
    meter.reset();
    const started = performance.now();
    await expectStatus(
      h.request('POST', `${path}${dryRun ? '?dryRun=true' : ''}`, { token: w.coordinator, body: { rotations } }),
      dryRun ? 200 : 201,
    );
    return { ms: Math.round(performance.now() - started), work: meter.work() };
  };
  const dryRun = await run(true);
  const commit = await run(false);
  return { rotations: rotations.length, departments: new Set(departments).size, dryRun, commit };
}

export function batchSection(report: BatchReport): string {
  const { dryRun, commit, rows } = report.import;
  return [
    '7. Batch work',
    `  import ${rows} rows, dry run: ${dryRun.ms} ms · ${describeCalls(dryRun.work.calls)} · ${dryRun.work.rounds} round(s)`,
    `  import ${rows} rows, commit: ${commit.ms} ms in ${commit.requests} requests (${(commit.ms / rows).toFixed(1)} ms a row) · ${describeCalls(commit.work.calls)}`,
    `    per row: ${commit.perRow.transactWrites} TransactWriteItems (+1 a request for the import record) · ${commit.perRow.readCalls} read calls · ${commit.perRow.readRounds} read rounds (a chunk's reads are shared by its rows)`,
    ...report.roster.map(
      (r) =>
        `  roster export, ${r.visitors} visitors (${r.rotations} rotations): ${r.ms} ms · ${describeCalls(r.work.calls)} · ${r.work.rounds} round(s)`,
    ),
    ...(report.plan
      ? [
          `  rotation plan, ${report.plan.rotations} rotations in ${report.plan.departments} departments, dry run: ${report.plan.dryRun.ms} ms · ${describeCalls(report.plan.dryRun.work.calls)} · ${report.plan.dryRun.work.rounds} round(s)`,
          `  rotation plan, commit: ${report.plan.commit.ms} ms · ${describeCalls(report.plan.commit.work.calls)} · ${report.plan.commit.work.readRounds} read round(s) before the one transaction`,
        ]
      : []),
  ].join('\n');
}
