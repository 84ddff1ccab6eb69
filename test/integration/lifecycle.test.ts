/**
 * Placement and rotation state machines through the API: each allowed transition, refusals of
 * the others, reschedule-after-confirm, cascades, and the audit trail that records it all.
 */
import { startHarness, type Harness } from '../support/harness';
import { setClock } from '../../shared/clock';
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
  w = await buildWorld(h);
});
afterAll(() => h.close());
afterEach(() => setClock(undefined));
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

const get = (path: string) => h.request('GET', path, { token: w.admin });

describe('placement lifecycle', () => {
  it('goes NOMINATED → OFFERED → ACCEPTED → ACTIVE → COMPLETED', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    expect(placement.status).toBe('NOMINATED');
    for (const [action, status] of [
      ['offer', 'OFFERED'],
      ['accept', 'ACCEPTED'],
      ['activate', 'ACTIVE'],
      ['complete', 'COMPLETED'],
    ]) {
      const res = await transition(w, placement.placementId, action!);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(status);
    }
  });

  it('refuses a transition the state does not allow, saying which states would', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const res = await transition(w, placement.placementId, 'accept');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 409,
      currentStatus: 'NOMINATED',
      allowedFrom: ['OFFERED'],
    });
    expect((await get(`/v1/placements/${placement.placementId}`)).body.status).toBe('NOMINATED');
  });

  it('lets the visitor accept their own offer, and records a coordinator accepting on their behalf', async () => {
    const staff = await addStaff(w);
    const mine = await addPlacement(w, staff.staffId);
    await transition(w, mine.placementId, 'offer');
    const visitor = await h.token({ role: 'staff', staffId: staff.staffId });
    expect((await transition(w, mine.placementId, 'accept', visitor)).body.status).toBe('ACCEPTED');

    const other = await addStaff(w);
    const theirs = await addPlacement(w, other.staffId);
    await transition(w, theirs.placementId, 'offer');
    await transition(w, theirs.placementId, 'accept', w.coordinator);
    const history = await expectStatus(get(`/v1/placements/${theirs.placementId}/history`), 200);
    expect(history.items[0]).toMatchObject({
      action: 'placement.accepted',
      actor: { role: 'programme-coordinator', onBehalfOf: other.staffId },
    });
  });

  it('lets the visitor decline an offer or withdraw, but not offer or cancel', async () => {
    const staff = await addStaff(w);
    const visitor = await h.token({ role: 'staff', staffId: staff.staffId });
    const declined = await addPlacement(w, staff.staffId, { startDate: '2027-02-01', endDate: '2027-03-31' });
    // Not yet offered: the visitor does not know of it.
    expect((await transition(w, declined.placementId, 'offer', visitor)).status).toBe(404);
    await transition(w, declined.placementId, 'offer');
    expect((await transition(w, declined.placementId, 'offer', visitor)).status).toBe(403);
    expect((await transition(w, declined.placementId, 'decline', visitor)).body.status).toBe('DECLINED');
    expect((await transition(w, declined.placementId, 'withdraw', visitor)).status).toBe(409);

    const withdrawn = await addPlacement(w, staff.staffId, { startDate: '2027-05-01', endDate: '2027-06-30' });
    await transition(w, withdrawn.placementId, 'offer');
    expect((await transition(w, withdrawn.placementId, 'cancel', visitor)).status).toBe(403);
    expect((await transition(w, withdrawn.placementId, 'withdraw', visitor)).body.status).toBe('WITHDRAWN');
  });

  it('refuses to narrow a programme window past a live placement', async () => {
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
    const staff = await addStaff(w);
    const placement = await expectStatus(
      h.request('POST', `/v1/programmes/${programme.programmeId}/placements`, {
        token: w.coordinator,
        body: { staffId: staff.staffId, hostInstitutionId: w.hostId, startDate: '2027-09-01', endDate: '2027-12-31' },
      }),
      201,
    );
    const res = await h.request('PATCH', `/v1/programmes/${programme.programmeId}`, {
      token: w.admin,
      body: { endDate: '2027-10-31' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'PLACEMENT_OUTSIDE_WINDOW',
      details: { placementId: placement.placementId },
    });
    const wider = await h.request('PATCH', `/v1/programmes/${programme.programmeId}`, {
      token: w.admin,
      body: { endDate: '2028-01-31' },
      headers: { 'if-match': '"1"' },
    });
    expect(wider.body).toMatchObject({ endDate: '2028-01-31', version: 2 });
  });

  it('a visitor withdrawing releases back-to-back rotations that share a month (one update per month item)', async () => {
    const staff = await addStaff(w);
    const visitor = await h.token({ role: 'staff', staffId: staff.staffId });
    const placement = await addPlacement(w, staff.staffId);
    const first = await addRotation(w, placement.placementId, {
      departmentId: w.departments.medicine,
      startDate: '2027-10-01',
      endDate: '2027-10-10',
    });
    const second = await addRotation(w, placement.placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-10-11',
      endDate: '2027-10-20',
    });
    await transition(w, placement.placementId, 'offer');
    const withdrawn = await transition(w, placement.placementId, 'withdraw', visitor);
    expect(withdrawn.status).toBe(200);
    for (const rotation of [first, second])
      expect((await get(`/v1/rotations/${rotation.rotationId}`)).body.status).toBe('CANCELLED');
    const history = await expectStatus(get(`/v1/placements/${placement.placementId}/history`), 200);
    expect(
      history.items
        .filter((a: { action: string }) => a.action === 'rotation.cancelled')
        .map((a: { reasonCode: string }) => a.reasonCode),
    ).toEqual(['PLACEMENT_WITHDRAWN', 'PLACEMENT_WITHDRAWN']);
    // The person's days are free again: a new placement can use them.
    const again = await addPlacement(
      w,
      staff.staffId,
      { startDate: '2027-10-01', endDate: '2027-10-31' },
      w.otherHostId,
    );
    await addRotation(w, again.placementId, {
      departmentId: w.departments.otherHospital,
      startDate: '2027-10-05',
      endDate: '2027-10-15',
    });
  });

  it('refuses to complete a placement while rotations still lie ahead', async () => {
    // Ahead of the day the system believes it is, whatever day the test runs on.
    setClock('2027-09-03');
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const rotation = await addRotation(w, placement.placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-09-01',
      endDate: '2027-09-05',
    });
    for (const action of ['offer', 'accept', 'activate']) await transition(w, placement.placementId, action);
    const res = await transition(w, placement.placementId, 'complete');
    expect(res.status).toBe(409);
    expect(res.body.violations[0]).toMatchObject({
      code: 'ROTATIONS_AHEAD',
      details: { rotationIds: [rotation.rotationId] },
    });
    setClock('2027-09-05');
    expect((await transition(w, placement.placementId, 'complete')).body.status).toBe('COMPLETED');
  });

  it('cancelling a placement cancels its live rotations and frees their days', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const rotation = await addRotation(w, placement.placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-11-01',
      endDate: '2027-11-10',
    });
    expect((await transition(w, placement.placementId, 'cancel')).body.status).toBe('CANCELLED');
    expect((await get(`/v1/rotations/${rotation.rotationId}`)).body.status).toBe('CANCELLED');
    const occupancy = await expectStatus(
      get(`/v1/departments/${w.departments.surgery}/occupancy?from=2027-11-01&to=2027-11-01`),
      200,
    );
    expect(occupancy.days[0]).toMatchObject({ booked: 0, free: 1 });
  });
});

