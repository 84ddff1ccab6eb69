/**
 * The notifier end to end on the local system: a change through the API → the table's stream
 * (DynamoDB Local, read by the stream poller) → the notifier → an email in the local SES store.
 * Then exactly-once (the same stream record delivered twice sends one email) and the failure
 * path (SES failing → FAILED with attempts and error, the record reported as a batch failure,
 * and a later delivery sends exactly one).
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { GetSuppressedDestinationCommand, SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { startHarness, type Harness, type SentEmail } from '../support/harness';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  transition,
  type World,
} from '../support/fixtures';
import {
  acceptedPlacement as visitorWithPlacement,
  emailsTo as inboxOf,
  ifMatch,
  transitionWithReason,
  pollTable,
} from './notifications-support';
import type { StreamPoller } from '../../local/stream-poller';
import { handler as notifier } from '../../functions/notifier/handler';
import { getNotification } from '../../shared/repository/notifications';
import { handler as redrive } from '../../functions/redrive/handler';
import { setClock } from '../../shared/clock';
import { config } from '../../shared/config';

let h: Harness;
let w: World;
let poller: StreamPoller;
/** 'live': the poller feeds the notifier; 'capture': it only records events (a paused mapping). */
let mode: 'live' | 'capture' = 'live';
let captured: DynamoDBStreamEvent[] = [];

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  poller = pollTable(h, {
    handler: async (event) => {
      captured.push(event);
      return mode === 'live' ? notifier(event) : undefined;
    },
  });
});
afterAll(async () => {
  await poller.stop();
  await h.close();
});

const emailsTo = (address: string) => inboxOf(h, address);
const about = (emails: SentEmail[], placementId: string) =>
  emails.filter((e) => (e.body.text ?? '').includes(`/placements/${placementId}`));
const COORDINATORS = ['programme-office@example.org', 'qmh-coord@example.org'];
const coordinatorEmailsAbout = async (placementId: string) =>
  Promise.all(COORDINATORS.map(async (address) => about(await emailsTo(address), placementId)));
const nameOf = async (staffId: string) =>
  (await expectStatus(h.request('GET', `/v1/staff/${staffId}`, { token: w.admin }), 200)).names.en as string;

