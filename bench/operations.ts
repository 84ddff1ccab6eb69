/**
 * Sections 4 and 5: the DynamoDB work of each API operation (calls by command, read rounds,
 * TransactWriteItems, consumed capacity — counted on the real client) and its time, for a
 * fresh visitor per repetition: nominate, (offer, accept), schedule, reschedule, confirm, list
 * "my rotations", a month's occupancy, the placement's history, the programme's schedule and the
 * host's occupancy. Setup goes through the HTTP API
 * with the test fixtures and is not measured; the measured calls go straight into the handlers.
 */
import { addStaff, expectStatus, transition, type World } from '../test/support/fixtures';
import type { ApiCall } from './events';
import { describeCalls, type DynamoMeter, type Work } from './dynamo-meter';
import { claimsOf, expectAnswer, invoke, staffSubject, useTable, type Sample } from './world';
import { median, round, shuffle } from './stats';

export const OPERATIONS = [
  { name: 'create placement', write: true },
  { name: 'create rotation', write: true },
  { name: 'reschedule rotation', write: true },
  { name: 'confirm rotation', write: true },
  { name: 'list my rotations', write: false },
  { name: 'occupancy (a month)', write: false },
  { name: 'placement history', write: false },
  { name: 'programme schedule', write: false },
  { name: 'host occupancy (a month)', write: false },
] as const;
export type OperationName = (typeof OPERATIONS)[number]['name'];

export interface OperationSample {
  ms: number;
  work: Work;
}
export type Repetition = Record<OperationName, OperationSample>;
/** Who calls: the fixtures' admin and programme coordinator. */
type Claims = Pick<Sample, 'admin' | 'coordinator'>;

const names = (en: string) => ({ en, 'zh-Hant': `${en}（繁）`, 'zh-Hans': `${en}（简）` });

/** A department of the world's host hospital, through the API. */
export async function addDepartment(w: World, capacity: number, name = 'Bench Ward'): Promise<string> {
  const department = await expectStatus(
    w.h.request('POST', `/v1/institutions/${w.hostId}/departments`, {
      token: w.admin,
      body: { names: names(name), specialty: 'MEDICINE', capacity },
    }),
    201,
  );
  return department.departmentId as string;
}

/** One visitor's way through every measured operation. */
export async function repetition(w: World, who: Claims, meter: DynamoMeter): Promise<Repetition> {
  const samples = {} as Repetition;
  const measure = async (name: OperationName, call: ApiCall, status: number) => {
    meter.reset();
    const started = performance.now();
    const answer = await invoke(call);
    const ms = performance.now() - started;
    samples[name] = { ms, work: meter.work() };
    return expectAnswer(answer, status, name);
  };

  const staff = await addStaff(w);
  const departmentId = await addDepartment(w, 2);
  const me = await claimsOf(w.h, staffSubject(staff.staffId));

  const placement = await measure(
    'create placement',
    {
      route: 'POST /v1/programmes/{programmeId}/placements',
      params: { programmeId: w.programmeId },
      body: { staffId: staff.staffId, hostInstitutionId: w.hostId, startDate: '2027-02-01', endDate: '2027-11-30' },
      claims: who.coordinator,
    },
    201,
  );
  const placementId = placement.placementId as string;
  await expectStatus(transition(w, placementId, 'offer'), 200);
  await expectStatus(transition(w, placementId, 'accept'), 200);

  const rotation = await measure(
    'create rotation',
    {
      route: 'POST /v1/placements/{placementId}/rotations',
      params: { placementId },
      body: { departmentId, startDate: '2027-03-01', endDate: '2027-03-31', activity: 'CLINICAL' },
      claims: who.coordinator,
    },
    201,
  );
  const rotationId = rotation.rotationId as string;
  const moved = await measure(
    'reschedule rotation',
    {
      route: 'PATCH /v1/rotations/{rotationId}',
      params: { rotationId },
      body: { startDate: '2027-04-01', endDate: '2027-04-30' },
      headers: { 'if-match': `"${rotation.version}"` },
      claims: who.coordinator,
    },
    200,
  );
  await measure(
    'confirm rotation',
    {
      route: 'POST /v1/rotations/{rotationId}/confirm',
      params: { rotationId },
      headers: { 'if-match': `"${moved.version}"` },
      claims: me,
    },
    200,
  );
  await measure('list my rotations', { route: 'GET /v1/me/rotations', claims: me }, 200);
  await measure(
    'occupancy (a month)',
    {
      route: 'GET /v1/departments/{departmentId}/occupancy',
      params: { departmentId },
      query: { from: '2027-04-01', to: '2027-04-30' },
      claims: who.admin,
    },
    200,
  );
  await measure(
    'placement history',
    { route: 'GET /v1/placements/{placementId}/history', params: { placementId }, claims: who.coordinator },
    200,
  );
  // The coordinators' views read a whole programme or host: their cost follows the programme (one
  // placement more each repetition, alike on every side), never the table.
  await measure(
    'programme schedule',
    {
      route: 'GET /v1/programmes/{programmeId}/schedule',
      params: { programmeId: w.programmeId },
      claims: who.coordinator,
    },
    200,
  );
  await measure(
    'host occupancy (a month)',
    {
      route: 'GET /v1/institutions/{institutionId}/occupancy',
      params: { institutionId: w.hostId },
      query: { from: '2027-04-01', to: '2027-04-30' },
      claims: who.coordinator,
    },
    200,
  );
  return samples;
}

