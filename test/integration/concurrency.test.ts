/**
 * The rules under concurrency: many coordinators booking the last slots of a department, or the
 * same person into two places, at the same instant (CAPACITY_EXCEEDED, ROTATION_OVERLAP); a
 * capacity or a window narrowed while someone books inside it. Exactly the right writes win,
 * and the stored state afterwards agrees.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startHarness, type Harness } from '../support/harness';
import { whileIntercepting, type Send } from '../support/dynamo-intercept';
import { setClock } from '../../shared/clock';
import { repository } from '../../shared/repository';
import { addPlacement, addStaff, buildWorld, expectStatus, rotationBody, type World } from '../support/fixtures';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, { capacity: 3 });
});
afterAll(() => h.close());
afterEach(() => setClock(undefined));

it('lets exactly `capacity` of many simultaneous bookings of one department win', async () => {
  const contenders = await Promise.all(
    Array.from({ length: 8 }, async () => (await addPlacement(w, (await addStaff(w)).staffId)).placementId),
  );
  const results = await Promise.all(
    contenders.map((placementId) =>
      h.request('POST', `/v1/placements/${placementId}/rotations`, {
        token: w.coordinator,
        body: rotationBody(w, { startDate: '2027-09-01', endDate: '2027-09-14' }),
      }),
    ),
  );
  const statuses = results.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(3);
  expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  for (const loser of results.filter((r) => r.status === 409)) {
    expect(['CAPACITY_EXCEEDED', 'CONCURRENT_UPDATE']).toContain(loser.body.violations?.[0]?.code ?? loser.body.code);
  }

  const occupancy = await expectStatus(
    h.request('GET', `/v1/departments/${w.departments.medicine}/occupancy?from=2027-09-01&to=2027-09-14`, {
      token: w.admin,
    }),
    200,
  );
  const winners = results
    .filter((r) => r.status === 201)
    .map((r) => r.body.rotationId)
    .sort();
  for (const day of occupancy.days) {
    expect(day.rotationIds.sort()).toEqual(winners);
    expect(day.free).toBe(0);
  }
});

it('never puts one person in two places, even when both bookings arrive together', async () => {
  const staff = await addStaff(w);
  const placement = await addPlacement(w, staff.staffId);
  const departments = [w.departments.surgery, w.departments.medicine, w.departments.surgery];
  const results = await Promise.all(
    departments.map((departmentId, i) =>
      h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
        token: w.coordinator,
        body: rotationBody(w, { departmentId, startDate: `2027-10-0${i + 1}`, endDate: '2027-10-20' }),
      }),
    ),
  );
  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  const mine = await expectStatus(
    h.request('GET', `/v1/placements/${placement.placementId}/rotations`, { token: w.admin }),
    200,
  );
  expect(mine.items).toHaveLength(1);
});

it('loses no update when two coordinators change the same rotation at once', async () => {
  const placement = await addPlacement(w, (await addStaff(w)).staffId);
  const rotation = await expectStatus(
    h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
      token: w.coordinator,
      body: rotationBody(w, { departmentId: w.departments.surgery, startDate: '2027-11-01', endDate: '2027-11-05' }),
    }),
    201,
  );
  const results = await Promise.all(
    ['Dr Lee', 'Dr Wong'].map((name) =>
      h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        body: { supervisor: { name } },
        headers: { 'if-match': '"1"' },
      }),
    ),
  );
  expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
  const winner = results.find((r) => r.status === 200)!.body.supervisor.name;
  expect((await h.request('GET', `/v1/rotations/${rotation.rotationId}`, { token: w.admin })).body).toMatchObject({
    version: 2,
    supervisor: { name: winner },
  });
});

it('refuses a capacity reduction when a booking lands between its check and its write', async () => {
  // The reduction checks the days from today on: today is before the bookings, whenever the test runs.
  setClock('2027-05-01');
  const department = await expectStatus(
    h.request('POST', `/v1/institutions/${w.hostId}/departments`, {
      token: w.admin,
      body: {
        names: { en: 'Geriatrics', 'zh-Hant': '老人科', 'zh-Hans': '老年科' },
        specialty: 'GERIATRICS',
        capacity: 2,
      },
    }),
    201,
  );
  const book = async () => {
    const placement = await addPlacement(w, (await addStaff(w)).staffId);
    return h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
      token: w.coordinator,
      body: rotationBody(w, { departmentId: department.departmentId, startDate: '2027-06-01', endDate: '2027-06-05' }),
    });
  };
  expect((await book()).status).toBe(201);
  // The reduction reads the booking count, then (before it writes) a second booking commits.
  const readCount = repository.departmentBookingCount;
  let raced = false;
  const spy = jest.spyOn(repository, 'departmentBookingCount').mockImplementation(async (id) => {
    const count = await readCount(id);
    if (!raced) {
      raced = true;
      expect((await book()).status).toBe(201);
    }
    return count;
  });
  try {
    const res = await h.request('PATCH', `/v1/departments/${department.departmentId}`, {
      token: w.admin,
      body: { capacity: 1 },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'CAPACITY_BELOW_BOOKINGS',
      details: { days: [{ from: '2027-06-01', to: '2027-06-05' }] },
    });
  } finally {
    spy.mockRestore();
  }
  const occupancy = await expectStatus(
    h.request('GET', `/v1/departments/${department.departmentId}/occupancy?from=2027-06-01&to=2027-06-01`, {
      token: w.admin,
    }),
    200,
  );
  expect(occupancy).toMatchObject({ capacity: 2, days: [{ booked: 2, free: 0 }] });
});

it('refuses to narrow a programme window past a placement created while the change was being made', async () => {
  const programme = await expectStatus(
    h.request('POST', '/v1/programmes', {
      token: w.admin,
      body: {
        names: { en: 'Stroke centres', 'zh-Hant': '中風中心', 'zh-Hans': '中风中心' },
        direction: 'GD_TO_HK',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      },
    }),
    201,
  );
  const staffId = (await addStaff(w)).staffId;
  let latecomer: { status: number; body: { placementId: string } } | undefined;
  // Just before the narrowing commits, another coordinator nominates someone for the autumn.
  const raceTheNarrowing = async (command: unknown, realSend: Send) => {
    const writesProgramme =
      command instanceof TransactWriteCommand &&
      (command.input.TransactItems ?? []).some((item) => item.Put?.Item?.type === 'PROGRAMME');
    if (writesProgramme && !latecomer) {
      latecomer = await h.request('POST', `/v1/programmes/${programme.programmeId}/placements`, {
        token: w.coordinator,
        body: { staffId, hostInstitutionId: w.hostId, startDate: '2027-09-01', endDate: '2027-11-30' },
      });
    }
    return realSend(command);
  };
  const narrowed: { status: number; body: { violations?: unknown[] } } = await whileIntercepting(raceTheNarrowing, () =>
    h.request('PATCH', `/v1/programmes/${programme.programmeId}`, {
      token: w.admin,
      body: { endDate: '2027-06-30' },
      headers: { 'if-match': '"1"' },
    }),
  );
  expect(latecomer?.status).toBe(201);
  expect(narrowed.status).toBe(409);
  expect(narrowed.body.violations).toEqual([
    expect.objectContaining({
      code: 'PLACEMENT_OUTSIDE_WINDOW',
      details: expect.objectContaining({ placementId: latecomer?.body.placementId }),
    }),
  ]);
  const stored = await expectStatus(
    h.request('GET', `/v1/programmes/${programme.programmeId}`, { token: w.admin }),
    200,
  );
  expect(stored).toMatchObject({ endDate: '2027-12-31', version: 1 });
  expect(stored.placementSpans).toBeUndefined();
});
