/**
 * The daily job over a year: placements become ACTIVE on their start date, rotations and
 * placements COMPLETED the day after they end, each exactly once, on the right day; a run after
 * missed days catches up; a second run the same day moves nothing; what never got under way
 * stays as it is. Real handlers, DynamoDB Local, one table for this file.
 */
import { startHarness, type Harness } from '../support/harness';
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
