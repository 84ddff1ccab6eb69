/**
 * Calendar feed links. Calendar apps cannot send a JWT, so the feed URL itself is the
 * credential: it carries a token = HMAC-SHA256(per-staff secret, staffId). The secret lives in
 * the table (FEED#{staffId}); revoking a link replaces the secret, which invalidates every URL
 * handed out before without touching anyone else's. Tokens are compared in constant time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { getItem } from '../repository/dynamo';
import { keys } from '../table';

interface FeedSecret {
  secret: string;
}

const newSecret = () => randomBytes(32).toString('base64url');
const tokenOf = (secret: string, staffId: string) =>
  createHmac('sha256', secret).update(staffId, 'utf8').digest('base64url');

const feedUrl = (staffId: string, secret: string) =>
  `${config().apiUrl.replace(/\/+$/, '')}/v1/staff/${encodeURIComponent(staffId)}/calendar.ics?token=${tokenOf(secret, staffId)}`;

function feedItem(staffId: string, secret: string) {
  const now = new Date().toISOString();
  return { ...keys.calendarFeed(staffId), type: 'CALENDAR_FEED', staffId, secret, createdAt: now, updatedAt: now };
}

async function readSecret(staffId: string): Promise<string | undefined> {
  const item = (await getItem(keys.calendarFeed(staffId))) as FeedSecret | undefined;
  return item?.secret;
}

/** The staff member's feed URL; the secret is created on first use (a race creates it once). */
export async function calendarFeedUrl(staffId: string): Promise<string> {
  const existing = await readSecret(staffId);
  if (existing) return feedUrl(staffId, existing);
  const secret = newSecret();
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: config().tableName,
        Item: feedItem(staffId, secret),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return feedUrl(staffId, secret);
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const winner = await readSecret(staffId);
    if (!winner) throw error;
    return feedUrl(staffId, winner);
  }
}

/** Invalidate every feed URL handed out so far; returns the new one. */
export async function revokeCalendarFeed(staffId: string): Promise<string> {
  const secret = newSecret();
  await dynamoClient().send(new PutCommand({ TableName: config().tableName, Item: feedItem(staffId, secret) }));
  return feedUrl(staffId, secret);
}

/** True only for the token of the staff member's current secret. */
export async function isValidFeedToken(staffId: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const secret = await readSecret(staffId);
  if (!secret) return false;
  const expected = Buffer.from(tokenOf(secret, staffId), 'utf8');
  const given = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
