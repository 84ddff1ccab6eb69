/**
 * Every rule of the exchange through the HTTP layer against DynamoDB Local: each one allowed
 * and refused, refusals naming the rule, ids and dates, and changing nothing.
 */
import { startHarness, type Harness } from '../support/harness';
import { setClock } from '../../shared/clock';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  rotationBody,
  type World,
} from '../support/fixtures';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
});
afterAll(() => h.close());
afterEach(() => setClock(undefined));

const createRotation = (placementId: string, overrides: Record<string, unknown> = {}, query = '') =>
  h.request('POST', `/v1/placements/${placementId}/rotations${query}`, {
    token: w.coordinator,
    body: rotationBody(w, overrides),
  });
const rotationsOf = async (placementId: string) =>
  (await expectStatus(h.request('GET', `/v1/placements/${placementId}/rotations`, { token: w.admin }), 200)).items;
const codes = (body: { violations?: { code: string }[] }) => (body.violations ?? []).map((v) => v.code).sort();

describe('OUTSIDE_PROGRAMME_WINDOW, OUTSIDE_PLACEMENT_PERIOD: inside the programme window and the placement period', () => {
  it('accepts a placement inside the window and refuses one that runs past it', async () => {
    const staff = await addStaff(w);
    await addPlacement(w, staff.staffId, { startDate: '2027-01-01', endDate: '2027-12-31' });
    const res = await h.request('POST', `/v1/programmes/${w.programmeId}/placements`, {
      token: w.coordinator,
      body: { staffId: staff.staffId, hostInstitutionId: w.hostId, startDate: '2026-12-01', endDate: '2027-03-01' },
    });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('RULE_VIOLATION');
    expect(res.body.violations[0]).toMatchObject({
      code: 'OUTSIDE_PROGRAMME_WINDOW',
      details: { windowStart: '2027-01-01', startDate: '2026-12-01' },
    });
  });

  it('answers an absurd period at once with the rules it breaks', async () => {
    const staff = await addStaff(w);
    const res = await h.request('POST', `/v1/programmes/${w.programmeId}/placements`, {
      token: w.coordinator,
      body: { staffId: staff.staffId, hostInstitutionId: w.hostId, startDate: '0001-01-01', endDate: '9999-12-31' },
    });
    expect(res.status).toBe(409);
    expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual(['OUTSIDE_PROGRAMME_WINDOW']);
  });

  it('refuses a rotation outside its placement period', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId, { startDate: '2027-02-01', endDate: '2027-04-30' });
    const res = await createRotation(placement.placementId, { startDate: '2027-04-15', endDate: '2027-05-15' });
    expect(res.status).toBe(409);
    expect(codes(res.body)).toEqual(['OUTSIDE_PLACEMENT_PERIOD']);
    expect(res.body.violations[0].details).toMatchObject({ placementEnd: '2027-04-30', endDate: '2027-05-15' });
    expect(await rotationsOf(placement.placementId)).toHaveLength(0);
  });

  it('refuses to shorten a placement so that a rotation falls outside it', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-10-01', endDate: '2027-10-31' });
    const res = await h.request('PATCH', `/v1/placements/${placement.placementId}`, {
      token: w.coordinator,
      body: { endDate: '2027-09-30' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'ROTATION_OUTSIDE_PLACEMENT',
      details: { rotationId: rotation.rotationId },
    });
  });
});

describe('DEPARTMENT_NOT_AT_HOST: the department belongs to the host institution', () => {
  it('refuses a department of another hospital', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const res = await createRotation(placement.placementId, { departmentId: w.departments.otherHospital });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'DEPARTMENT_NOT_AT_HOST',
      details: { departmentId: w.departments.otherHospital, hostInstitutionId: w.hostId },
    });
  });
});