describe('a schedule change reaches the people it concerns', () => {
  it('a reschedule of a confirmed rotation emails the visitor in Traditional Chinese with old → new dates', async () => {
    const { staff, placementId, token } = await visitorWithPlacement(w, 'zh-Hant');
    const rotation = await addRotation(w, placementId, { startDate: '2027-03-01', endDate: '2027-03-26' });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, { token, headers: ifMatch(1) }),
      200,
    );
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        body: { startDate: '2027-03-08', endDate: '2027-04-02' },
        headers: ifMatch(2),
      }),
      200,
    );
    await poller.drain();

    const mine = await emailsTo(staff.email);
    expect(mine.map((e) => e.subject)).toEqual([
      '交流安排邀請：Queen Mary Hospital（繁）',
      '新輪轉安排：Medicine（繁），3月1日起',
      '輪轉日期已更改：Medicine（繁）',
    ]);
    const changed = mine[2]!;
    // From with a display name in the reader's language (RFC 2047), replies to the programme office.
    expect(changed.from).toBe(
      `=?UTF-8?B?${Buffer.from('醫管局人才交流').toString('base64')}?= <exchange@talent-exchange.example.org>`,
    );
    expect(changed.body.text).toContain(
      '日期：原為 2027年3月1日（星期一）至2027年3月26日（星期五）；現為 2027年3月8日（星期一）至2027年4月2日（星期五）',
    );
    // Only the dates changed: worded as such, with the deadline to confirm again.
    expect(changed.body.text).toContain('的輪轉日期已更改，現為2027年3月8日（星期一）至2027年4月2日（星期五）。');
    expect(changed.body.text).toMatch(/下一步：請於2027年3月1日（星期一）或之前登入系統，重新確認更改後的安排。/);
    expect(changed.body.text).toContain(`/placements/${placementId}`);
    expect(changed.body.text).not.toContain('Dear');
    expect(changed.body.html).toContain('<s>2027年3月1日（星期一）至2027年3月26日（星期五）</s>');

    // The visitor's confirmation went to the programme office and the host hospital. Neither
    // has a language on record: all three, English first (a Hong Kong host), one short subject,
    // each greeted as the list they are on.
    const greetings = {
      'programme-office@example.org': [
        'Dear programme office colleagues,',
        '計劃辦公室各位同事：',
        '项目办公室各位同事：',
      ],
      'qmh-coord@example.org': [
        'Dear exchange coordinators at Queen Mary Hospital,',
        'Queen Mary Hospital（繁）各位交流統籌同事：',
        'Queen Mary Hospital（简）各位交流协调同事：',
      ],
    };
    for (const [coordinator, [en, hant, hans]] of Object.entries(greetings)) {
      const confirmed = about(await emailsTo(coordinator), placementId);
      expect(confirmed).toHaveLength(1);
      expect(confirmed[0]!.subject).toMatch(/^Dr Visitor \d+ confirmed: Medicine$/);
      const text = confirmed[0]!.body.text!;
      expect(text.indexOf(en!)).toBe(0);
      expect(text.indexOf(hant!)).toBeGreaterThan(0);
      expect(text.indexOf(hans!)).toBeGreaterThan(text.indexOf(hant!));
      expect(text).not.toContain('Dear coordinator');
    }

    // What was sent to whom is on the placement.
    const list = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications`, { token: w.coordinator }),
      200,
    );
    expect(list.items).toHaveLength(5);
    expect(list.items.every((n: { status: string; attempts: number }) => n.status === 'SENT' && n.attempts === 1)).toBe(
      true,
    );
    expect(list.items.map((n: { template: string }) => n.template).sort()).toEqual([
      'placementOffered',
      'rotationChanged',
      'rotationConfirmed',
      'rotationConfirmed',
      'rotationScheduled',
    ]);
    expect(list.items.find((n: { template: string }) => n.template === 'rotationChanged')).toMatchObject({
      recipient: staff.email.toLowerCase(),
      language: 'zh-Hant',
    });
    const page = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications?limit=2`, { token: w.coordinator }),
      200,
    );
    expect(page.items).toHaveLength(2);
    const next = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications?limit=10&cursor=${page.nextCursor}`, {
        token: w.coordinator,
      }),
      200,
    );
    expect(next.items).toHaveLength(3);
    expect(
      (await h.request('GET', `/v1/placements/${placementId}/notifications?cursor=bm9wZQ`, { token: w.coordinator }))
        .status,
    ).toBe(400);
  });

  it('a decline tells the coordinators the reason; a Guangdong visitor without a language gets all three, Simplified Chinese first', async () => {
    const { staff, placementId, token } = await visitorWithPlacement(w);
    const rotation = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-05-03',
      endDate: '2027-05-14',
    });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/decline`, {
        token,
        body: { reason: 'Sitting the licensing exam that week' },
        headers: ifMatch(1),
      }),
      200,
    );
    await poller.drain();

    const declined = about(await emailsTo('qmh-coord@example.org'), placementId);
    expect(declined).toHaveLength(1);
    expect(declined[0]!.body.text).toContain('Reason: Sitting the licensing exam that week');
    expect(declined[0]!.body.text).toContain('原因：Sitting the licensing exam that week');
    const scheduled = (await emailsTo(staff.email)).find((e) => e.subject.startsWith('新轮转安排：Surgery'))!;
    expect(scheduled.subject).toBe('新轮转安排：Surgery（简），5月3日起');
    const text = scheduled.body.text!;
    expect(text.startsWith('访问医生')).toBe(true);
    const [hans, hant, en] = ['已为您安排', '已為閣下安排', 'A rotation has been scheduled'].map((s) =>
      text.indexOf(s),
    );
    expect(hans).toBeGreaterThan(0);
    expect(hant).toBeGreaterThan(hans!);
    expect(en).toBeGreaterThan(hant!);
  });

  it('a cancellation emails the visitor, and so does a new supervisor, worded as such', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    const rotation = await addRotation(w, placementId, { startDate: '2027-06-07', endDate: '2027-06-18' });
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${rotation.rotationId}`, {
        token: w.coordinator,
        body: { supervisor: { name: 'Dr Chan' } },
        headers: ifMatch(1),
      }),
      200,
    );
    await expectStatus(
      h.request('DELETE', `/v1/rotations/${rotation.rotationId}`, { token: w.coordinator, headers: ifMatch(2) }),
      200,
    );
    await poller.drain();
    expect((await emailsTo(staff.email)).map((e) => e.subject)).toEqual([
      'Placement offered: Queen Mary Hospital',
      'New rotation: Medicine, from 7 Jun',
      'New supervisor for your Medicine rotation',
      'Rotation cancelled: Medicine, from 7 Jun',
    ]);
  });
});

describe('a nomination stays internal until the placement is offered', () => {
  it('rotations of a nominated placement email nobody; the offer lists those planned, in the visitor’s language', async () => {
    const staff = await addStaff(w, { language: 'zh-Hant' });
    const { placementId } = await addPlacement(w, staff.staffId);
    await addRotation(w, placementId, { startDate: '2027-02-01', endDate: '2027-02-12' });
    const moved = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-02-15',
      endDate: '2027-02-19',
    });
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${moved.rotationId}`, {
        token: w.coordinator,
        body: { startDate: '2027-02-22', endDate: '2027-02-26' },
        headers: ifMatch(1),
      }),
      200,
    );
    const dropped = await addRotation(w, placementId, { startDate: '2027-03-01', endDate: '2027-03-05' });
    await expectStatus(
      h.request('DELETE', `/v1/rotations/${dropped.rotationId}`, { token: w.coordinator, headers: ifMatch(1) }),
      200,
    );
    await poller.drain();
    expect(await emailsTo(staff.email)).toEqual([]);

    await expectStatus(transition(w, placementId, 'offer'), 200);
    await poller.drain();
    const [offer, ...rest] = await emailsTo(staff.email);
    expect(rest).toEqual([]);
    expect(offer!.subject).toBe('交流安排邀請：Queen Mary Hospital（繁）');
    expect(offer!.body.text).toContain('已安排的輪轉列於下方；接受交流安排後，請逐一確認。');
    expect(offer!.body.text).toContain(
      '已安排的輪轉：\n- Medicine（繁）：2027年2月1日（星期一）至2027年2月12日（星期五）\n- Surgery（繁）：2027年2月22日（星期一）至2027年2月26日（星期五）\n',
    );
    expect(offer!.body.text).not.toContain('2027年3月1日');

    // Offered, not accepted: a new rotation is news, to be confirmed once the placement is accepted.
    await addRotation(w, placementId, { startDate: '2027-11-15', endDate: '2027-11-19' });
    await poller.drain();
    const scheduled = (await emailsTo(staff.email))[1]!;
    expect(scheduled.subject).toBe('新輪轉安排：Medicine（繁），11月15日起');
    expect(scheduled.body.text).toContain('接受交流安排後，請登入系統確認此安排；如未能出席，請婉拒並說明原因。');
  });

  it('a nomination cancelled with its rotations tells the visitor nothing at all', async () => {
    const staff = await addStaff(w, { language: 'en' });
    const { placementId } = await addPlacement(w, staff.staffId);
    await addRotation(w, placementId, { startDate: '2027-02-01', endDate: '2027-02-12' });
    await expectStatus(transition(w, placementId, 'cancel'), 200);
    await poller.drain();
    expect(await emailsTo(staff.email)).toEqual([]);
    const list = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications`, { token: w.coordinator }),
      200,
    );
    expect(list.items).toEqual([]);
  });
});

describe('a placement that ends early', () => {
  it('the visitor withdrawing tells the coordinators once, with their reason and the rotations cancelled; the visitor gets no cancellation per rotation', async () => {
    const { staff, placementId, token } = await visitorWithPlacement(w, 'en');
    await addRotation(w, placementId, { startDate: '2027-06-21', endDate: '2027-06-25' });
    await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-06-28',
      endDate: '2027-07-02',
    });
    // (Read before the placement ends: a rotation email still unsent when it has ended is not sent.)
    await poller.drain();
    await transitionWithReason(w, placementId, 'withdraw', 'Offered a permanent post at home', token);
    await poller.drain();

    expect((await emailsTo(staff.email)).map((e) => e.subject)).toEqual([
      'Placement offered: Queen Mary Hospital',
      'New rotation: Medicine, from 21 Jun',
      'New rotation: Surgery, from 28 Jun',
    ]);
    const name = await nameOf(staff.staffId);
    for (const emails of await coordinatorEmailsAbout(placementId)) {
      expect(emails).toHaveLength(1);
      const [ended] = emails;
      expect(ended!.subject).toBe(`Placement withdrawn: ${name}`);
      expect(ended!.body.text).toMatch(/访问医生\d+ ?已撤回「/);
      expect(ended!.body.text).toContain(`${name} has withdrawn from the placement at Queen Mary Hospital`);
      expect(ended!.body.text).toContain('Reason: Offered a permanent post at home');
      expect(ended!.body.text).toContain('原因：Offered a permanent post at home');
      expect(ended!.body.text).toContain(
        'Rotations cancelled:\n- Medicine: Monday, 21 June 2027 to Friday, 25 June 2027\n- Surgery: Monday, 28 June 2027 to Friday, 2 July 2027\n',
      );
      expect(ended!.body.text).not.toContain('behalf');
    }
  });

  it('the programme office cancelling tells the visitor once, in their language, and not the coordinators', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'zh-Hans');
    await addRotation(w, placementId, { startDate: '2027-07-19', endDate: '2027-07-23' });
    await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-07-26',
      endDate: '2027-07-30',
    });
    // (Read before the placement ends: a rotation email still unsent when it has ended is not sent.)
    await poller.drain();
    await transitionWithReason(w, placementId, 'cancel', '接待科室装修，暂停接收');
    await poller.drain();

    const mine = await emailsTo(staff.email);
    expect(mine.map((e) => e.subject)).toEqual([
      '交流安排邀请：Queen Mary Hospital（简）',
      '新轮转安排：Medicine（简），7月19日起',
      '新轮转安排：Surgery（简），7月26日起',
      '交流安排已取消：Queen Mary Hospital（简）',
    ]);
    const cancelled = mine[3]!.body.text!;
    expect(cancelled).toContain('原因：接待科室装修，暂停接收');
    expect(cancelled).toContain(
      '已取消的轮转：\n- Medicine（简）：2027年7月19日（星期一）至2027年7月23日（星期五）\n- Surgery（简）：2027年7月26日（星期一）至2027年7月30日（星期五）',
    );
    expect(cancelled).not.toContain('placement cancelled');
    for (const emails of await coordinatorEmailsAbout(placementId)) expect(emails).toEqual([]);
  });

  it('withdrawn by the programme office on the visitor’s behalf: the coordinators are told so, and the visitor gets a copy', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    await addRotation(w, placementId, { startDate: '2027-08-16', endDate: '2027-08-20' });
    await transitionWithReason(w, placementId, 'withdraw', 'Told us by phone: family illness');
    await poller.drain();

    const name = await nameOf(staff.staffId);
    for (const [ended] of await coordinatorEmailsAbout(placementId)) {
      expect(ended!.body.text).toContain(`This was recorded on ${name}'s behalf by the programme office.`);
      expect(ended!.body.text).toContain('以上由計劃辦公室代交流人員記錄。');
    }
    const copy = (await emailsTo(staff.email)).at(-1)!;
    expect(copy.subject).toBe('Placement withdrawn for you: Queen Mary Hospital');
    expect(copy.body.text).toContain('has been withdrawn on your behalf by the programme office.');
    expect(copy.body.text).toContain('Reason: Told us by phone: family illness');
    expect((await emailsTo(staff.email)).filter((e) => e.subject.startsWith('Rotation cancelled'))).toEqual([]);
  });
});

