/**
 * The coordinators' views, through the real handlers on DynamoDB Local: the visitors list with
 * its filters, the programme overview's figures and the lists behind them, the schedule board's
 * rows and the host's capacity over a range with who is there. Each is one request for the
 * whole programme (the console's request count must not grow with the number of visitors).
 */
import { startHarness, type Harness } from '../support/harness';
import { buildWorld, expectStatus, type World } from '../support/fixtures';
import { addDays } from '../../shared/domain/dates';
import * as clock from '../../shared/clock';

let h: Harness;
let w: World;
const today = clock.today();
const day = (offset: number) => addDays(today, offset);
let programmeId: string;
const people: Record<string, { staffId: string; placementId: string; rotationId?: string }> = {};

const get = (path: string, token = w.coordinator) => expectStatus(h.request('GET', path, { token }), 200);
const post = (path: string, body: unknown, token = w.admin) =>
  expectStatus(h.request('POST', path, { token, body }), 201);

async function person(
  key: string,
  names: Record<string, string>,
  discipline: string,
  specialty: string,
  options: { start: number; permit: boolean },
) {
  const staff = await post('/v1/staff', {
    names,
    email: `${key}-${Date.now()}@example.org`,
    discipline,
    specialty,
    homeInstitutionId: w.homeId,
  });
  if (options.permit)
    await post(`/v1/staff/${staff.staffId}/credentials`, {
      type: 'ENTRY_PERMIT',
      number: `EP-${key}`,
      region: 'HK',
      validFrom: day(-30),
      validTo: day(400),
    });
  const placement = await post(
    `/v1/programmes/${programmeId}/placements`,
    { staffId: staff.staffId, hostInstitutionId: w.hostId, startDate: day(options.start), endDate: day(300) },
    w.coordinator,
  );
  people[key] = { staffId: staff.staffId, placementId: placement.placementId };
}

const rotation = (key: string, from: number, to: number, departmentId = w.departments.medicine) =>
  post(
    `/v1/placements/${people[key]!.placementId}/rotations`,
    { departmentId, startDate: day(from), endDate: day(to), activity: 'OBSERVATION' },
    w.coordinator,
  );

async function withEtag(path: string) {
  const res = await h.request('GET', path, { token: w.admin });
  return res.headers.get('etag')!;
}

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, { capacity: 3 });
  const names = (en: string) => ({ en, 'zh-Hant': `${en}（繁）`, 'zh-Hans': `${en}（简）` });
  programmeId = (
    await post('/v1/programmes', {
      names: names('Nurse Exchange'),
      direction: 'GD_TO_HK',
      startDate: day(-10),
      endDate: day(365),
      status: 'OPEN',
    })
  ).programmeId;
  await person('chen', { en: 'CHEN Zhiqiang', 'zh-Hans': '陈志强' }, 'DOCTOR', 'Cardiology', {
    start: 10,
    permit: true,
  });
  await person('lam', { en: 'LAM Ka-ming', 'zh-Hant': '林家明' }, 'NURSE', 'Intensive Care', {
    start: 60,
    permit: false,
  });
  await person('zhou', { 'zh-Hans': '周晓燕' }, 'NURSE', 'Paediatrics', { start: 90, permit: true });

  // chen: one rotation awaiting confirmation, one confirmed, one declined with a reason.
  const awaiting = await rotation('chen', 20, 40);
  const confirmed = await rotation('chen', 41, 50, w.departments.surgery);
  const declined = await rotation('chen', 51, 60);
  people.chen!.rotationId = awaiting.rotationId;
  for (const action of ['offer', 'accept']) {
    const path = `/v1/placements/${people.chen!.placementId}`;
    await expectStatus(
      h.request('POST', `${path}/transitions`, {
        token: w.coordinator,
        body: { action },
        headers: { 'if-match': await withEtag(path) },
      }),
      200,
    );
  }
  const respond = async (rotationId: string, what: 'confirm' | 'decline', body?: unknown) =>
    expectStatus(
      h.request('POST', `/v1/rotations/${rotationId}/${what}`, {
        token: w.coordinator,
        body,
        headers: { 'if-match': await withEtag(`/v1/rotations/${rotationId}`) },
      }),
      200,
    );
  await respond(confirmed.rotationId, 'confirm');
  await respond(declined.rotationId, 'decline', { reason: 'My licensing exam is that week' });
  // lam: a rotation that is then cancelled (the board leaves it out).
  const cancelled = await rotation('lam', 70, 80);
  await expectStatus(
    h.request('DELETE', `/v1/rotations/${cancelled.rotationId}`, {
      token: w.coordinator,
      headers: { 'if-match': await withEtag(`/v1/rotations/${cancelled.rotationId}`) },
    }),
    200,
  );
  await rotation('lam', 100, 110);
}, 120_000);
afterAll(() => h.close());

