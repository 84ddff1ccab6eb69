/**
 * Notification records (key design in shared/table.ts): one item per (change, recipient) in the
 * placement's partition. The item is the exactly-once guard: whoever claims it with a
 * conditional write is the only one that may send, so a stream record delivered twice, or a
 * batch retried after a partial failure, never emails anyone twice.
 *
 *   (absent) ──claim──▶ PENDING ──▶ SENT | SUPPRESSED        (final: never sent again)
 *                          │
 *                          └──▶ FAILED ──(at nextAttemptAt) claim again (attempts + 1)──▶ PENDING …
 *
 * A FAILED record waiting for another attempt is in the sparse retry index (GSI2), which the
 * re-drive job reads; one that has given up after its last attempt leaves it, and a
 * coordinator's re-drive puts it back. While a record is not SENT or SUPPRESSED it is also in
 * the recipient's outstanding list for the placement (GSI1, by the time of the change), so a
 * later email to the same person waits for it: emails arrive in the order of the changes.
 *
 * A PENDING claim older than CLAIM_LEASE_MS belongs to an invocation that died between claiming
 * and recording the outcome; it may be claimed again. (That invocation may have sent the email
 * just before dying — the one case that can repeat an email, and the price of never losing one.)
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { Notification, type NotificationStatus } from '../schemas';
import { indexKeys, indexSortKeys, keys, sortKeys } from '../table';
import * as clock from '../clock';
import { getItem, queryAll, queryPage, type Item } from './dynamo';
import { toEntity } from './items';

// biome-ignore lint/suspicious/noRedeclare: a zod schema and its type share the name
export type NotificationStatus = z.infer<typeof NotificationStatus>;
export type NotificationRecord = z.infer<typeof Notification>;
export type NotificationEvent = NonNullable<NotificationRecord['history']>[number];

/** Longer than the notifier's Lambda timeout, so a live claim is never taken over. */
export const CLAIM_LEASE_MS = 5 * 60 * 1000;
const MAX_ERROR_LENGTH = 1000;
/** The history keeps the latest attempts; older ones are summed up in `attempts`. */
const MAX_HISTORY = 40;

export interface NotificationRef {
  placementId: string;
  /** The change reported: an audit id, or a synthetic id for reminders. */
  auditId: string;
  recipient: string;
}

export interface NotificationClaim extends NotificationRef {
  template: string;
  language: string;
  subject: string;
  rotationId?: string;
  /** When the change happened: orders this recipient's emails about the placement. */
  changeAt: string;
  /** What to deliver (the notification plan), kept so a re-drive can render it again. */
  plan: unknown;
}

export type ClaimResult =
  | { claimed: true; attempts: number; history: NotificationEvent[] }
  | { claimed: false; status: NotificationStatus };

const notificationKey = (ref: NotificationRef) => keys.notification(ref.placementId, ref.auditId, ref.recipient);
const notificationId = (ref: NotificationRef) => `${ref.auditId}#${ref.recipient.toLowerCase()}`;

/**
 * Claim the right to send. One conditional write: it creates the record (first delivery) or
 * takes back a FAILED or abandoned one (attempts + 1); anything else means someone else owns it.
 * The record enters (or stays in) the recipient's outstanding list.
 */