describe('a confirmation or decline recorded on the visitor’s behalf', () => {
  it('tells the coordinators it was recorded for the visitor, and sends the visitor a copy', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    const confirmed = await addRotation(w, placementId, { startDate: '2027-09-20', endDate: '2027-09-24' });
    const declined = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-09-27',
      endDate: '2027-10-01',
    });
    await expectStatus(
      h.request('POST', `/v1/rotations/${confirmed.rotationId}/confirm`, { token: w.coordinator, headers: ifMatch(1) }),
      200,
    );
    await expectStatus(
      h.request('POST', `/v1/rotations/${declined.rotationId}/decline`, {
        token: w.coordinator,
        body: { reason: 'Told us by phone: exam that week' },
        headers: ifMatch(1),
      }),
      200,
    );
    await poller.drain();

    const name = await nameOf(staff.staffId);
    for (const emails of await coordinatorEmailsAbout(placementId)) {
      expect(emails.map((e) => e.subject)).toEqual([`${name} confirmed: Medicine`, `${name} declined: Surgery`]);
      for (const email of emails)
        expect(email.body.text).toContain(`This was recorded on ${name}'s behalf by the programme office.`);
    }
    const copies = (await emailsTo(staff.email)).slice(-2);
    expect(copies.map((e) => e.subject)).toEqual([
      'Rotation confirmed for you: Medicine',
      'Rotation declined for you: Surgery',
    ]);
    expect(copies[0]!.body.text).toContain(
      'Your rotation in Medicine at Queen Mary Hospital, from Monday, 20 September 2027 to Friday, 24 September 2027, was confirmed on your behalf by the programme office.',
    );
    expect(copies[1]!.body.text).toContain('Reason: Told us by phone: exam that week');
  });
});

