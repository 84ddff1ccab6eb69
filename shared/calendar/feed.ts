/**
 * The calendar feed of one staff member: check the link while reading their rotations, then read
 * the person with the names of the departments and hospitals involved, and write the iCalendar
 * document. A link that is wrong, revoked or for nobody reads as "not found", so the feed never
 * tells a stranger whether a staff id exists.
 *
 * Calendar apps poll: each answer carries a strong ETag (a hash of the document) and
 * Last-Modified (the latest change of anything in it), so a poll with If-None-Match or
 * If-Modified-Since that finds nothing new is a 304 without a body.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../errors';
import { config } from '../config';
import * as clock from '../clock';
import { feedNames, rotationsOfStaff } from '../repository/calendar';
import { Id, type Rotation } from '../schemas';
import { visitorHearsOf } from '../auth/policy';
import { isValidFeedToken } from './feed-link';
import { CANCELLED_GRACE_DAYS, rotationCalendar, type CalendarRotation } from './ics';
import { addDays, todayInHongKong } from '../domain/dates';

const noSuchFeed = () => new AppError('NOT_FOUND', 'There is no calendar feed at this address');

export interface CalendarFeed {
  body: string;
  /** Strong validator: the same document has the same ETag. */
  etag: string;
  /** HTTP date of the latest change shown. */
  lastModified: string;
}

export async function calendarFeed(
  staffId: string,
  token: string | undefined,
  now = clock.now(),
): Promise<CalendarFeed> {
  if (!token || !Id.safeParse(staffId).success) throw noSuchFeed();
  // The link's secret and the rotations in one round, then (the link being good) the person
  // with the names of the departments and hospitals in a second. The rotations are read before
  // the link is known to be good: nothing read is returned unless it is, ids are 96 random bits
  // (so answering a little later for a real id tells no one who could not already name it), and
  // the read is one person's rotations, usually a single page.
  const [valid, rotations] = await Promise.all([isValidFeedToken(staffId, token), rotationsOfStaff(staffId)]);
  if (!valid) throw noSuchFeed();
  // Cancelled and declined rotations stay (marked) for a grace period after their last change,
  // so every subscribed client sees the change, then leave the feed.
  const keepFrom = addDays(todayInHongKong(now), -CANCELLED_GRACE_DAYS);
  const ended = (r: Rotation) => r.status === 'CANCELLED' || r.status === 'DECLINED';
  const shown = rotations.filter((r) => !ended(r) || todayInHongKong(new Date(r.updatedAt)) >= keepFrom);
  // A rotation that left the feed changed it at the start of the day it left (Hong Kong time).
  const left = rotations
    .filter((r) => !shown.includes(r))
    .map((r) => `${addDays(todayInHongKong(new Date(r.updatedAt)), CANCELLED_GRACE_DAYS + 1)}T00:00:00+08:00`);
  const names = await feedNames(staffId, shown);
  if (!names.staff) throw noSuchFeed();
  const calendarRotations: CalendarRotation[] = [];
  for (const rotation of shown) {
    // Rotations of a placement not yet offered are the coordinators' draft, not the visitor's.
    const placementStatus = names.placementStatus.get(rotation.placementId);
    if (!placementStatus || !visitorHearsOf(placementStatus)) continue;
    const department = names.departments.get(rotation.departmentId);
    const host = names.institutions.get(rotation.hostInstitutionId);
    // A rotation whose department or hospital cannot be named is left out rather than shown blank.
    if (!department || !host) continue;
    calendarRotations.push({ ...rotation, department: department.names, host: host.names });
  }
  const body = rotationCalendar({
    staffName: names.staff.names,
    language: names.staff.preferredLanguage,
    rotations: calendarRotations,
    consoleUrl: config().consoleUrl,
  });
  const changes = [
    names.staff.updatedAt,
    ...calendarRotations.map((r) => r.updatedAt),
    ...left,
    ...[...names.departments.values(), ...names.institutions.values()].map((x) => x.updatedAt),
  ]
    .map((at) => Date.parse(at))
    .filter((t) => !Number.isNaN(t));
  const latest = new Date(Math.max(0, ...changes));
  return {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    lastModified: latest.toUTCString(),
  };
}

/** Whether a conditional request's validators show the client already has this document (RFC 9110 §13.2.2). */
export function notModified(feed: CalendarFeed, headers: Record<string, string>): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    // Weak comparison: W/"x" matches "x".
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .includes(feed.etag);
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(Date.parse(feed.lastModified) / 1000) <= Math.floor(since / 1000);
}