export async function claimNotification(claim: NotificationClaim, now = clock.now()): Promise<ClaimResult> {
  const at = now.toISOString();
  try {
    const { Attributes } = await dynamoClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: notificationKey(claim),
        UpdateExpression:
          'SET #type = :type, notificationId = :id, placementId = :placementId, auditId = :auditId, recipient = :recipient, ' +
          '#template = :template, #language = :language, subject = :subject, #status = :pending, ' +
          'attempts = if_not_exists(attempts, :zero) + :one, createdAt = if_not_exists(createdAt, :now), updatedAt = :now, claimedAt = :now, ' +
          'changeAt = if_not_exists(changeAt, :changeAt), #plan = if_not_exists(#plan, :plan), ' +
          'GSI1PK = :outstanding, GSI1SK = :order' +
          (claim.rotationId ? ', rotationId = :rotationId' : '') +
          ' REMOVE GSI2PK, GSI2SK, nextAttemptAt',
        ConditionExpression:
          'attribute_not_exists(PK) OR #status = :failed OR (#status = :pending AND claimedAt < :staleBefore)',
        ExpressionAttributeNames: {
          '#type': 'type',
          '#status': 'status',
          '#template': 'template',
          '#language': 'language',
          '#plan': 'plan',
        },
        ExpressionAttributeValues: {
          ':type': 'NOTIFICATION',
          ':id': notificationId(claim),
          ':placementId': claim.placementId,
          ':auditId': claim.auditId,
          ':recipient': claim.recipient.toLowerCase(),
          ':template': claim.template,
          ':language': claim.language,
          ':subject': claim.subject,
          ':pending': 'PENDING',
          ':failed': 'FAILED',
          ':zero': 0,
          ':one': 1,
          ':now': at,
          ':staleBefore': new Date(now.getTime() - CLAIM_LEASE_MS).toISOString(),
          ':changeAt': claim.changeAt,
          ':plan': claim.plan,
          ':outstanding': indexKeys.notificationsOutstanding(claim.placementId, claim.recipient),
          ':order': indexSortKeys.notificationOutstanding(claim.changeAt, claim.auditId),
          ...(claim.rotationId ? { ':rotationId': claim.rotationId } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return {
      claimed: true,
      attempts: Number(Attributes?.attempts ?? 1),
      history: (Attributes?.history as NotificationEvent[] | undefined) ?? [],
    };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const existing = await getNotification(claim);
  // Deleted between the two calls (nothing deletes them today): let a retry decide.
  return { claimed: false, status: existing?.status ?? 'PENDING' };
}

export async function getNotification(ref: NotificationRef): Promise<NotificationRecord | undefined> {
  const item = await getItem(notificationKey(ref));
  return item ? Notification.parse(toEntity(item)) : undefined;
}

/**
 * An email to the same recipient about the same placement, for an earlier change, that is not
 * sent yet (this one must wait for it), or undefined. One Query on the sparse GSI1.
 */
export async function earlierOutstanding(
  ref: NotificationRef & { changeAt: string },
): Promise<{ auditId: string; changeAt: string } | undefined> {
  const page = await queryPage({
    index: 'GSI1',
    partition: indexKeys.notificationsOutstanding(ref.placementId, ref.recipient),
    sortBetween: ['0', indexSortKeys.notificationOutstanding(ref.changeAt, ref.auditId)],
    limit: 2,
  });
  const earlier = page.items.find((item) => item.auditId !== ref.auditId);
  return earlier ? { auditId: String(earlier.auditId), changeAt: String(earlier.changeAt) } : undefined;
}

export type NotificationOutcome =
  | { status: 'SENT'; messageId?: string }
  | { status: 'SUPPRESSED'; reason: string }
  /** Not sent: tried again at `retryAt`; without it, given up (a coordinator may re-drive it). */
  | { status: 'FAILED'; error: string; retryAt?: Date; held?: boolean };

/**
 * Record how the send went. Only the claim that is still ours (same attempt, still PENDING) may
 * write it; a claim taken over after our lease ran out is the new owner's to finish.
 */
export async function recordNotificationOutcome(
  ref: NotificationRef,
  attempts: number,
  outcome: NotificationOutcome,
  now = clock.now(),
): Promise<boolean> {
  const at = now.toISOString();
  const values: Record<string, unknown> = {
    ':status': outcome.status,
    ':now': at,
    ':pending': 'PENDING',
    ':attempts': attempts,
    ':empty': [],
  };
  const sets = [
    '#status = :status',
    'updatedAt = :now',
    'history = list_append(if_not_exists(history, :empty), :event)',
  ];
  const removes: string[] = [];
  let event: NotificationEvent;
  if (outcome.status === 'SENT') {
    sets.push('sentAt = :now');
    if (outcome.messageId) {
      sets.push('messageId = :messageId');
      values[':messageId'] = outcome.messageId;
    }
    removes.push('lastError', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'nextAttemptAt');
    event = { at, result: 'SENT' };
  } else if (outcome.status === 'SUPPRESSED') {
    sets.push('lastError = :error');
    values[':error'] = outcome.reason.slice(0, MAX_ERROR_LENGTH);
    removes.push('GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'nextAttemptAt');
    event = { at, result: 'SUPPRESSED', detail: outcome.reason.slice(0, MAX_ERROR_LENGTH) };
  } else {
    const error = outcome.error.slice(0, MAX_ERROR_LENGTH);
    sets.push('lastError = :error');
    values[':error'] = error;
    if (outcome.retryAt) {
      const next = outcome.retryAt.toISOString();
      sets.push('nextAttemptAt = :next', 'GSI2PK = :retry', 'GSI2SK = :retryOrder');
      values[':next'] = next;
      values[':retry'] = indexKeys.notificationsToRetry;
      values[':retryOrder'] = indexSortKeys.notificationRetry(next, ref.placementId, ref.auditId, ref.recipient);
      event = { at, result: outcome.held ? 'HELD' : 'FAILED', detail: error };
    } else {
      // Given up: out of the retry index, and no longer holding later emails back.
      removes.push('GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'nextAttemptAt');
      event = { at, result: 'GAVE_UP', detail: error };
    }
  }
  values[':event'] = [event];
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: notificationKey(ref),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: '#status = :pending AND attempts = :attempts',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
    if (attempts > MAX_HISTORY) await trimHistory(ref);
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Keep the history to its latest MAX_HISTORY entries (a record retried for hours). */
async function trimHistory(ref: NotificationRef): Promise<void> {
  await dynamoClient()
    .send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: notificationKey(ref),
        UpdateExpression: 'REMOVE history[0]',
        ConditionExpression: 'size(history) > :max',
        ExpressionAttributeValues: { ':max': MAX_HISTORY },
      }),
    )
    .catch((error) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/**
 * A FAILED record that will not be sent after all (its recipient no longer hears of the change,
 * e.g. the placement ended meanwhile): out of the retry index and no longer holding later emails.
 */
export async function closeNotification(ref: NotificationRef, detail: string, now = clock.now()): Promise<void> {
  const at = now.toISOString();
  await dynamoClient()
    .send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: notificationKey(ref),
        UpdateExpression:
          'SET updatedAt = :now, history = list_append(if_not_exists(history, :empty), :event) ' +
          'REMOVE GSI1PK, GSI1SK, GSI2PK, GSI2SK, nextAttemptAt',
        ConditionExpression: '#status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':now': at,
          ':failed': 'FAILED',
          ':empty': [],
          ':event': [{ at, result: 'GAVE_UP', detail }],
        },
      }),
    )
    .catch((error) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** A FAILED record due for another attempt, with what the re-drive needs to deliver it again. */
export interface DueNotification extends NotificationRef {
  changeAt: string;
  nextAttemptAt: string;
  plan: unknown;
}

/** FAILED records whose next attempt is due by `now`, earliest first (GSI2, sparse: only they are in it). */
export async function notificationsDue(now = clock.now(), max = 500): Promise<DueNotification[]> {
  const items = await queryAll(
    {
      index: 'GSI2',
      partition: indexKeys.notificationsToRetry,
      sortBetween: indexSortKeys.notificationRetriesDueBy(now.toISOString()),
    },
    max,
  );
  return items.map((item: Item) => ({
    placementId: String(item.placementId),
    auditId: String(item.auditId),
    recipient: String(item.recipient),
    changeAt: String(item.changeAt ?? item.createdAt),
    nextAttemptAt: String(item.nextAttemptAt),
    plan: item.plan,
  }));
}

/**
 * A coordinator asks to try a placement's unsent emails again now: every FAILED record (waiting,
 * or given up) is due at once, and back in the recipient's outstanding list. SENT, SUPPRESSED
 * and PENDING (being sent) records are left alone: nothing is ever sent twice.
 */
export async function requestRedrive(
  placementId: string,
  requestedBy: string,
  now = clock.now(),
): Promise<NotificationRecord[]> {
  const items = await queryAll({ partition: keys.placement(placementId).PK, sortPrefix: sortKeys.notifications });
  const failed = items.filter((item) => item.status === 'FAILED');
  const at = now.toISOString();
  const redriven: NotificationRecord[] = [];
  for (const item of failed) {
    const ref = { placementId, auditId: String(item.auditId), recipient: String(item.recipient) };
    const changeAt = String(item.changeAt ?? item.createdAt);
    try {
      const { Attributes } = await dynamoClient().send(
        new UpdateCommand({
          TableName: config().tableName,
          Key: notificationKey(ref),
          UpdateExpression:
            'SET nextAttemptAt = :now, updatedAt = :now, GSI2PK = :retry, GSI2SK = :retryOrder, ' +
            'GSI1PK = :outstanding, GSI1SK = :order, history = list_append(if_not_exists(history, :empty), :event)',
          ConditionExpression: '#status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':now': at,
            ':failed': 'FAILED',
            ':retry': indexKeys.notificationsToRetry,
            ':retryOrder': indexSortKeys.notificationRetry(at, placementId, ref.auditId, ref.recipient),
            ':outstanding': indexKeys.notificationsOutstanding(placementId, ref.recipient),
            ':order': indexSortKeys.notificationOutstanding(changeAt, ref.auditId),
            ':empty': [],
            ':event': [{ at, result: 'REDRIVE_REQUESTED', detail: `by ${requestedBy}` }],
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      redriven.push(Notification.parse(toEntity(Attributes ?? {})));
    } catch (error) {
      // Sent or being sent since it was read: nothing to re-drive.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return redriven;
}

// ---------- GET /v1/placements/{placementId}/notifications ----------

/**
 * The emails the system decided to send about a placement (who, which change, which template
 * and language, status, attempts), in key order: by change, then recipient. One Query per page;
 * the cursor is opaque and only valid for this placement's list.
 */
export async function listPlacementNotifications(
  placementId: string,
  limit: number,
  cursor?: string,
): Promise<{ items: NotificationRecord[]; nextCursor?: string }> {
  const page = await queryPage({
    partition: keys.placement(placementId).PK,
    sortPrefix: sortKeys.notifications,
    limit,
    cursor,
  });
  return { items: page.items.map((item) => Notification.parse(toEntity(item))), nextCursor: page.nextCursor };
}