/** Make a change while the poller only captures, and return the stream event(s) holding its audit record. */
async function captureChange(change: () => Promise<unknown>): Promise<DynamoDBStreamEvent> {
  await poller.drain();
  mode = 'capture';
  captured = [];
  try {
    await change();
    await poller.drain();
  } finally {
    mode = 'live';
  }
  const records = captured
    .flatMap((e) => e.Records)
    .filter((r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage?.type?.S === 'AUDIT');
  expect(records.length).toBeGreaterThan(0);
  return { Records: records };
}

const auditIdOf = (event: DynamoDBStreamEvent) => event.Records[0]!.dynamodb!.NewImage!.auditId!.S!;

describe('exactly once', () => {
  it('the same stream record delivered twice sends one email and keeps one SENT record', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'zh-Hans');
    const event = await captureChange(() =>
      addRotation(w, placementId, { startDate: '2027-07-05', endDate: '2027-07-16' }),
    );
    const before = (await emailsTo(staff.email)).length;

    const [first, second] = [await notifier(event), await notifier(event)];
    expect(first.batchItemFailures).toEqual([]);
    expect(second.batchItemFailures).toEqual([]);
    const after = await emailsTo(staff.email);
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.subject).toBe('新轮转安排：Medicine（简），7月5日起');
    expect(await getNotification({ placementId, auditId: auditIdOf(event), recipient: staff.email })).toMatchObject({
      status: 'SENT',
      attempts: 1,
      language: 'zh-Hans',
    });
  });

  it('a change told to the coordinators and, as a copy, to the visitor is one email each, however often delivered', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    const rotation = await addRotation(w, placementId, { startDate: '2027-10-11', endDate: '2027-10-15' });
    const event = await captureChange(() =>
      expectStatus(
        h.request('POST', `/v1/rotations/${rotation.rotationId}/confirm`, {
          token: w.coordinator,
          headers: ifMatch(1),
        }),
        200,
      ),
    );
    const readers = [staff.email, ...COORDINATORS];
    const before = await Promise.all(readers.map(async (address) => (await emailsTo(address)).length));

    for (const response of [await notifier(event), await notifier(event)])
      expect(response.batchItemFailures).toEqual([]);
    expect(await Promise.all(readers.map(async (address) => (await emailsTo(address)).length))).toEqual(
      before.map((n) => n + 1),
    );
    for (const recipient of readers) {
      expect(await getNotification({ placementId, auditId: auditIdOf(event), recipient })).toMatchObject({
        status: 'SENT',
        attempts: 1,
        template: 'rotationConfirmed',
      });
    }
  });

  it('two deliveries at the same moment still send one email', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    const event = await captureChange(() =>
      addRotation(w, placementId, { startDate: '2027-08-02', endDate: '2027-08-13' }),
    );
    const before = (await emailsTo(staff.email)).length;
    const results = await Promise.all([notifier(event), notifier(event), notifier(event)]);
    expect((await emailsTo(staff.email)).length).toBe(before + 1);
    // The deliveries that found the claim taken and still PENDING ask to be retried; none sent.
    const failures = results.flatMap((r) => r.batchItemFailures);
    expect(failures.length).toBeLessThanOrEqual(2);
    expect((await notifier(event)).batchItemFailures).toEqual([]);
    expect((await emailsTo(staff.email)).length).toBe(before + 1);
  });
});