describe('ROTATION_OVERLAP: one person is never in two places', () => {
  it('refuses overlapping rotations of one person across placements and programmes', async () => {
    const staff = await addStaff(w);
    const first = await addPlacement(w, staff.staffId);
    const firstRotation = await addRotation(w, first.placementId, { startDate: '2027-03-01', endDate: '2027-03-31' });

    // A second programme, another placement of the same person at another hospital.
    const programme = await expectStatus(
      h.request('POST', '/v1/programmes', {
        token: w.admin,
        body: {
          names: { en: 'Nursing batch', 'zh-Hant': '護理', 'zh-Hans': '护理' },
          direction: 'GD_TO_HK',
          startDate: '2027-01-01',
          endDate: '2027-12-31',
        },
      }),
      201,
    );
    const second = await expectStatus(
      h.request('POST', `/v1/programmes/${programme.programmeId}/placements`, {
        token: w.coordinator,
        body: {
          staffId: staff.staffId,
          hostInstitutionId: w.otherHostId,
          startDate: '2027-02-01',
          endDate: '2027-06-30',
        },
      }),
      201,
    );
    const clash = await h.request('POST', `/v1/placements/${second.placementId}/rotations`, {
      token: w.coordinator,
      body: {
        departmentId: w.departments.otherHospital,
        startDate: '2027-03-20',
        endDate: '2027-04-10',
        activity: 'OBSERVATION',
      },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.violations).toEqual([
      expect.objectContaining({
        code: 'ROTATION_OVERLAP',
        details: expect.objectContaining({
          conflictingRotationId: firstRotation.rotationId,
          days: [{ from: '2027-03-20', to: '2027-03-31' }],
        }),
      }),
    ]);
    // The day after the first rotation ends is free.
    await expectStatus(
      h.request('POST', `/v1/placements/${second.placementId}/rotations`, {
        token: w.coordinator,
        body: {
          departmentId: w.departments.otherHospital,
          startDate: '2027-04-01',
          endDate: '2027-04-10',
          activity: 'OBSERVATION',
        },
      }),
      201,
    );
  });
});

describe('CAPACITY_EXCEEDED: department capacity per day', () => {
  it('books up to capacity and refuses the next, naming the full days and who holds them', async () => {
    const holders = [];
    for (let i = 0; i < 2; i++) {
      const staff = await addStaff(w);
      const placement = await addPlacement(w, staff.staffId);
      holders.push(await addRotation(w, placement.placementId, { startDate: '2027-06-01', endDate: '2027-06-30' }));
    }
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const res = await createRotation(placement.placementId, { startDate: '2027-06-25', endDate: '2027-07-10' });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'CAPACITY_EXCEEDED',
      details: {
        capacity: 2,
        days: [{ from: '2027-06-25', to: '2027-06-30' }],
        rotationIds: holders.map((r) => r.rotationId).sort(),
      },
    });
    await addRotation(w, placement.placementId, { startDate: '2027-07-01', endDate: '2027-07-10' });

    const occupancy = await expectStatus(
      h.request('GET', `/v1/departments/${w.departments.medicine}/occupancy?from=2027-06-29&to=2027-07-02`, {
        token: w.coordinator,
      }),
      200,
    );
    expect(
      occupancy.days.map((d: { date: string; booked: number; free: number }) => [d.date, d.booked, d.free]),
    ).toEqual([
      ['2027-06-29', 2, 0],
      ['2027-06-30', 2, 0],
      ['2027-07-01', 1, 1],
      ['2027-07-02', 1, 1],
    ]);
  });

  it('refuses to lower a capacity below the bookings already made', async () => {
    // The check covers the days from today on: today is before this file's bookings, whenever it runs.
    setClock('2027-01-01');
    const department = await h.request('GET', `/v1/departments/${w.departments.medicine}`, { token: w.admin });
    const res = await h.request('PATCH', `/v1/departments/${w.departments.medicine}`, {
      token: w.admin,
      body: { capacity: 1 },
      headers: { 'if-match': department.headers.get('etag')! },
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'CAPACITY_BELOW_BOOKINGS',
      details: { capacity: 1, days: [{ from: '2027-06-01', to: '2027-06-30' }] },
    });
    expect(
      (await h.request('GET', `/v1/departments/${w.departments.medicine}`, { token: w.admin })).body.capacity,
    ).toBe(2);
  });
});

