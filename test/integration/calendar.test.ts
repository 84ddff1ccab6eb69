/**
 * The calendar feed through the local HTTP layer: the link from /v1/me works without a JWT,
 * parses as iCalendar, follows the schedule (SEQUENCE, dates, STATUS), and a wrong or revoked
 * link is a plain 404.
 */
import ICAL from 'ical.js';
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
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { calendarFeedUrl } from '../../shared/calendar/feed-link';
import { keys } from '../../shared/table';

let h: Harness;
let w: World;
let staffId: string;
let visitor: string;
let placementId: string;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  staffId = (await addStaff(w, { language: 'zh-Hant' })).staffId;
  placementId = (await addPlacement(w, staffId)).placementId;
  visitor = await h.token({ role: 'staff', staffId });
  await expectStatus(transition(w, placementId, 'offer'), 200);
  await expectStatus(transition(w, placementId, 'accept', visitor), 200);
});
afterAll(() => h.close());

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
/** The feed at a URL the API handed out, fetched as a calendar app would: no token header. */
const fetchFeed = (url: string) => h.request('GET', url.slice(h.baseUrl.length));
const feedUrl = async () =>
  (await expectStatus(h.request('GET', '/v1/me', { token: visitor }), 200)).calendarFeedUrl as string;

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((vevent) => [String(vevent.getFirstPropertyValue('uid')), vevent]),
  );
}

