/**
 * Notification records (key design in shared/table.ts): one item per (change, recipient) in the
 * placement's partition. The item is the exactly-once guard: whoever claims it with a
 * conditional write is the only one that may send, so a stream record delivered twice, or a
 * batch retried after a partial failure, never emails anyone twice.
 *
 *   (absent) ──claim──▶ PENDING ──▶ SENT | SUPPRESSED        (final: never sent again)
 *                          │
 *                          └──▶ FAILED ──claim again (attempts + 1)──▶ PENDING …
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
import { keys, sortKeys } from '../table';
import * as clock from '../clock';
import { getItem, queryPage } from './dynamo';
import { toEntity } from './items';

// biome-ignore lint/suspicious/noRedeclare: a zod schema and its type share the name
export type NotificationStatus = z.infer<typeof NotificationStatus>;
export type NotificationRecord = z.infer<typeof Notification>;

/** Longer than the notifier's Lambda timeout, so a live claim is never taken over. */
export const CLAIM_LEASE_MS = 5 * 60 * 1000;
const MAX_ERROR_LENGTH = 1000;

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
}

export type ClaimResult = { claimed: true; attempts: number } | { claimed: false; status: NotificationStatus };

const notificationKey = (ref: NotificationRef) => keys.notification(ref.placementId, ref.auditId, ref.recipient);
const notificationId = (ref: NotificationRef) => `${ref.auditId}#${ref.recipient.toLowerCase()}`;

/**
 * Claim the right to send. One conditional write: it creates the record (first delivery) or
 * takes back a FAILED or abandoned one (attempts + 1); anything else means someone else owns it.
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
          'attempts = if_not_exists(attempts, :zero) + :one, createdAt = if_not_exists(createdAt, :now), updatedAt = :now, claimedAt = :now' +
          (claim.rotationId ? ', rotationId = :rotationId' : ''),
        ConditionExpression:
          'attribute_not_exists(PK) OR #status = :failed OR (#status = :pending AND claimedAt < :staleBefore)',
        ExpressionAttributeNames: {
          '#type': 'type',
          '#status': 'status',
          '#template': 'template',
          '#language': 'language',
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
          ...(claim.rotationId ? { ':rotationId': claim.rotationId } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { claimed: true, attempts: Number(Attributes?.attempts ?? 1) };
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

export type NotificationOutcome =
  | { status: 'SENT'; messageId?: string }
  | { status: 'SUPPRESSED'; reason: string }
  | { status: 'FAILED'; error: string };

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
  const values: Record<string, unknown> = {
    ':status': outcome.status,
    ':now': now.toISOString(),
    ':pending': 'PENDING',
    ':attempts': attempts,
  };
  let update = 'SET #status = :status, updatedAt = :now';
  if (outcome.status === 'SENT') {
    update += ', sentAt = :now';
    if (outcome.messageId) {
      update += ', messageId = :messageId';
      values[':messageId'] = outcome.messageId;
    }
    update += ' REMOVE lastError';
  } else {
    update += ', lastError = :error';
    values[':error'] = (outcome.status === 'FAILED' ? outcome.error : outcome.reason).slice(0, MAX_ERROR_LENGTH);
  }
  try {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: notificationKey(ref),
        UpdateExpression: update,
        ConditionExpression: '#status = :pending AND attempts = :attempts',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
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