/** A table holding `rotations` rotations and a world of its own to work in. */
export interface Side {
  rotations: number;
  tableName: string;
  w: World;
}

/**
 * Repetitions on each side in turn (in a fresh random order each time), so that drift — DynamoDB Local's JIT
 * warming up, other work on the machine — meets both table sizes alike. The first `warmup`
 * repetitions are not kept (lazy initialisation, JIT).
 */
export async function measureSides(
  sides: Side[],
  who: Claims,
  meter: DynamoMeter,
  options: { count: number; warmup: number; log: (line: string) => void },
): Promise<Repetition[][]> {
  const kept: Repetition[][] = sides.map(() => []);
  for (let i = 0; i < options.warmup + options.count; i++) {
    for (const k of shuffle(sides.map((_, k) => k))) {
      useTable(sides[k]!.tableName);
      const rep = await repetition(sides[k]!.w, who, meter);
      if (i >= options.warmup) kept[k]!.push(rep);
    }
    if (i + 1 === options.warmup) options.log(`  ${options.warmup} warm-up repetition(s) done`);
  }
  options.log(
    `  ${options.count} repetitions on tables of ${sides.map((s) => `${s.rotations.toLocaleString('en-US')}`).join(', ')} rotations done`,
  );
  return kept;
}

// ---------- section 4 ----------

export interface OperationWork {
  operation: OperationName;
  write: boolean;
  calls: Record<string, number>;
  callsText: string;
  totalCalls: number;
  readRounds: number;
  transactWrites: number;
  scans: number;
  capacityUnits: number;
  capacityReported: boolean;
  /** The same calls in every repetition. */
  stable: boolean;
  p50Ms: number;
  /** Median milliseconds in DynamoDB calls, by command. */
  callMsP50: Record<string, number>;
  /** Writes: one read round and one TransactWriteItems. Reads: no Scan. */
  targetMet: boolean;
}

const sameCalls = (a: Work, b: Work) => describeCalls(a.calls) === describeCalls(b.calls);

function callMsP50(samples: OperationSample[]): Record<string, number> {
  const commands = new Set(samples.flatMap((s) => Object.keys(s.work.callMs)));
  return Object.fromEntries([...commands].map((c) => [c, round(median(samples.map((s) => s.work.callMs[c] ?? 0)))]));
}

export function workOf(reps: Repetition[]): OperationWork[] {
  return OPERATIONS.map(({ name, write }) => {
    const samples = reps.map((r) => r[name]);
    const first = samples[0]!.work;
    return {
      operation: name,
      write,
      calls: first.calls,
      callsText: describeCalls(first.calls),
      totalCalls: first.total,
      readRounds: first.readRounds,
      transactWrites: first.transactWrites,
      scans: first.scans,
      capacityUnits: round(median(samples.map((s) => s.work.capacityUnits))),
      capacityReported: samples.every((s) => s.work.capacityReported),
      stable: samples.every((s) => sameCalls(s.work, first)),
      p50Ms: round(median(samples.map((s) => s.ms))),
      callMsP50: callMsP50(samples),
      targetMet: first.scans === 0 && (!write || (first.readRounds <= 1 && first.transactWrites === 1)),
    };
  });
}

// ---------- section 5 ----------

export const GROWTH_TARGET = 1.1;

export interface GrowthRow {
  operation: OperationName;
  small: { rotations: number; calls: string; p50Ms: number; callMsP50: Record<string, number> };
  large: { rotations: number; calls: string; p50Ms: number; callMsP50: Record<string, number> };
  callsEqual: boolean;
  ratio: number;
  /** The noise floor: a second table of the small size against the first (ideally 1.00×). */
  controlRatio: number;
  /** The ratio is no further from 1 than the widest noise floor of any operation. */
  withinNoise: boolean;
  targetMet: boolean;
}

type Measured = { rotations: number; reps: Repetition[] };

export function growthOf(small: Measured, large: Measured, control: Measured): GrowthRow[] {
  const rows = OPERATIONS.map(({ name }) => {
    const side = (s: Measured) => ({
      rotations: s.rotations,
      calls: describeCalls(s.reps[0]![name].work.calls),
      p50Ms: round(median(s.reps.map((r) => r[name].ms))),
      callMsP50: callMsP50(s.reps.map((r) => r[name])),
    });
    const a = side(small);
    const b = side(large);
    const all = [...small.reps, ...large.reps, ...control.reps].map((r) => r[name].work);
    const callsEqual = all.every((w) => sameCalls(w, all[0]!));
    const ratio = round(b.p50Ms / a.p50Ms);
    const controlRatio = round(side(control).p50Ms / a.p50Ms);
    return {
      operation: name,
      small: a,
      large: b,
      callsEqual,
      ratio,
      controlRatio,
      withinNoise: false,
      targetMet: callsEqual && ratio <= GROWTH_TARGET,
    };
  });
  const band = Math.max(...rows.map((r) => Math.abs(Math.log(r.controlRatio))));
  return rows.map((r) => ({ ...r, withinNoise: Math.abs(Math.log(r.ratio)) <= band }));
}
