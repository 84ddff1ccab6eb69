/**
 * No email is lost to an SES outage, and none arrives out of order or twice. The local SES sits
 * behind a switch (a TCP proxy that refuses connections while "down"); changes made while it is
 * down are recorded FAILED (the first) or HELD (later ones to the same person), the re-drive
 * tries them with the production backoff while the clock moves on, and once SES is back every
 * email arrives exactly once, in the order of the changes, with the attempts in its history.
 * The clock is moved (shared/clock.ts), not waited for: the backoff is minutes long.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { startHarness, type Harness, type SentEmail } from '../support/harness';
import { addRotation, buildWorld, expectStatus, type World } from '../support/fixtures';
import { acceptedPlacement, ifMatch, pollTable } from './notifications-support';
import type { StreamPoller } from '../../local/stream-poller';
import { handler as notifier } from '../../functions/notifier/handler';
import { handler as redrive } from '../../functions/redrive/handler';
import { resetClients } from '../../shared/clients';
import { config, resetConfig } from '../../shared/config';
import { setClock } from '../../shared/clock';

let h: Harness;
let w: World;
let poller: StreamPoller;
let sesSwitch: Server;
let sesUp = true;
const open = new Set<Socket>();
const realSes = process.env.SES_ENDPOINT!;

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  const target = new URL(realSes);
  sesSwitch = createServer((client) => {
    if (!sesUp) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    open.add(client).add(upstream);
    for (const s of [client, upstream]) s.on('close', () => open.delete(s)).on('error', () => undefined);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => sesSwitch.listen(0, '127.0.0.1', resolve));
  const address = sesSwitch.address();
  process.env.SES_ENDPOINT = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  resetConfig();
  resetClients();
  poller = pollTable(h, {
    handler: notifier,
  });
});
afterAll(async () => {
  setClock(undefined);
  await poller.stop();
  process.env.SES_ENDPOINT = realSes;
  resetConfig();
  resetClients();
  for (const s of open) s.destroy();
  await new Promise((resolve) => sesSwitch.close(resolve));
  await h.close();
});

function sesDown() {
  sesUp = false;
  for (const s of open) s.destroy();
  resetClients(); // no pooled connection survives the outage
}
const sesBack = () => {
  sesUp = true;
};

/** What the local SES holds for one address, read past the switch. */
async function emailsTo(_h: Harness, address: string): Promise<SentEmail[]> {
  const store = (await (await fetch(`${realSes}/store`)).json()) as { emails: SentEmail[] };
  return store.emails.filter((e) => e.destination.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}
const allEmails = async () => ((await (await fetch(`${realSes}/store`)).json()) as { emails: SentEmail[] }).emails;

/** Run the re-drive as the schedule would, with the clock at `at`. */
async function redriveAt(at: Date) {
  setClock(at);
  return redrive();
}

const notificationsOf = async (placementId: string) =>
  (
    await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications?limit=100`, { token: w.admin }),
      200,
    )
  ).items as {
    template: string;
    recipient: string;
    subject: string;
    changeAt: string;
    status: string;
    attempts: number;
    history?: { result: string; at: string }[];
    nextAttemptAt?: string;
  }[];

describe('an SES outage of a minute during schedule changes', () => {
  it('delivers every email exactly once, in order, once SES is back, with the attempts on record', async () => {
    expect(config().notificationRetryBaseMs).toBe(30_000); // the production backoff, not a test's
    const { staff, placementId, token } = await acceptedPlacement(w, 'en');
    await poller.drain();
    const before = (await emailsTo(h, staff.email)).length;

    const start = Date.now();
    sesDown();
    // Four changes for the visitor and one for the coordinators while SES cannot be reached.
    const first = await addRotation(w, placementId, { startDate: '2027-03-01', endDate: '2027-03-26' });
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${first.rotationId}`, {
        token: w.coordinator,
        body: { startDate: '2027-03-08', endDate: '2027-04-02' },
        headers: ifMatch(1),
      }),
      200,
    );
    await expectStatus(
      h.request('POST', `/v1/rotations/${first.rotationId}/confirm`, { token, headers: ifMatch(2) }),
      200,
    );
    const second = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-05-03',
      endDate: '2027-05-28',
    });
    await expectStatus(
      h.request('DELETE', `/v1/rotations/${second.rotationId}`, { token: w.coordinator, headers: ifMatch(1) }),
      200,
    );
    await poller.drain();

    let records = await notificationsOf(placementId);
    const toVisitor = records.filter(
      (n) => n.recipient === staff.email.toLowerCase() && n.template !== 'placementOffered',
    );
    expect(toVisitor.map((n) => n.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
    expect(toVisitor.flatMap((n) => n.history?.map((e) => e.result) ?? []).sort()).toEqual(
      ['FAILED', 'HELD', 'HELD', 'HELD'].sort(),
    );

    // The outage lasts 60 s: the re-drive keeps trying on its schedule, and keeps failing.
    for (let seconds = 10; seconds <= 60; seconds += 10) await redriveAt(new Date(start + seconds * 1000));
    records = await notificationsOf(placementId);
    expect(records.filter((n) => n.status === 'SENT' && n.template !== 'placementOffered')).toEqual([]);
    expect(await emailsTo(h, staff.email)).toHaveLength(before);

    // SES is back. The schedule runs every minute; the backoff is at most 15 minutes.
    sesBack();
    for (let minute = 2; minute <= 30; minute++) await redriveAt(new Date(start + minute * 60_000));

    const inbox = (await emailsTo(h, staff.email)).slice(before);
    const subjects = inbox.map((e: SentEmail) => e.subject.replace(/:.*/, ''));
    expect(subjects).toEqual([
      'New rotation',
      'New dates for your Medicine rotation',
      'New rotation',
      'Rotation cancelled',
    ]);
    // The coordinators' email of the confirmation, each exactly once.
    const confirmations = (await notificationsOf(placementId)).filter((n) => n.template === 'rotationConfirmed');
    expect(confirmations.length).toBeGreaterThan(0);
    for (const n of confirmations)
      expect(
        (await emailsTo(h, n.recipient)).filter(
          (e) => e.subject === n.subject && (e.body.text ?? '').includes(`/placements/${placementId}`),
        ),
      ).toHaveLength(1);

    records = await notificationsOf(placementId);
    for (const record of records) {
      expect(record.status).toBe('SENT');
      expect(record.nextAttemptAt).toBeUndefined();
      expect(record.history?.at(-1)?.result).toBe('SENT');
    }
    const firstEmail = records
      .filter((n) => n.template === 'rotationScheduled' && n.recipient === staff.email.toLowerCase())
      .sort((a, b) => a.changeAt.localeCompare(b.changeAt))[0]!;
    // Tried at the change and on the schedule during the outage, then sent: the history shows each attempt.
    expect(firstEmail.history!.filter((e) => e.result === 'FAILED').length).toBeGreaterThanOrEqual(2);
    expect(firstEmail.attempts).toBe(firstEmail.history!.length);

    // Nothing more to send, and running again sends nothing twice.
    const total = (await allEmails()).length;
    expect((await redriveAt(new Date(start + 60 * 60_000))).due).toBe(0);
    expect((await allEmails()).length).toBe(total);
  }, 120_000);
});