describe('rotation lifecycle', () => {
  let staffId: string;
  let placementId: string;
  let visitor: string;
  beforeAll(async () => {
    staffId = (await addStaff(w)).staffId;
    placementId = (await addPlacement(w, staffId)).placementId;
    visitor = await h.token({ role: 'staff', staffId });
  });

  it('cannot be confirmed before the placement is accepted', async () => {
    const offeredTo = (await addStaff(w)).staffId;
    const offered = (await addPlacement(w, offeredTo)).placementId;
    const rotation = await addRotation(w, offered, { startDate: '2027-02-01', endDate: '2027-02-10' });
    await expectStatus(transition(w, offered, 'offer'), 200);
    const res = await h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, {
      token: await h.token({ role: 'staff', staffId: offeredTo }),
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(409);
    expect(res.body.violations[0].code).toBe('PLACEMENT_NOT_ACCEPTED');
  });

  it('is confirmed by the visitor, then a reschedule sends it back to SCHEDULED with a new sequence and the old and new values recorded', async () => {
    await transition(w, placementId, 'offer');
    await transition(w, placementId, 'accept', visitor);
    const rotation = await addRotation(w, placementId, { startDate: '2027-04-01', endDate: '2027-04-30' });
    const confirmed = await h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, {
      token: visitor,
      headers: { 'if-match': '"1"' },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'CONFIRMED', sequence: 0, version: 2 });
    expect(confirmed.headers.get('etag')).toBe('"2"');

    const moved = await h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
      token: w.coordinator,
      body: { startDate: '2027-04-08', endDate: '2027-05-07' },
      headers: { 'if-match': '"2"' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      status: 'SCHEDULED',
      sequence: 1,
      startDate: '2027-04-08',
      endDate: '2027-05-07',
      version: 3,
    });

    const history = await expectStatus(get(`/v1/placements/${placementId}/history`), 200);
    const update = history.items.find(
      (a: { action: string; entityId: string }) =>
        a.action === 'rotation.updated' && a.entityId === rotation.rotationId,
    );
    expect(update.before).toMatchObject({
      status: 'CONFIRMED',
      startDate: '2027-04-01',
      endDate: '2027-04-30',
      sequence: 0,
    });
    expect(update.after).toMatchObject({
      status: 'SCHEDULED',
      startDate: '2027-04-08',
      endDate: '2027-05-07',
      sequence: 1,
    });

    // The old days are free again, the new ones held.
    const occupancy = await expectStatus(
      get(`/v1/departments/${w.departments.medicine}/occupancy?from=2027-04-01&to=2027-05-07`),
      200,
    );
    const booked = (date: string) => occupancy.days.find((d: { date: string }) => d.date === date).rotationIds;
    expect(booked('2027-04-01')).not.toContain(rotation.rotationId);
    expect(booked('2027-05-07')).toContain(rotation.rotationId);
  });

  it('changing only the supervisor keeps the confirmation', async () => {
    const rotation = await addRotation(w, placementId, { startDate: '2027-06-01', endDate: '2027-06-10' });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, {
        token: visitor,
        headers: { 'if-match': '"1"' },
      }),
      200,
    );
    const res = await h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
      token: w.coordinator,
      body: { supervisor: { name: 'Dr Chan Tai Man' } },
      headers: { 'if-match': '"2"' },
    });
    expect(res.body).toMatchObject({ status: 'CONFIRMED', sequence: 0, supervisor: { name: 'Dr Chan Tai Man' } });
  });

  it('is declined with a reason, freeing its days; a declined rotation cannot be confirmed; cancelled is final', async () => {
    const rotation = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-07-01',
      endDate: '2027-07-05',
    });
    const declined = await h.request('POST', `/v1/rotations/${rotation.rotationId}/decline`, {
      token: visitor,
      body: { reason: 'Family emergency that week' },
      headers: { 'if-match': '"1"' },
    });
    expect(declined.body).toMatchObject({ status: 'DECLINED', declineReason: 'Family emergency that week' });
    const occupancy = await expectStatus(
      get(`/v1/departments/${w.departments.surgery}/occupancy?from=2027-07-01&to=2027-07-01`),
      200,
    );
    expect(occupancy.days[0].booked).toBe(0);

    const confirm = await h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, {
      token: visitor,
      headers: { 'if-match': '"2"' },
    });
    expect(confirm.status).toBe(409);
    expect(confirm.body.code).toBe('INVALID_TRANSITION');

    const cancelled = await h.request('DELETE', `/v1/rotations/${rotation.rotationId}`, {
      token: w.coordinator,
      headers: { 'if-match': '"2"' },
    });
    expect(cancelled.body.status).toBe('CANCELLED');
    const again = await h.request('DELETE', `/v1/rotations/${rotation.rotationId}`, {
      token: w.coordinator,
      headers: { 'if-match': '"3"' },
    });
    expect(again.status).toBe(409);
  });

  it('changing a declined rotation’s supervisor takes no days; cancelling it later leaves none behind', async () => {
    const rotation = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-08-01',
      endDate: '2027-08-03',
    });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/decline`, {
        token: visitor,
        body: { reason: 'Clash with exams' },
        headers: { 'if-match': '"1"' },
      }),
      200,
    );
    const edited = await h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
      token: w.coordinator,
      body: { supervisor: { name: 'Dr Ho' } },
      headers: { 'if-match': '"2"' },
    });
    expect(edited.body).toMatchObject({ status: 'DECLINED', supervisor: { name: 'Dr Ho' } });
    await expectStatus(
      h.request('DELETE', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        headers: { 'if-match': '"3"' },
      }),
      200,
    );
    const occupancy = await expectStatus(
      get(`/v1/departments/${w.departments.surgery}/occupancy?from=2027-08-01&to=2027-08-03`),
      200,
    );
    expect(occupancy.days.map((d: { booked: number }) => d.booked)).toEqual([0, 0, 0]);
  });

  it('keeps the audit trail newest first, one record per change, with actor and time', async () => {
    const history = await expectStatus(get(`/v1/placements/${placementId}/history?limit=100`), 200);
    const times = history.items.map((a: { at: string }) => a.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(history.items.at(-1)).toMatchObject({
      action: 'placement.nominated',
      actor: { sub: 'pc-1', role: 'programme-coordinator' },
    });
    expect(history.items.filter((a: { action: string }) => a.action === 'rotation.declined')).toContainEqual(
      expect.objectContaining({
        reason: 'Family emergency that week',
        actor: expect.objectContaining({ role: 'staff' }),
      }),
    );
  });
});

describe('the visitor signed in', () => {
  it('sees their own profile, placements (without coordinators\u2019 notes) and rotations, and a calendar link', async () => {
    const staff = await addStaff(w);
    const placement = await expectStatus(
      h.request('POST', `/v1/programmes/${w.programmeId}/placements`, {
        token: w.coordinator,
        body: {
          staffId: staff.staffId,
          hostInstitutionId: w.hostId,
          startDate: '2027-02-01',
          endDate: '2027-11-30',
          notes: 'Strong candidate; language support needed',
        },
      }),
      201,
    );
    const rotation = await addRotation(w, placement.placementId, { startDate: '2027-08-01', endDate: '2027-08-05' });
    const visitor = await h.token({ role: 'staff', staffId: staff.staffId });
    // A nomination is the coordinators' plan: the visitor hears of the placement once it is offered.
    const nominated = await expectStatus(h.request('GET', '/v1/me', { token: visitor }), 200);
    expect(nominated.placements).toEqual([]);
    expect((await h.request('GET', `/v1/placements/${placement.placementId}`, { token: visitor })).status).toBe(404);
    // Nor of its rotations, even by id: reading, confirming or declining one is as if it did not exist.
    const rotationPath = `/v1/rotations/${rotation.rotationId}`;
    const answer = (what: 'confirm' | 'decline') =>
      h.request('POST', `${rotationPath}/${what}`, {
        token: visitor,
        headers: ifMatch(1),
        ...(what === 'decline' ? { body: { reason: 'Not yet told of this' } } : {}),
      });
    // Nor does a refusal tell of it: a stale version is not a 412.
    const stale = await h.request('POST', `${rotationPath}/confirm`, { token: visitor, headers: ifMatch(7) });
    for (const res of [
      await h.request('GET', rotationPath, { token: visitor }),
      await answer('confirm'),
      await answer('decline'),
      stale,
    ])
      expect([res.status, res.body]).toEqual([404, expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await expectStatus(h.request('GET', rotationPath, { token: w.coordinator }), 200)).toMatchObject({
      status: 'SCHEDULED',
      version: 1,
    });
    await transition(w, placement.placementId, 'offer');
    expect((await h.request('GET', rotationPath, { token: visitor })).status).toBe(200);
    expect((await h.request('GET', `/v1/placements/${placement.placementId}`, { token: visitor })).status).toBe(200);
    const me = await expectStatus(h.request('GET', '/v1/me', { token: visitor }), 200);
    expect(me.staff.staffId).toBe(staff.staffId);
    expect(me.placements).toEqual([expect.objectContaining({ placementId: placement.placementId, status: 'OFFERED' })]);
    expect(me.placements[0].notes).toBeUndefined();
    expect(me.calendarFeedUrl).toContain(`/v1/staff/${staff.staffId}/calendar.ics?token=`);
    const mine = await expectStatus(h.request('GET', '/v1/me/rotations', { token: visitor }), 200);
    expect(mine.items.map((r: { rotationId: string }) => r.rotationId)).toEqual([rotation.rotationId]);
  });
});
