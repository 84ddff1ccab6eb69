/**
 * Scheduling and rescheduling a rotation take one read round and one transaction: the first
 * attempt relies on copies kept on the placement and the rotation (the visitor's coverage, the
 * department as last checked) and on the transaction's conditions for what it did not read.
 * These tests make every such copy stale in the ways users can, and check that no rule is ever
 * broken for it, that the refusal still names the rule precisely, and that the copies never
 * show in the API.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startHarness, type Harness } from '../support/harness';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  rotationBody,
  type World,
} from '../support/fixtures';
import { DynamoMeter } from '../../bench/dynamo-meter';
import { keys } from '../../shared/table';
import { getItem } from '../../shared/repository/dynamo';

let h: Harness;
let w: World;
const meter = new DynamoMeter();
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  meter.install(h.db);
});
afterAll(() => h.close());

const names = (en: string) => ({ en, 'zh-Hant': en, 'zh-Hans': en });
const etagOf = async (path: string) => (await h.request('GET', path, { token: w.admin })).headers.get('etag')!;
const reschedule = async (rotationId: string, body: Record<string, unknown>) =>
  h.request('PATCH', `/v1/rotations/${rotationId}`, {
    token: w.coordinator,
    body,
    headers: { 'if-match': await etagOf(`/v1/rotations/${rotationId}`) },
  });
const newDepartment = async (capacity: number) =>
  expectStatus(
    h.request('POST', `/v1/institutions/${w.hostId}/departments`, {
      token: w.admin,
      body: { names: names(`Ward ${Math.random()}`), specialty: 'MED', capacity },
    }),
    201,
  );

describe('DynamoDB work of a rotation write', () => {
  it('schedules and reschedules with one read round and one TransactWriteItems', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    meter.reset();
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-04-01', endDate: '2027-04-14' });
    const scheduled = meter.work();
    meter.reset();
    const moved = await reschedule(rotation.rotationId, { startDate: '2027-04-08', endDate: '2027-04-21' });
    const rescheduled = meter.work();
    expect(moved.status).toBe(200);
    // The metered calls include the If-Match GET of the test itself, before the PATCH.
    expect({ readRounds: scheduled.readRounds, transactWrites: scheduled.transactWrites }).toEqual({
      readRounds: 1,
      transactWrites: 1,
    });
    expect({ calls: rescheduled.calls, transactWrites: rescheduled.transactWrites }).toEqual({
      calls: { GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 },
      transactWrites: 1,
    });
  });
});

describe('stale copies never break a rule', () => {
  it('counts a credential added after the nomination (the placement copied none)', async () => {
    const staff = await addStaff(w, { credentials: false });
    const placement = await addPlacement(w, staff.staffId);
    const body = rotationBody(w, {
      departmentId: w.departments.surgery,
      startDate: '2027-05-01',
      endDate: '2027-05-05',
    });
    const refused = await h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
      token: w.coordinator,
      body,
    });
    expect(refused.body.violations?.map((v: { code: string }) => v.code)).toEqual(['CREDENTIAL_NOT_VALID']);
    await expectStatus(
      h.request('POST', `/v1/staff/${staff.staffId}/credentials`, {
        token: w.admin,
        body: {
          type: 'MCHK_LIMITED_REGISTRATION',
          number: 'LR-late',
          region: 'HK',
          validFrom: '2027-01-01',
          validTo: '2027-12-31',
        },
      }),
      201,
    );
    await expectStatus(
      h.request('POST', `/v1/placements/${placement.placementId}/rotations`, { token: w.coordinator, body }),
      201,
    );
  });

  it('refuses a CLINICAL rotation once the registration the placement copied is corrected away', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    // A records correction outside the API (the registration was entered in error): the staff record moves on.
    const stored = (await getItem(keys.staff(staff.staffId)))!;
    const credentials = (stored.credentials as { type: string }[]).filter((c) => c.type === 'ENTRY_PERMIT');
    await h.db.send(
      new PutCommand({ TableName: h.tableName, Item: { ...stored, credentials, version: Number(stored.version) + 1 } }),
    );

    const res = await h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
      token: w.coordinator,
      body: rotationBody(w, { startDate: '2027-05-10', endDate: '2027-05-12' }),
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'CREDENTIAL_NOT_VALID',
      details: { uncovered: [{ from: '2027-05-10', to: '2027-05-12' }] },
    });
    const rotations = await expectStatus(
      h.request('GET', `/v1/placements/${placement.placementId}/rotations`, { token: w.admin }),
      200,
    );
    expect(rotations.items).toHaveLength(0);
  });

  it('schedules after the visitor changed their own details (the copy is refreshed, not trusted)', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    await expectStatus(
      h.request('PATCH', `/v1/staff/${staff.staffId}`, {
        token: w.admin,
        body: { phone: '+852 2855 3838' },
        headers: { 'if-match': await etagOf(`/v1/staff/${staff.staffId}`) },
      }),
      200,
    );
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-05-20', endDate: '2027-05-25' });
    const record = await getItem(keys.placement(placement.placementId));
    expect(record?.coverage).toMatchObject({ staffVersion: 4, hostRegion: 'HK' });
    expect(rotation.status).toBe('SCHEDULED');
  });

  it('refuses a reschedule into days a lowered capacity no longer has room for', async () => {
    const ward = await newDepartment(2);
    const [first, second] = [await addStaff(w), await addStaff(w)];
    const a = await addRotation(w, (await addPlacement(w, first.staffId)).placementId, {
      departmentId: ward.departmentId,
      startDate: '2027-06-01',
      endDate: '2027-06-10',
    });
    const b = await addRotation(w, (await addPlacement(w, second.staffId)).placementId, {
      departmentId: ward.departmentId,
      startDate: '2027-06-11',
      endDate: '2027-06-20',
    });
    // No day has two visitors yet, so the capacity may drop to 1; rotation a still remembers 2.
    await expectStatus(
      h.request('PATCH', `/v1/departments/${ward.departmentId}`, {
        token: w.admin,
        body: { capacity: 1 },
        headers: { 'if-match': await etagOf(`/v1/departments/${ward.departmentId}`) },
      }),
      200,
    );
    const res = await reschedule(a.rotationId, { startDate: '2027-06-05', endDate: '2027-06-14' });
    expect(res.status).toBe(409);
    expect(res.body.violations).toEqual([
      expect.objectContaining({
        code: 'CAPACITY_EXCEEDED',
        details: expect.objectContaining({
          capacity: 1,
          days: [{ from: '2027-06-11', to: '2027-06-14' }],
          rotationIds: [b.rotationId],
        }),
      }),
    ]);
    const occupancy = await expectStatus(
      h.request('GET', `/v1/departments/${ward.departmentId}/occupancy?from=2027-06-09&to=2027-06-12`, {
        token: w.admin,
      }),
      200,
    );
    expect(occupancy.days.map((d: { booked: number }) => d.booked)).toEqual([1, 1, 1, 1]);
  });

  it('refuses a reschedule past a placement shortened since the rotation was booked', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-07-01', endDate: '2027-07-10' });
    await expectStatus(
      h.request('PATCH', `/v1/placements/${placement.placementId}`, {
        token: w.coordinator,
        body: { endDate: '2027-08-31' },
        headers: { 'if-match': await etagOf(`/v1/placements/${placement.placementId}`) },
      }),
      200,
    );
    const res = await reschedule(rotation.rotationId, { startDate: '2027-08-25', endDate: '2027-09-05' });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'OUTSIDE_PLACEMENT_PERIOD',
      details: { placementEnd: '2027-08-31' },
    });
    const stored = await expectStatus(
      h.request('GET', `/v1/rotations/${rotation.rotationId}`, { token: w.admin }),
      200,
    );
    expect(stored).toMatchObject({ startDate: '2027-07-01', endDate: '2027-07-10', version: rotation.version });
  });

  it('refuses a reschedule onto the visitor’s own other rotation, naming it and the shared days', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const first = await addRotation(w, placement.placementId, {
      startDate: '2027-09-01',
      endDate: '2027-09-10',
      departmentId: w.departments.surgery,
    });
    const second = await addRotation(w, placement.placementId, {
      startDate: '2027-09-20',
      endDate: '2027-09-30',
      activity: 'OBSERVATION',
    });
    const res = await reschedule(second.rotationId, { startDate: '2027-09-08', endDate: '2027-09-18' });
    expect(res.status).toBe(409);
    expect(res.body.violations).toEqual([
      expect.objectContaining({
        code: 'ROTATION_OVERLAP',
        details: expect.objectContaining({
          conflictingRotationId: first.rotationId,
          days: [{ from: '2027-09-08', to: '2027-09-10' }],
        }),
      }),
    ]);
  });

  it('moves a rotation to another department with one read round, checked against that department', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-10-01', endDate: '2027-10-05' });
    const away = await reschedule(rotation.rotationId, { departmentId: w.departments.otherHospital });
    expect(away.body.violations?.map((v: { code: string }) => v.code)).toEqual(['DEPARTMENT_NOT_AT_HOST']);
    const ward = await newDepartment(1);
    meter.reset();
    const moved = await reschedule(rotation.rotationId, { departmentId: ward.departmentId });
    expect(moved.status).toBe(200);
    expect(meter.work().calls).toEqual({ GetItem: 1, BatchGetItem: 1, TransactWriteItems: 1 });
    const occupancy = async (departmentId: string) =>
      (
        await expectStatus(
          h.request('GET', `/v1/departments/${departmentId}/occupancy?from=2027-10-03&to=2027-10-03`, {
            token: w.admin,
          }),
          200,
        )
      ).days[0].booked;
    expect(await occupancy(ward.departmentId)).toBe(1);
  });
});

describe('the copies stay inside', () => {
  it('shows no copy in rotations, placements, lists, "my rotations" or the history', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-11-01', endDate: '2027-11-05' });
    await reschedule(rotation.rotationId, { endDate: '2027-11-06' });
    const visitor = await h.token({ role: 'staff', sub: `visitor-${staff.staffId}`, staffId: staff.staffId });
    const seen = [
      await h.request('GET', `/v1/rotations/${rotation.rotationId}`, { token: w.admin }),
      await h.request('GET', `/v1/placements/${placement.placementId}`, { token: w.admin }),
      await h.request('GET', `/v1/placements/${placement.placementId}/rotations`, { token: w.admin }),
      await h.request('GET', `/v1/placements/${placement.placementId}/history`, { token: w.admin }),
      await h.request('GET', '/v1/me/rotations', { token: visitor }),
    ];
    for (const res of seen) {
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(/checkedWith|coverage|staffVersion|rotationSpans/);
    }
    // …while the stored items do hold them.
    expect(await getItem(keys.rotation(rotation.rotationId))).toHaveProperty('checkedWith.department.capacity', 2);
  });
});
