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
import { calendarFeedUrl } from '../../shared/calendar/feed-link';

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
    expect(res.headers.get('cache-control')).toContain('private');
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
    expect(event.sequence).toBe(1);
    expect(event.startDate.toString()).toBe('2027-03-08');
    expect(event.endDate.toString()).toBe('2027-04-03');
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    const cancelled = feed.get(`${second.rotationId}@talent-exchange`)!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe('已取消：Surgery（繁）（Queen Mary Hospital（繁））');
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
});
