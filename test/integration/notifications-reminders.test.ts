/**
 * The daily reminders against DynamoDB Local and the local SES: "please confirm" N days before a
 * rotation that is still SCHEDULED, "starts in 7 days" for a CONFIRMED one, each sent once, found
 * through the start-date index (GSI3).
 */
import { startHarness, type Harness } from '../support/harness';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  transition,
  type World,
} from '../support/fixtures';
import { acceptedPlacement, emailsTo as inboxOf, ifMatch } from './notifications-support';
import { handler as reminders } from '../../functions/reminders/handler';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
});
afterAll(() => h.close());

/** 09:00 in Hong Kong on a date: what EventBridge's `time` would say, in UTC. */
const morningOf = (date: string) => ({ time: `${date}T01:00:00Z` });
const emailsTo = (address: string) => inboxOf(h, address);
const visitor = (language: string) => acceptedPlacement(w, language);

describe('reminders', () => {
  it('asks to confirm 14 days ahead, reminds 7 days ahead of a confirmed one, and sends each once', async () => {
    const unconfirmed = await visitor('en');
    const confirmed = await visitor('zh-Hans');
    const onTime = await addRotation(w, unconfirmed.placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-03-15',
      endDate: '2027-03-26',
    });
    const soon = await addRotation(w, confirmed.placementId, { startDate: '2027-03-08', endDate: '2027-03-19' });
    await expectStatus(
      h.request('POST', `/v1/rotations/${soon.rotationId}/confirm`, { token: confirmed.token, headers: ifMatch(1) }),
      200,
    );
    // Neither reminder applies to these: confirmed 14 days ahead, still scheduled 7 days ahead.
    await addRotation(w, confirmed.placementId, { startDate: '2027-03-22', endDate: '2027-03-26' }).then((r) =>
      expectStatus(
        h.request('POST', `/v1/rotations/${r.rotationId}/confirm`, { token: confirmed.token, headers: ifMatch(1) }),
        200,
      ),
    );

    const first = await reminders(morningOf('2027-03-01'));
    expect(first).toEqual({ date: '2027-03-01', results: { SENT: 2 } });

    const [pleaseConfirm] = await emailsTo(unconfirmed.staff.email);
    expect(pleaseConfirm!.subject).toBe('Please confirm: Surgery, from 15 Mar');
    expect(pleaseConfirm!.body.text).toContain('starts in 14 days, on Monday, 15 March 2027, and is not confirmed yet');
    const [startsSoon] = await emailsTo(confirmed.staff.email);
    expect(startsSoon!.subject).toBe('提醒：Medicine（简）轮转将于7天后开始');
    expect(startsSoon!.body.text).toContain('将于7天后，即2027年3月8日（星期一）开始，至2027年3月19日（星期五）结束');

    // The schedule runs again (a retry, or the next day): nothing is sent twice.
    expect(await reminders(morningOf('2027-03-01'))).toEqual({ date: '2027-03-01', results: { DONE: 2 } });
    await reminders(morningOf('2027-03-02'));
    expect(await emailsTo(unconfirmed.staff.email)).toHaveLength(1);
    expect(await emailsTo(confirmed.staff.email)).toHaveLength(1);

    const list = await expectStatus(
      h.request('GET', `/v1/placements/${unconfirmed.placementId}/notifications`, { token: w.coordinator }),
      200,
    );
    expect(list.items).toEqual([
      expect.objectContaining({
        auditId: `reminder-confirm-${onTime.rotationId}-0`,
        template: 'reminderConfirm',
        status: 'SENT',
        attempts: 1,
        language: 'en',
      }),
    ]);
  });

  it('a rotation moved to new dates is reminded again about them', async () => {
    const { placementId } = await visitor('en');
    const rotation = await addRotation(w, placementId, { startDate: '2027-04-19', endDate: '2027-04-23' });
    await reminders(morningOf('2027-04-05'));
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        body: { startDate: '2027-04-26', endDate: '2027-04-30' },
        headers: ifMatch(1),
      }),
      200,
    );
    await reminders(morningOf('2027-04-12'));
    const list = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications`, { token: w.coordinator }),
      200,
    );
    expect(list.items.map((n: { auditId: string }) => n.auditId).sort()).toEqual([
      `reminder-confirm-${rotation.rotationId}-0`,
      `reminder-confirm-${rotation.rotationId}-1`,
    ]);
  });

  it('says nothing about rotations of a placement not accepted yet (confirming them is refused until then), and reminds once it is', async () => {
    const staff = await addStaff(w, { language: 'en' });
    const { placementId } = await addPlacement(w, staff.staffId);
    await addRotation(w, placementId, { startDate: '2027-06-14', endDate: '2027-06-18' });
    const nominated = await addStaff(w, { language: 'en' });
    await addRotation(w, (await addPlacement(w, nominated.staffId)).placementId, {
      startDate: '2027-06-14',
      endDate: '2027-06-18',
    });
    await expectStatus(transition(w, placementId, 'offer'), 200);

    expect(await reminders(morningOf('2027-05-31'))).toEqual({ date: '2027-05-31', results: {} });
    expect(await emailsTo(staff.email)).toEqual([]);

    const token = await h.token({ role: 'staff', staffId: staff.staffId });
    await expectStatus(transition(w, placementId, 'accept', token), 200);
    expect(await reminders(morningOf('2027-06-01'))).toEqual({ date: '2027-06-01', results: { SENT: 1 } });
    expect((await emailsTo(staff.email)).map((e) => e.subject)).toEqual(['Please confirm: Medicine, from 14 Jun']);
    expect(await emailsTo(nominated.email)).toEqual([]);
  });

  it('catches up on a day the schedule missed, but does not nag about rotations further out', async () => {
    const { staff, placementId } = await visitor('en');
    await addRotation(w, placementId, { startDate: '2027-05-17', endDate: '2027-05-21' });
    // The run of 2027-05-03 (14 days before) was missed; the next morning still sends it.
    await reminders(morningOf('2027-05-04'));
    expect((await emailsTo(staff.email)).map((e) => e.subject)).toEqual(['Please confirm: Medicine, from 17 May']);
    expect((await emailsTo(staff.email))[0]!.body.text).toContain('starts in 13 days');
    await reminders(morningOf('2027-04-20'));
    expect(await emailsTo(staff.email)).toHaveLength(1);
  });
});