describe('a coordinator re-drives what gave up', () => {
  afterEach(() => {
    delete process.env.NOTIFICATION_MAX_SEND_ATTEMPTS;
    resetConfig();
  });

  it('puts failed emails back on the schedule, which then sends them once', async () => {
    process.env.NOTIFICATION_MAX_SEND_ATTEMPTS = '1';
    resetConfig();
    const { staff, placementId } = await acceptedPlacement(w, 'en');
    await poller.drain();
    const start = Date.now() + 2 * 3600_000;
    setClock(new Date(start));
    sesDown();
    await addRotation(w, placementId, { startDate: '2027-06-07', endDate: '2027-06-25' });
    await poller.drain();
    let [record] = (await notificationsOf(placementId)).filter((n) => n.template === 'rotationScheduled');
    expect(record).toMatchObject({ status: 'FAILED' });
    expect(record!.nextAttemptAt).toBeUndefined(); // gave up after its one attempt
    expect(record!.history?.map((e) => e.result)).toEqual(['GAVE_UP']);
    await redriveAt(new Date(start + 3600_000));
    [record] = (await notificationsOf(placementId)).filter((n) => n.template === 'rotationScheduled');
    expect(record!.history?.map((e) => e.result)).toEqual(['GAVE_UP']); // not tried again on its own

    sesBack();
    const visitor = await h.token({ role: 'staff', staffId: staff.staffId });
    const refused = await h.request('POST', `/v1/placements/${placementId}/notifications/redrive`, { token: visitor });
    expect(refused.status).toBe(403);
    const res = await h.request('POST', `/v1/placements/${placementId}/notifications/redrive`, {
      token: w.coordinator,
    });
    expect(res.status).toBe(202);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ template: 'rotationScheduled', status: 'FAILED' });

    const before = (await emailsTo(h, staff.email)).length;
    await redriveAt(new Date(start + 3600_000 + 1000));
    await redriveAt(new Date(start + 3600_000 + 61_000));
    const after = await emailsTo(h, staff.email);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)?.subject).toMatch(/^New rotation/);
    [record] = (await notificationsOf(placementId)).filter((n) => n.template === 'rotationScheduled');
    expect(record!.status).toBe('SENT');
    expect(record!.history?.map((e) => e.result)).toEqual(['GAVE_UP', 'REDRIVE_REQUESTED', 'SENT']);

    // A second request finds nothing failed: nothing is sent twice.
    const again = await h.request('POST', `/v1/placements/${placementId}/notifications/redrive`, {
      token: w.coordinator,
    });
    expect(again.body.items).toEqual([]);
  });
});
