/**
 * Calendar feed links. Calendar apps cannot send a JWT, so the feed URL itself is the
 * credential: it carries a token = HMAC-SHA256(per-staff secret, staffId). The secret lives in
 * the table (FEED#{staffId}); revoking a link replaces the secret, which invalidates every URL
 * handed out before without touching anyone else's. Tokens are compared in constant time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { config } from '../config';
import { createFeedSecret, readFeedSecret, replaceFeedSecret } from '../repository/calendar';

const newSecret = () => randomBytes(32).toString('base64url');
const tokenOf = (secret: string, staffId: string) =>
  createHmac('sha256', secret).update(staffId, 'utf8').digest('base64url');

const feedUrl = (staffId: string, secret: string) =>
  `${config().apiUrl.replace(/\/+$/, '')}/v1/staff/${encodeURIComponent(staffId)}/calendar.ics?token=${tokenOf(secret, staffId)}`;

/** The staff member's feed URL; the secret is created on first use (a race creates it once). */
export async function calendarFeedUrl(staffId: string): Promise<string> {
  const existing = await readFeedSecret(staffId);
  if (existing) return feedUrl(staffId, existing);
  const secret = newSecret();
  if (await createFeedSecret(staffId, secret)) return feedUrl(staffId, secret);
  const winner = await readFeedSecret(staffId);
  if (!winner) throw new Error(`The calendar feed secret of ${staffId} vanished while being created`);
  return feedUrl(staffId, winner);
}

/**
 * Invalidate every feed URL handed out so far; returns the new one. A staff record that does not
 * exist is a 404 and nothing is written.
 */
export async function revokeCalendarFeed(staffId: string): Promise<string> {
  const secret = newSecret();
  await replaceFeedSecret(staffId, secret);
  return feedUrl(staffId, secret);
}

/** True only for the token of the staff member's current secret. */
export async function isValidFeedToken(staffId: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const secret = await readFeedSecret(staffId);
  if (!secret) return false;
  const expected = Buffer.from(tokenOf(secret, staffId), 'utf8');
  const given = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
