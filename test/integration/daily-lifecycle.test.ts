/**
 * The daily job over a year: placements become ACTIVE on their start date, rotations and
 * placements COMPLETED the day after they end, each exactly once, on the right day; a run after
 * missed days catches up; a second run the same day moves nothing; what never got under way
 * stays as it is. Real handlers, DynamoDB Local, one table for this file.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startHarness, type Harness } from '../support/harness';
import { whileIntercepting } from '../support/dynamo-intercept';
import * as clock from '../../shared/clock';
import { addDays } from '../../shared/domain/dates';
import { handler as dailyJob } from '../../functions/lifecycle/handler';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  transition,
  type World,
} from '../support/fixtures';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, { capacity: 5 });
});
afterAll(() => h.close());

/** The scheduled event of a day's run: 00:05 in Hong Kong. */
const runOn = (date: string) => dailyJob({ time: new Date(`${date}T00:05:00+08:00`).toISOString() });

async function confirm(rotationId: string) {
  const current = await h.request('GET', `/v1/rotations/${rotationId}`, { token: w.admin });
  return expectStatus(
    h.request('POST', `/v1/rotations/${rotationId}/confirm`, {
      token: w.coordinator,
      headers: { 'if-match': current.headers.get('etag')! },
    }),
    200,
  );
}

const statusOf = async (path: string) => (await expectStatus(h.request('GET', path, { token: w.admin }), 200)).status;

it('moves every placement and rotation on the right day, once, through a year', async () => {
  // Spring: accepted, one rotation confirmed and one never confirmed.
  const spring = await addPlacement(w, (await addStaff(w)).staffId, { startDate: '2027-02-01', endDate: '2027-06-30' });
  const march = await addRotation(w, spring.placementId, { startDate: '2027-03-01', endDate: '2027-03-31' });
  const april = await addRotation(w, spring.placementId, { startDate: '2027-04-01', endDate: '2027-04-30' });
  for (const action of ['offer', 'accept']) await transition(w, spring.placementId, action);
  await confirm(march.rotationId);
  // Summer: accepted, and over while the job was not running.
  const summer = await addPlacement(w, (await addStaff(w)).staffId, { startDate: '2027-08-01', endDate: '2027-08-31' });
  const august = await addRotation(w, summer.placementId, { startDate: '2027-08-02', endDate: '2027-08-20' });
  for (const action of ['offer', 'accept']) await transition(w, summer.placementId, action);
  await confirm(august.rotationId);
  // Never accepted: nothing of it gets under way.
  const offered = await addPlacement(w, (await addStaff(w)).staffId, {
    startDate: '2027-05-01',
    endDate: '2027-10-31',
  });
  const mayRotation = await addRotation(w, offered.placementId, { startDate: '2027-05-03', endDate: '2027-05-14' });
  await transition(w, offered.placementId, 'offer');
  // Withdrawn before it started: its rotation was cancelled and nothing is due.
  const withdrawn = await addPlacement(w, (await addStaff(w)).staffId, {
    startDate: '2027-09-01',
    endDate: '2027-09-30',
  });
  await addRotation(w, withdrawn.placementId, { startDate: '2027-09-06', endDate: '2027-09-10' });
  for (const action of ['offer', 'accept', 'withdraw']) await transition(w, withdrawn.placementId, action);

  const movedOn = new Map<string, string>();
  const note = (what: string, date: string) => {
    expect(movedOn.has(what)).toBe(false); // exactly once
    movedOn.set(what, date);
  };
  // The job does not run from 25 July to 10 September (an outage); it catches up on the 11th.
  const missed = (date: string) => date >= '2027-07-25' && date <= '2027-09-10';
  for (let date = '2027-01-15'; date <= '2028-01-14'; date = addDays(date, 1)) {
    if (missed(date)) continue;
    const moves = await runOn(date);
    for (const id of moves.activated) note(`${id} ACTIVE`, date);
    for (const id of moves.completedPlacements) note(`${id} COMPLETED`, date);
    for (const id of moves.completedRotations) note(`${id} COMPLETED`, date);
    expect(moves.failed).toEqual([]);
  }

  expect(Object.fromEntries(movedOn)).toEqual({
    [`${spring.placementId} ACTIVE`]: '2027-02-01',
    [`${march.rotationId} COMPLETED`]: '2027-04-01',
    [`${april.rotationId} COMPLETED`]: '2027-05-01',
    [`${spring.placementId} COMPLETED`]: '2027-07-01',
    [`${summer.placementId} ACTIVE`]: '2027-09-11',
    [`${summer.placementId} COMPLETED`]: '2027-09-11',
    [`${august.rotationId} COMPLETED`]: '2027-09-11',
  });
  expect(await statusOf(`/v1/placements/${spring.placementId}`)).toBe('COMPLETED');
  expect(await statusOf(`/v1/placements/${offered.placementId}`)).toBe('OFFERED');
  expect(await statusOf(`/v1/rotations/${mayRotation.rotationId}`)).toBe('SCHEDULED');
  expect(await statusOf(`/v1/placements/${withdrawn.placementId}`)).toBe('WITHDRAWN');

  // Each move is in the placement's history once, by the job, not by a person.
  const history = await expectStatus(
    h.request('GET', `/v1/placements/${spring.placementId}/history?limit=100`, { token: w.admin }),
    200,
  );
  const byJob = history.items.filter((a: { actor: { role: string } }) => a.actor.role === 'system');
  expect(byJob.map((a: { action: string }) => a.action).sort()).toEqual([
    'placement.activated',
    'placement.completed',
    'rotation.completed',
    'rotation.completed',
  ]);

  // A second run the same day, or any later day, moves nothing.
  const again = await runOn('2028-01-14');
  expect([...again.activated, ...again.completedPlacements, ...again.completedRotations]).toEqual([]);
  // Only the rotation of the placement never accepted is still due, and it stays as it is.
  expect(again.skipped).toEqual([mayRotation.rotationId]);
});