describe('the calendar feed', () => {
  it('leaves out the rotations of a placement not yet offered, in the feed and in /v1/me/rotations', async () => {
    const nomineeId = (await addStaff(w)).staffId;
    const nominee = await h.token({ role: 'staff', staffId: nomineeId });
    const nomination = await addPlacement(w, nomineeId);
    const draft = await addRotation(w, nomination.placementId, { startDate: '2027-03-01', endDate: '2027-03-26' });
    const me = await expectStatus(h.request('GET', '/v1/me', { token: nominee }), 200);
    const mine = () => expectStatus(h.request('GET', '/v1/me/rotations', { token: nominee }), 200);
    const uids = async () => [...events((await fetchFeed(me.calendarFeedUrl)).text).keys()];

    expect((await mine()).items).toEqual([]);
    expect(await uids()).toEqual([]);

    await expectStatus(transition(w, nomination.placementId, 'offer'), 200);
    expect((await mine()).items.map((r: { rotationId: string }) => r.rotationId)).toEqual([draft.rotationId]);
    expect(await uids()).toEqual([`${draft.rotationId}@talent-exchange`]);

    // A second nomination's drafts come first in the list (earlier dates): a page is filled past them.
    const next = await addPlacement(w, nomineeId, { startDate: '2027-01-01', endDate: '2027-01-31' });
    await addRotation(w, next.placementId, { startDate: '2027-01-04', endDate: '2027-01-08' });
    await addRotation(w, next.placementId, { startDate: '2027-01-11', endDate: '2027-01-15' });
    const page = await expectStatus(h.request('GET', '/v1/me/rotations?limit=1', { token: nominee }), 200);
    expect(page.items.map((r: { rotationId: string }) => r.rotationId)).toEqual([draft.rotationId]);

    // One more of each: page by page, every offered rotation once, in date order, drafts skipped.
    const later = await addRotation(w, nomination.placementId, { startDate: '2027-05-03', endDate: '2027-05-14' });
    await addRotation(w, next.placementId, { startDate: '2027-01-18', endDate: '2027-01-22' });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `/v1/me/rotations?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const got = await expectStatus(h.request('GET', query, { token: nominee }), 200);
      expect(got.items.length).toBeLessThanOrEqual(1);
      seen.push(...got.items.map((r: { rotationId: string }) => r.rotationId));
      cursor = got.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual([draft.rotationId, later.rotationId]);
  });

  it('is linked from /v1/me and follows the schedule', async () => {
    const url = await feedUrl();
    expect(url).toMatch(new RegExp(`^${h.baseUrl}/v1/staff/${staffId}/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}$`));
    expect(await feedUrl()).toBe(url); // stable until revoked

    const first = await addRotation(w, placementId, { startDate: '2027-03-01', endDate: '2027-03-26' });
    const second = await addRotation(w, placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-04-05',
      endDate: '2027-04-09',
    });

    let res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, max-age=3600, must-revalidate');
    expect(res.text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    let feed = events(res.text);
    expect([...feed.keys()]).toEqual([`${first.rotationId}@talent-exchange`, `${second.rotationId}@talent-exchange`]);
    let event = new ICAL.Event(feed.get(`${first.rotationId}@talent-exchange`)!);
    expect(event.summary).toBe('Medicine（繁）（Queen Mary Hospital（繁））');
    expect(event.sequence).toBe(0);
    expect(event.startDate.toString()).toBe('2027-03-01');
    expect(event.endDate.toString()).toBe('2027-03-27');
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');

    // Confirmed, then moved (back to SCHEDULED, sequence 1); the second one cancelled.
    await expectStatus(
      h.request('POST', `/v1/rotations/${first.rotationId}/confirm`, { token: visitor, headers: ifMatch(1) }),
      200,
    );
    expect(
      events((await fetchFeed(url)).text)
        .get(`${first.rotationId}@talent-exchange`)!
        .getFirstPropertyValue('status'),
    ).toBe('CONFIRMED');
    await expectStatus(
      h.request('PATCH', `/v1/rotations/${first.rotationId}`, {
        token: w.coordinator,
        body: { startDate: '2027-03-08', endDate: '2027-04-02' },
        headers: ifMatch(2),
      }),
      200,
    );
    await expectStatus(
      h.request('DELETE', `/v1/rotations/${second.rotationId}`, { token: w.coordinator, headers: ifMatch(1) }),
      200,
    );

    res = await fetchFeed(url);
    feed = events(res.text);
    event = new ICAL.Event(feed.get(`${first.rotationId}@talent-exchange`)!);
    expect(event.sequence).toBe(2); // confirmed, then moved: two changes
    expect(event.startDate.toString()).toBe('2027-03-08');
    expect(event.endDate.toString()).toBe('2027-04-03');
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    const cancelled = feed.get(`${second.rotationId}@talent-exchange`)!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(1); // the cancellation is a change clients must see
    expect(cancelled.getFirstPropertyValue('summary')).toBe('已取消：Surgery（繁）（Queen Mary Hospital（繁））');
  });

  it('words a rotation the visitor declined as declined, with a higher SEQUENCE', async () => {
    const url = await feedUrl();
    const rotation = await addRotation(w, placementId, { startDate: '2027-05-03', endDate: '2027-05-07' });
    await expectStatus(
      h.request('POST', `/v1/rotations/${rotation.rotationId}/decline`, {
        token: visitor,
        body: { reason: 'On leave that week' },
        headers: ifMatch(1),
      }),
      200,
    );
    const declined = events((await fetchFeed(url)).text).get(`${rotation.rotationId}@talent-exchange`)!;
    expect(declined.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(declined.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(declined.getFirstPropertyValue('summary'))).toMatch(/^已婉拒：/);
    expect(String(declined.getFirstPropertyValue('summary'))).not.toContain('已取消');
    expect(String(declined.getFirstPropertyValue('description'))).toContain('狀態：已婉拒');
  });

  it('answers a poll that finds nothing new with 304, and a change with the new feed', async () => {
    const url = await feedUrl();
    const first = await fetchFeed(url);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const path = url.slice(h.baseUrl.length);
    const byEtag = await h.request('GET', path, { headers: { 'if-none-match': etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.text).toBe('');
    expect(byEtag.headers.get('etag')).toBe(etag);
    expect(byEtag.headers.get('cache-control')).toBe('private, max-age=3600, must-revalidate');
    const byDate = await h.request('GET', path, { headers: { 'if-modified-since': lastModified } });
    expect(byDate.status).toBe(304);
    const stale = await h.request('GET', path, { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);

    await addRotation(w, placementId, { startDate: '2027-06-07', endDate: '2027-06-11' });
    const changed = await h.request('GET', path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(Date.parse(changed.headers.get('last-modified')!)).toBeGreaterThanOrEqual(Date.parse(lastModified));
    // A wrong link is still a 404, validators or not.
    const wrong = await h.request('GET', path.replace(/token=.*/, 'token=x'), { headers: { 'if-none-match': '*' } });
    expect(wrong.status).toBe(404);
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const url = await feedUrl();
    const path = url.slice(h.baseUrl.length);
    const get = await fetchFeed(url);
    const head = await h.request('HEAD', path);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    for (const name of ['etag', 'last-modified', 'content-type', 'cache-control'])
      expect(head.headers.get(name)).toBe(get.headers.get(name));
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(get.text, 'utf8')));
    expect((await h.request('HEAD', path, { headers: { 'if-none-match': get.headers.get('etag')! } })).status).toBe(
      304,
    );
    expect((await h.request('HEAD', path.replace(/token=.*/, 'token=x'))).status).toBe(404);
  });

  it('answers a wrong token, another person’s token or an unknown person with the same 404', async () => {
    const url = await feedUrl();
    const wrong = await fetchFeed(url.replace(/token=.*/, 'token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    expect(wrong.status).toBe(404);
    expect(wrong.body).toMatchObject({ code: 'NOT_FOUND' });

    const other = (await addStaff(w)).staffId;
    const otherToken = new URL(await calendarFeedUrl(other)).searchParams.get('token');
    expect((await fetchFeed(`${h.baseUrl}/v1/staff/${staffId}/calendar.ics?token=${otherToken}`)).status).toBe(404);
    const unknown = await fetchFeed(`${h.baseUrl}/v1/staff/stf_nobody/calendar.ics?token=${otherToken}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect((await fetchFeed(url)).status).toBe(200);
  });

  it('stops answering a link the visitor revoked; the new link works', async () => {
    const old = await feedUrl();
    const revoked = await h.request('POST', '/v1/me/calendar-feed/revoke', { token: visitor });
    expect(revoked.status).toBe(200);
    const fresh = revoked.body.calendarFeedUrl;
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
    expect(await feedUrl()).toBe(fresh);
  });

  it('refuses to revoke the link of a staff record that does not exist, and writes nothing', async () => {
    const ghost = await h.token({ role: 'staff', staffId: 'stf_ghost' });
    const before = await h.db.send(new GetCommand({ TableName: h.tableName, Key: keys.calendarFeed('stf_ghost') }));
    const res = await h.request('POST', '/v1/me/calendar-feed/revoke', { token: ghost });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    const after = await h.db.send(new GetCommand({ TableName: h.tableName, Key: keys.calendarFeed('stf_ghost') }));
    expect(before.Item).toBeUndefined();
    expect(after.Item).toBeUndefined();
  });
});