describe('the programme overview', () => {
  it('counts placements by state and lists what needs attention, each with the visitor and department named', async () => {
    const overview = await get(`/v1/programmes/${programmeId}/overview`);
    expect(overview.today).toBe(today);
    expect(overview.visitors).toBe(3);
    const pipeline = Object.fromEntries(
      overview.pipeline.map((p: { status: string; count: number }) => [p.status, p.count]),
    );
    expect(pipeline).toMatchObject({ NOMINATED: 2, OFFERED: 0, ACCEPTED: 1, COMPLETED: 0 });
    expect(overview.pipeline.map((p: { status: string }) => p.status).slice(0, 3)).toEqual([
      'NOMINATED',
      'OFFERED',
      'ACCEPTED',
    ]);

    // Awaiting: chen's scheduled rotation and lam's live one.
    expect(overview.awaitingConfirmation.count).toBe(2);
    const chenAwaiting = overview.awaitingConfirmation.items.find(
      (e: { rotationId: string }) => e.rotationId === people.chen!.rotationId,
    );
    expect(chenAwaiting).toMatchObject({
      placementId: people.chen!.placementId,
      visitor: { en: 'CHEN Zhiqiang', 'zh-Hans': '陈志强' },
      startDate: day(20),
      status: 'SCHEDULED',
      department: { en: 'Medicine' },
    });

    expect(overview.declinedRotations.count).toBe(1);
    expect(overview.declinedRotations.items[0]).toMatchObject({
      staffId: people.chen!.staffId,
      reason: 'My licensing exam is that week',
      status: 'DECLINED',
    });

    // Starting within 30 days: only chen (day 10).
    expect(overview.startingSoon.items.map((e: { staffId: string }) => e.staffId)).toEqual([people.chen!.staffId]);
    // No entry permit: lam.
    expect(overview.permitWarnings.count).toBe(1);
    expect(overview.permitWarnings.items[0]).toMatchObject({
      staffId: people.lam!.staffId,
      warnings: [expect.objectContaining({ code: 'ENTRY_PERMIT_NOT_COVERING' })],
    });
  });

  it('answers 404 for a programme that does not exist', async () => {
    const res = await h.request('GET', '/v1/programmes/prog_nope/overview', { token: w.coordinator });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('the visitors list', () => {
  const ids = async (query = '') => {
    const page = await get(`/v1/programmes/${programmeId}/visitors${query}`);
    expect(page.total).toBe(page.items.length);
    return page.items.map((row: { visitor: { staffId: string } }) => row.visitor.staffId).sort();
  };

  it('carries each visitor with their placement, rotation counts and what needs attention', async () => {
    const page = await get(`/v1/programmes/${programmeId}/visitors`);
    expect(page.items).toHaveLength(3);
    const chen = page.items.find(
      (row: { visitor: { staffId: string } }) => row.visitor.staffId === people.chen!.staffId,
    );
    expect(chen.visitor).toMatchObject({
      names: { en: 'CHEN Zhiqiang' },
      discipline: 'DOCTOR',
      specialty: 'Cardiology',
    });
    expect(chen.placement.status).toBe('ACCEPTED');
    expect(chen.rotationCounts).toEqual({ SCHEDULED: 1, CONFIRMED: 1, DECLINED: 1, CANCELLED: 0, COMPLETED: 0 });
    expect(chen.flags.sort()).toEqual(['awaitingConfirmation', 'declinedRotation', 'startingSoon']);
  });

  it('filters by state, host, discipline, specialty and attention', async () => {
    expect(await ids('?status=ACCEPTED')).toEqual([people.chen!.staffId]);
    expect(await ids('?status=NOMINATED')).toEqual([people.lam!.staffId, people.zhou!.staffId].sort());
    expect(await ids(`?hostInstitutionId=${w.hostId}`)).toHaveLength(3);
    expect(await ids(`?hostInstitutionId=${w.otherHostId}`)).toEqual([]);
    expect(await ids('?discipline=NURSE')).toEqual([people.lam!.staffId, people.zhou!.staffId].sort());
    expect(await ids('?specialty=intensive')).toEqual([people.lam!.staffId]);
    expect(await ids('?flag=permitWarning')).toEqual([people.lam!.staffId]);
    expect(await ids('?flag=declinedRotation')).toEqual([people.chen!.staffId]);
    expect(await ids('?discipline=NURSE&flag=awaitingConfirmation')).toEqual([people.lam!.staffId]);
  });

  it('finds people by any of their names, in any script, whatever the case, spaces or hyphens', async () => {
    expect(await ids(`?q=${encodeURIComponent('陈志')}`)).toEqual([people.chen!.staffId]);
    expect(await ids(`?q=${encodeURIComponent('林家明')}`)).toEqual([people.lam!.staffId]);
    expect(await ids(`?q=${encodeURIComponent('ka ming')}`)).toEqual([people.lam!.staffId]);
    expect(await ids('?q=zhiqiang')).toEqual([people.chen!.staffId]);
    expect(await ids(`?q=${encodeURIComponent('晓燕')}`)).toEqual([people.zhou!.staffId]);
    expect(await ids('?q=nobody')).toEqual([]);
  });

  it('pages with the cursor it hands out and refuses one it did not', async () => {
    const first = await get(`/v1/programmes/${programmeId}/visitors?limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    const second = await get(`/v1/programmes/${programmeId}/visitors?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeUndefined();
    const bad = await h.request('GET', `/v1/programmes/${programmeId}/visitors?cursor=plc_forged`, {
      token: w.coordinator,
    });
    expect(bad.status).toBe(400);
    const unknown = await h.request('GET', `/v1/programmes/${programmeId}/visitors?colour=red`, {
      token: w.coordinator,
    });
    expect(unknown.status).toBe(400);
  });
});

describe('the schedule board', () => {
  it("holds every visitor's live and declined rotations and the departments they use, in one request", async () => {
    const schedule = await get(`/v1/programmes/${programmeId}/schedule`);
    expect(schedule.nextCursor).toBeUndefined();
    expect(schedule.items).toHaveLength(3);
    const rowOf = (key: string) =>
      schedule.items.find(
        (row: { placement: { placementId: string } }) => row.placement.placementId === people[key]!.placementId,
      );
    expect(rowOf('chen').visitor.names['zh-Hans']).toBe('陈志强');
    expect(rowOf('chen').rotations.map((r: { status: string }) => r.status)).toEqual([
      'SCHEDULED',
      'CONFIRMED',
      'DECLINED',
    ]);
    // The cancelled rotation is left out.
    expect(rowOf('lam').rotations.map((r: { startDate: string }) => r.startDate)).toEqual([day(100)]);
    expect(rowOf('zhou').rotations).toEqual([]);
    expect(schedule.departments.map((d: { departmentId: string }) => d.departmentId).sort()).toEqual(
      [w.departments.medicine, w.departments.surgery].sort(),
    );
    expect(
      schedule.departments.find((d: { departmentId: string }) => d.departmentId === w.departments.surgery).names.en,
    ).toBe('Surgery');
  });
});

describe("a host's capacity", () => {
  it('gives every department × day booked against capacity, and who holds each day', async () => {
    const occupancy = await get(`/v1/institutions/${w.hostId}/occupancy?from=${day(35)}&to=${day(45)}`);
    expect(
      occupancy.departments.map((d: { department: { names: { en: string } } }) => d.department.names.en).sort(),
    ).toEqual(['Medicine', 'Surgery']);
    const medicine = occupancy.departments.find(
      (d: { department: { departmentId: string } }) => d.department.departmentId === w.departments.medicine,
    );
    expect(medicine.department.capacity).toBe(3);
    expect(medicine.days).toHaveLength(11);
    expect(medicine.days[0]).toEqual({ date: day(35), booked: 1, rotationIds: [people.chen!.rotationId] });
    expect(medicine.days[6]).toMatchObject({ date: day(41), booked: 0 });
    const surgery = occupancy.departments.find(
      (d: { department: { departmentId: string } }) => d.department.departmentId === w.departments.surgery,
    );
    expect(surgery.days[6]).toMatchObject({ date: day(41), booked: 1 });
    expect(occupancy.rotations).toHaveLength(2);
    expect(occupancy.rotations.every((r: { visitor: { en: string } }) => r.visitor.en === 'CHEN Zhiqiang')).toBe(true);
  });

  it('follows a capacity change', async () => {
    const path = `/v1/departments/${w.departments.medicine}`;
    await expectStatus(
      h.request('PATCH', path, {
        token: w.coordinator,
        body: { capacity: 5 },
        headers: { 'if-match': await withEtag(path) },
      }),
      200,
    );
    const occupancy = await get(`/v1/institutions/${w.hostId}/occupancy?from=${day(35)}&to=${day(36)}`);
    const medicine = occupancy.departments.find(
      (d: { department: { departmentId: string } }) => d.department.departmentId === w.departments.medicine,
    );
    expect(medicine.department.capacity).toBe(5);
  });

  it('refuses a range longer than a quarter, or backwards', async () => {
    const long = await h.request('GET', `/v1/institutions/${w.hostId}/occupancy?from=${day(0)}&to=${day(92)}`, {
      token: w.coordinator,
    });
    expect(long.status).toBe(400);
    const backwards = await h.request('GET', `/v1/institutions/${w.hostId}/occupancy?from=${day(5)}&to=${day(1)}`, {
      token: w.coordinator,
    });
    expect(backwards.status).toBe(400);
  });
});