it('leaves a placement changed by a coordinator since it was found to the coordinator', async () => {
  const placement = await addPlacement(w, (await addStaff(w)).staffId, {
    startDate: '2027-03-01',
    endDate: '2027-03-31',
  });
  for (const action of ['offer', 'accept']) await transition(w, placement.placementId, action);
  // The programme office cancels it before the job gets to it on its start date.
  await transition(w, placement.placementId, 'cancel');
  const moves = await runOn('2027-03-01');
  expect(moves.activated).not.toContain(placement.placementId);
  expect(await statusOf(`/v1/placements/${placement.placementId}`)).toBe('CANCELLED');
});

describe('cancelling a placement with many rotations', () => {
  /** A placement with `count` two-day rotations in a department of its own, one after another. */
  async function busyPlacement(count: number) {
    const department = await expectStatus(
      h.request('POST', `/v1/institutions/${w.hostId}/departments`, {
        token: w.admin,
        body: {
          names: { en: `Day ward ${count}`, 'zh-Hant': '日間病房', 'zh-Hans': '日间病房' },
          specialty: 'MEDICINE',
          capacity: 3,
        },
      }),
      201,
    );
    const placement = await addPlacement(w, (await addStaff(w)).staffId, {
      startDate: '2027-01-04',
      endDate: '2027-12-31',
    });
    const rotationIds: string[] = [];
    for (let i = 0, start = '2027-01-04'; i < count; i++, start = addDays(start, 2)) {
      const rotation = await addRotation(w, placement.placementId, {
        departmentId: department.departmentId,
        startDate: start,
        endDate: start,
        activity: 'OBSERVATION',
      });
      rotationIds.push(rotation.rotationId);
    }
    return { placementId: placement.placementId, departmentId: department.departmentId, rotationIds };
  }

  async function statuses(placementId: string) {
    const all: { status: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await expectStatus(
        h.request(
          'GET',
          `/v1/placements/${placementId}/rotations?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { token: w.admin },
        ),
        200,
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all.map((r) => r.status);
  }

  async function bookedDays(departmentId: string) {
    const occupancy = await expectStatus(
      h.request('GET', `/v1/departments/${departmentId}/occupancy?from=2027-01-01&to=2027-12-31`, { token: w.admin }),
      200,
    );
    return occupancy.days.filter((d: { booked: number }) => d.booked > 0).length;
  }

  it('cancels every one of 120 rotations, frees their days, and tells the notifier the placement email covers them', async () => {
    const busy = await busyPlacement(120);
    expect(await bookedDays(busy.departmentId)).toBe(120);
    expect((await transition(w, busy.placementId, 'cancel')).status).toBe(200);
    expect(await statuses(busy.placementId)).toEqual(Array(120).fill('CANCELLED'));
    expect(await bookedDays(busy.departmentId)).toBe(0);
    const history: { action: string; reasonCode?: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await expectStatus(
        h.request(
          'GET',
          `/v1/placements/${busy.placementId}/history?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { token: w.admin },
        ),
        200,
      );
      history.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const cancellations = history.filter((a) => a.action === 'rotation.cancelled');
    expect(cancellations).toHaveLength(120);
    // With this reason code the notifier sends no email per rotation (recipients.test.ts).
    expect(new Set(cancellations.map((a) => a.reasonCode))).toEqual(new Set(['PLACEMENT_CANCELLED']));
  });

  it('is finished by the daily job when the request stops after the placement was cancelled', async () => {
    const busy = await busyPlacement(60);
    // Every transaction after the first one of the request fails, as if the function died there.
    let transactions = 0;
    const cancelled: { status: number; body: { status: string } } = await whileIntercepting(
      async (command, realSend) => {
        if (command instanceof TransactWriteCommand && ++transactions > 1) throw new Error('Task timed out');
        return realSend(command);
      },
      () => transition(w, busy.placementId, 'cancel'),
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    const left = (await statuses(busy.placementId)).filter((s) => s !== 'CANCELLED').length;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(60);

    const run = await runOn(clock.today());
    expect(run.cancellationsFinished).toEqual([busy.placementId]);
    expect(await statuses(busy.placementId)).toEqual(Array(60).fill('CANCELLED'));
    expect(await bookedDays(busy.departmentId)).toBe(0);
    // Nothing is left for the next run.
    expect((await runOn(clock.today())).cancellationsFinished).toEqual([]);
  });
});