describe('when SES fails', () => {
  // Installed by each test once its setup is done, so only the deliveries under test meet it.
  const sesStub = () => mockClient(SESv2Client);
  let ses: ReturnType<typeof sesStub> | undefined;
  const mockSes = () => (ses = sesStub());
  afterEach(() => {
    ses?.restore();
    ses = undefined;
  });

  it('records FAILED with the error and its next attempt, leaves the record to the re-drive, and sends exactly one later', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    const event = await captureChange(() =>
      addRotation(w, placementId, { startDate: '2027-09-06', endDate: '2027-09-17' }),
    );
    const sequenceNumber = event.Records[0]!.dynamodb!.SequenceNumber!;
    const ref = { placementId, auditId: auditIdOf(event), recipient: staff.email };
    const before = (await emailsTo(staff.email)).length;

    mockSes()
      .on(SendEmailCommand)
      .rejects(Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'TooManyRequestsException' }));
    const failedAt = Date.now();
    const failed: DynamoDBBatchResponse = await notifier(event);
    // Recorded with its next attempt: the re-drive owns it now, the stream moves on.
    expect(failed.batchItemFailures).toEqual([]);
    const record = await getNotification(ref);
    expect(record).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastError: 'TooManyRequestsException: Maximum sending rate exceeded.',
      history: [expect.objectContaining({ result: 'FAILED' })],
    });
    // The first retry after half to all of the 30 s base.
    const wait = Date.parse(record!.nextAttemptAt!) - failedAt;
    expect(wait).toBeGreaterThanOrEqual(14_000);
    expect(wait).toBeLessThanOrEqual(31_000);
    void sequenceNumber;

    // Still failing (a replay of the record): a second attempt is counted.
    expect((await notifier(event)).batchItemFailures).toEqual([]);
    expect(await getNotification(ref)).toMatchObject({ status: 'FAILED', attempts: 2 });

    // SES is back: the retry sends exactly one, and nothing after it sends again.
    ses!.restore();
    expect((await notifier(event)).batchItemFailures).toEqual([]);
    expect(await getNotification(ref)).toMatchObject({ status: 'SENT', attempts: 3 });
    expect((await notifier(event)).batchItemFailures).toEqual([]);
    const after = await emailsTo(staff.email);
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.subject).toBe('New rotation: Medicine, from 6 Sep');
  });

  it('one failing email neither blocks nor drops the others, and later emails to the same person wait behind it', async () => {
    const a = await visitorWithPlacement(w, 'en');
    const b = await visitorWithPlacement(w, 'en');
    const event = await captureChange(async () => {
      const first = await addRotation(w, a.placementId, { startDate: '2027-10-04', endDate: '2027-10-08' });
      await addRotation(w, b.placementId, { startDate: '2027-10-04', endDate: '2027-10-08' });
      await h.request('DELETE', `/v1/rotations/${first.rotationId}`, { token: w.coordinator, headers: ifMatch(1) });
    });
    expect(event.Records).toHaveLength(3);
    const bBefore = (await emailsTo(b.staff.email)).length;
    mockSes()
      .on(SendEmailCommand)
      .callsFake(async (input: { Destination: { ToAddresses: string[] } }) => {
        if (input.Destination.ToAddresses[0] === a.staff.email)
          throw Object.assign(new Error('Temporary failure'), { name: 'InternalFailure' });
        return { MessageId: 'mock-message' };
      });
    const response = await notifier(event);
    expect(response.batchItemFailures).toEqual([]);
    expect(
      await getNotification({
        placementId: b.placementId,
        auditId: event.Records[1]!.dynamodb!.NewImage!.auditId!.S!,
        recipient: b.staff.email,
      }),
    ).toMatchObject({
      status: 'SENT',
    });
    // The cancellation was held back, not attempted, so the visitor cannot read it before the scheduling.
    const held = await getNotification({
      placementId: a.placementId,
      auditId: event.Records[2]!.dynamodb!.NewImage!.auditId!.S!,
      recipient: a.staff.email,
    });
    expect(held).toMatchObject({ status: 'FAILED', history: [expect.objectContaining({ result: 'HELD' })] });
    expect((await emailsTo(b.staff.email)).length).toBe(bBefore); // the mock "sent" it

    // SES is back; the re-drive (its schedule, ten minutes on) sends both, in order.
    ses!.restore();
    setClock(new Date(Date.now() + 10 * 60_000));
    try {
      await redrive();
    } finally {
      setClock(undefined);
    }
    expect((await emailsTo(a.staff.email)).slice(-2).map((e) => e.subject)).toEqual([
      'New rotation: Medicine, from 4 Oct',
      'Rotation cancelled: Medicine, from 4 Oct',
    ]);
    expect((await emailsTo(b.staff.email)).length).toBe(bBefore);
  });

  it('an address on the suppression list is recorded SUPPRESSED and not sent to', async () => {
    const { staff, placementId } = await visitorWithPlacement(w, 'en');
    const event = await captureChange(() =>
      addRotation(w, placementId, { startDate: '2027-11-01', endDate: '2027-11-05' }),
    );
    const mock = mockSes();
    mock
      .on(GetSuppressedDestinationCommand)
      .resolves({ SuppressedDestination: { EmailAddress: staff.email, Reason: 'BOUNCE', LastUpdateTime: new Date() } });
    mock.on(SendEmailCommand).resolves({ MessageId: 'never' });
    expect((await notifier(event)).batchItemFailures).toEqual([]);
    expect(mock.commandCalls(SendEmailCommand)).toHaveLength(0);
    expect(await getNotification({ placementId, auditId: auditIdOf(event), recipient: staff.email })).toMatchObject({
      status: 'SUPPRESSED',
      lastError: 'on the SES account suppression list (BOUNCE)',
    });
    // A replay finds the recipient settled: it neither sends nor asks SES again (that API's rate is low).
    await notifier(event);
    expect(await getNotification({ placementId, auditId: auditIdOf(event), recipient: staff.email })).toMatchObject({
      status: 'SUPPRESSED',
      attempts: 1,
    });
    expect(mock.commandCalls(GetSuppressedDestinationCommand)).toHaveLength(1);
    expect(mock.commandCalls(SendEmailCommand)).toHaveLength(0);
    mock.restore();
  });
});