describe('CREDENTIAL_NOT_VALID, ENTRY_PERMIT_NOT_COVERING: credentials', () => {
  it('refuses a CLINICAL rotation without a registration valid in the host region, allows OBSERVATION', async () => {
    const staff = await addStaff(w, { credentials: false });
    const placement = await addPlacement(w, staff.staffId);
    expect(placement.warnings?.map((x) => x.code)).toEqual(['ENTRY_PERMIT_NOT_COVERING']);
    const res = await createRotation(placement.placementId, {
      startDate: '2027-08-01',
      endDate: '2027-08-10',
      departmentId: w.departments.surgery,
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'CREDENTIAL_NOT_VALID',
      details: { region: 'HK', uncovered: [{ from: '2027-08-01', to: '2027-08-10' }] },
    });
    await addRotation(w, placement.placementId, {
      startDate: '2027-08-01',
      endDate: '2027-08-10',
      departmentId: w.departments.surgery,
      activity: 'OBSERVATION',
    });
  });

  it('does not count an entry permit as a licence to practise, however long it runs', async () => {
    const staff = await addStaff(w, {
      credentials: [
        { type: 'ENTRY_PERMIT', number: 'EP-1', region: 'HK', validFrom: '2026-01-01', validTo: '2028-12-31' },
      ],
    });
    const placement = await addPlacement(w, staff.staffId);
    expect(placement.warnings ?? []).toEqual([]);
    // Days no other test books in this department, so only CREDENTIAL_NOT_VALID can refuse.
    const res = await createRotation(placement.placementId, {
      startDate: '2027-11-15',
      endDate: '2027-11-19',
      departmentId: w.departments.surgery,
    });
    expect(res.status).toBe(409);
    expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual(['CREDENTIAL_NOT_VALID']);
  });

  it('names the days a registration does not cover', async () => {
    const staff = await addStaff(w, {
      credentials: [
        {
          type: 'NCHK_TEMPORARY_REGISTRATION',
          number: 'TR-1',
          region: 'HK',
          validFrom: '2027-01-01',
          validTo: '2027-09-05',
        },
      ],
    });
    const placement = await addPlacement(w, staff.staffId);
    const res = await createRotation(placement.placementId, {
      startDate: '2027-09-01',
      endDate: '2027-09-10',
      departmentId: w.departments.surgery,
    });
    expect(res.body.violations[0].details.uncovered).toEqual([{ from: '2027-09-06', to: '2027-09-10' }]);
  });
});

describe('DIRECTION_MISMATCH: direction', () => {
  it('refuses a Hong Kong visitor in a GD_TO_HK programme and a Guangdong host', async () => {
    const staff = await addStaff(w, { homeId: w.otherHostId });
    const res = await h.request('POST', `/v1/programmes/${w.programmeId}/placements`, {
      token: w.coordinator,
      body: { staffId: staff.staffId, hostInstitutionId: w.homeId, startDate: '2027-02-01', endDate: '2027-03-01' },
    });
    expect(res.status).toBe(409);
    expect(codes(res.body)).toEqual(['DIRECTION_MISMATCH', 'DIRECTION_MISMATCH']);
    expect(res.body.violations.map((v: { details: object }) => v.details)).toEqual([
      expect.objectContaining({ homeRegion: 'HK', expectedRegion: 'GD' }),
      expect.objectContaining({ hostRegion: 'GD', expectedRegion: 'HK' }),
    ]);
  });
});

describe('every broken rule at once, and dry runs', () => {
  it('names every broken rule, not just the first', async () => {
    const staff = await addStaff(w, { credentials: false });
    const placement = await addPlacement(w, staff.staffId, { startDate: '2027-02-01', endDate: '2027-02-28' });
    const res = await createRotation(placement.placementId, {
      departmentId: w.departments.otherHospital,
      startDate: '2027-02-20',
      endDate: '2027-03-10',
    });
    expect(codes(res.body)).toEqual(['CREDENTIAL_NOT_VALID', 'DEPARTMENT_NOT_AT_HOST', 'OUTSIDE_PLACEMENT_PERIOD']);
  });

  it('?dryRun=true gives the verdict and writes nothing', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const ok = await createRotation(
      placement.placementId,
      { departmentId: w.departments.surgery, startDate: '2027-10-01', endDate: '2027-10-05' },
      '?dryRun=true',
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      dryRun: true,
      valid: true,
      result: { status: 'SCHEDULED', departmentId: w.departments.surgery },
    });
    const refused = await createRotation(
      placement.placementId,
      { startDate: '2028-01-01', endDate: '2028-01-05', activity: 'OBSERVATION' },
      '?dryRun=true',
    );
    expect(refused.status).toBe(409);
    expect(codes(refused.body)).toEqual(['OUTSIDE_PLACEMENT_PERIOD']);
    expect(await rotationsOf(placement.placementId)).toHaveLength(0);
    const occupancy = await expectStatus(
      h.request('GET', `/v1/departments/${w.departments.surgery}/occupancy?from=2027-10-01&to=2027-10-01`, {
        token: w.admin,
      }),
      200,
    );
    expect(occupancy.days[0].booked).toBe(0);
  });
});
