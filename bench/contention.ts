/**
 * Section 6: contention through the HTTP server (the local API Gateway stand-in with its JWT
 * checks, createApiServer): a department of capacity 10 with 5 days-long slots already taken,
 * then 50 visitors' placements booked into it at the same instant. Exactly 5 may win; the
 * losers get a 409; the stored state (occupancy, each placement's rotations) must agree.
 */
import { addPlacement, addStaff, expectStatus, rotationBody, type World } from '../test/support/fixtures';
import { addDepartment } from './operations';
import { median, round, summarize, type Summary } from './stats';

export const CAPACITY = 10;
export const FREE = 5;
const PERIOD = { startDate: '2027-06-01', endDate: '2027-06-30' };

export interface ContentionRun {
  attempts: number;
  freeSlots: number;
  successes: number;
  /** 409s (and any other status) by problem code. */
  refusals: Record<string, number>;
  latencyMs: Summary;
  /** Occupancy shows capacity taken every day by exactly the pre-booked and the winning rotations. */
  occupancyConsistent: boolean;
  /** Losers' placements hold no rotation; winners' do. */
  placementsConsistent: boolean;
}

export interface ContentionReport {
  runs: ContentionRun[];
  attempts: number;
  freeSlots: number;
  successesPerRun: number[];
  p50Ms: number;
  p99Ms: number;
  stateChecked: boolean;
  targetMet: boolean;
}

/** In groups, so setup does not itself become a contention test. */
async function inGroups<T, R>(values: T[], size: number, fn: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < values.length; i += size) results.push(...(await Promise.all(values.slice(i, i + size).map(fn))));
  return results;
}

async function placementsFor(w: World, n: number): Promise<string[]> {
  return inGroups(
    Array.from({ length: n }),
    10,
    async () => (await addPlacement(w, (await addStaff(w)).staffId)).placementId,
  );
}

async function oneRun(w: World, attempts: number): Promise<ContentionRun> {
  const h = w.h;
  const departmentId = await addDepartment(w, CAPACITY, 'Contended Ward');
  const body = rotationBody(w, { departmentId, ...PERIOD });
  const book = (placementId: string) =>
    h.request('POST', `/v1/placements/${placementId}/rotations`, { token: w.coordinator, body });

  const taken = await inGroups(
    await placementsFor(w, CAPACITY - FREE),
    1,
    async (id) => (await expectStatus(book(id), 201)).rotationId as string,
  );
  const contenders = await placementsFor(w, attempts);

  const results = await Promise.all(
    contenders.map(async (placementId) => {
      const started = performance.now();
      const res = await book(placementId);
      return { placementId, res, ms: performance.now() - started };
    }),
  );
  const winners = results.filter((r) => r.res.status === 201);
  const refusals: Record<string, number> = {};
  for (const { res } of results) {
    if (res.status === 201) continue;
    const code = `${res.status} ${res.body?.violations?.[0]?.code ?? res.body?.code ?? 'unknown'}`;
    refusals[code] = (refusals[code] ?? 0) + 1;
  }

  const occupancy = await expectStatus(
    h.request('GET', `/v1/departments/${departmentId}/occupancy?from=${PERIOD.startDate}&to=${PERIOD.endDate}`, {
      token: w.admin,
    }),
    200,
  );
  const expected = [...taken, ...winners.map((r) => r.res.body.rotationId as string)].sort().join(',');
  const occupancyConsistent = (occupancy.days as { booked: number; rotationIds: string[] }[]).every(
    (day) => day.booked === taken.length + winners.length && [...day.rotationIds].sort().join(',') === expected,
  );
  const held = await inGroups(results, 10, async (r) => {
    const list = await expectStatus(
      h.request('GET', `/v1/placements/${r.placementId}/rotations`, { token: w.admin }),
      200,
    );
    return (list.items as unknown[]).length === (r.res.status === 201 ? 1 : 0);
  });

  return {
    attempts,
    freeSlots: FREE,
    successes: winners.length,
    refusals,
    latencyMs: summarize(results.map((r) => r.ms)),
    occupancyConsistent,
    placementsConsistent: held.every(Boolean),
  };
}

export async function measureContention(
  w: World,
  options: { runs: number; attempts: number; log: (line: string) => void },
): Promise<ContentionReport> {
  const runs: ContentionRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    runs.push(await oneRun(w, options.attempts));
    options.log(`  run ${i + 1}/${options.runs}: ${runs[i]!.successes} of ${options.attempts} booked`);
  }
  const stateChecked = runs.every((r) => r.occupancyConsistent && r.placementsConsistent);
  return {
    runs,
    attempts: options.attempts,
    freeSlots: FREE,
    successesPerRun: runs.map((r) => r.successes),
    p50Ms: round(median(runs.map((r) => r.latencyMs.p50))),
    p99Ms: round(median(runs.map((r) => r.latencyMs.p99))),
    stateChecked,
    targetMet: stateChecked && runs.every((r) => r.successes === FREE),
  };
}