describe('every email sent', () => {
  it('has a display name, a Reply-To to a coordinator or the programme office, and a deep link to a console page', async () => {
    // Everything this file's changes sent (the local SES store is shared: keep to this file's placements).
    const mine = new Set(
      (await h.sentEmails()).filter((e) => /\/placements\/plc_/.test(e.body.text ?? '')).map((e) => e.messageId),
    );
    const emails = (await h.sentEmails()).filter((e) => mine.has(e.messageId));
    expect(emails.length).toBeGreaterThan(10);
    const consoleUrl = config().consoleUrl.replace(/\/+$/, '');
    for (const email of emails) {
      const where = `${email.subject} → ${email.destination.to.join(',')}`;
      expect({ where, from: email.from }).toEqual({
        where,
        from: expect.stringMatching(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=|"[^"]+") <[^>]+>$/),
      });
      expect({ where, replyTo: (email as SentEmail & { replyTo?: string[] }).replyTo }).toEqual({
        where,
        replyTo: [expect.stringMatching(/@example\.org$/)],
      });
      // A link to a page the console serves (CONSOLE-MAP): the rotation itself, or the placement.
      const links = [...(email.body.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
      expect({
        where,
        ok: links.some(
          (l) =>
            /^\/(rotations|placements)\/[A-Za-z0-9_-]+$/.test(l.slice(consoleUrl.length)) && l.startsWith(consoleUrl),
        ),
      }).toEqual({ where, ok: true });
      // Every email but a placement's or a plan's (several rotations, listed) is about one rotation, and links to it.
      const aboutSeveral = /rotations listed below|下列輪轉|下列轮转/.test(email.body.text ?? '');
      if (!/placement|交流安排/i.test(email.subject) && !aboutSeveral)
        expect({ where, rotationLink: links.some((l) => l.startsWith(`${consoleUrl}/rotations/rot_`)) }).toEqual({
          where,
          rotationLink: true,
        });
    }
  });
});
