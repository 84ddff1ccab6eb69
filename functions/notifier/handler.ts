/**
 * The notifier, fed by the table's DynamoDB stream (in AWS by an event source mapping with
 * ReportBatchItemFailures, bisect on error, bounded retries and an SQS on-failure destination;
 * locally by local/stream-poller.ts). Each newly inserted audit record is a change event: plan
 * the message, deliver it to each recipient exactly once (shared/notifications/deliver.ts).
 *
 * Failures are reported per record. Lambda restarts the shard from the lowest reported sequence
 * number, so records after a failure are delivered again — harmless, the notification records
 * make a second delivery send nothing. Later records of the same placement as a failed one are
 * held back (reported failed too), so a visitor never reads "changed" before "scheduled"; other
 * placements' records go ahead, so one bad record does not hold up everyone's email.
 *
 * A batch that still fails after its retries is sent, as its place in the stream, to the
 * on-failure queue (alarmed). Once the cause is fixed, an operator turns on the queue's event
 * source mapping: each message comes back here, its records are read again from the stream
 * (within its 24 hours) and notified as above; what was already sent is not sent twice.
 */
import type {
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  SQSBatchResponse,
  SQSEvent,
  SQSRecord,
} from 'aws-lambda';
import { AuditRecord } from '../../shared/schemas';
import { logger } from '../../shared/logger';
import { planNotification } from '../../shared/notifications/recipients';
import { deliver } from '../../shared/notifications/deliver';
import { insertedAudit, readFailedBatch, type StreamFailure } from '../../shared/repository/stream';

/** The audit record a stream record inserts, or undefined when it is anything else. */
function auditOf(record: DynamoDBRecord): AuditRecord | undefined {
  const image = insertedAudit(record);
  if (!image) return undefined;
  const parsed = AuditRecord.safeParse(image);
  if (!parsed.success) {
    // Retrying cannot fix a malformed record; say so loudly and move on.
    logger.error('Audit record in the stream does not match the schema', {
      sequenceNumber: record.dynamodb?.SequenceNumber,
      issues: parsed.error.issues,
    });
    return undefined;
  }
  return parsed.data;
}

/** Deliver what one record asks for; true when nothing is left to retry. */
async function processRecord(audit: AuditRecord): Promise<boolean> {
  const plan = planNotification(audit);
  if (!plan) return true;
  const report = await deliver(plan, audit.auditId, { changeAt: audit.at });
  logger.info('Change notified', {
    auditId: audit.auditId,
    action: audit.action,
    results: report.results.map((r) => r.result),
  });
  return report.complete;
}

export async function handler(
  event: DynamoDBStreamEvent | SQSEvent,
): Promise<DynamoDBBatchResponse | SQSBatchResponse> {
  return isReplay(event) ? replay(event) : notifyChanges(event);
}

const isReplay = (event: DynamoDBStreamEvent | SQSEvent): event is SQSEvent =>
  event.Records.some((record) => record.eventSource === 'aws:sqs');

/** The place in the stream an on-failure message names, or undefined when it names none. */
function failureOf(message: SQSRecord): StreamFailure | undefined {
  try {
    const failure = JSON.parse(message.body) as Partial<StreamFailure>;
    const info = failure.DDBStreamBatchInfo;
    return info?.shardId &&
      info.streamArn &&
      /^\d+$/.test(info.startSequenceNumber ?? '') &&
      /^\d+$/.test(info.endSequenceNumber ?? '')
      ? (failure as StreamFailure)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Errors after which reading the stream again cannot help: the records are gone or never were. */
const GONE = new Set(['TrimmedDataAccessException', 'ResourceNotFoundException', 'ValidationException']);

/**
 * Batches the stream gave up on, replayed: each message's records read again and notified. A
 * message whose records the stream no longer holds is logged for a person to follow up and let
 * go (retrying cannot bring them back); any other failure keeps the message for the next try.
 */
async function replay(event: SQSEvent): Promise<SQSBatchResponse> {
  const failed: string[] = [];
  for (const message of event.Records) {
    const failure = failureOf(message);
    if (!failure) {
      logger.error('An on-failure message names no place in the stream; let go', { messageId: message.messageId });
      continue;
    }
    try {
      const records = await readFailedBatch(failure);
      if (records.length === 0) {
        logger.error('The stream no longer holds a failed batch; its changes were not emailed', { ...failure });
        continue;
      }
      const result = await notifyChanges({ Records: records });
      if (result.batchItemFailures.length > 0) failed.push(message.messageId);
      else logger.info('Failed batch replayed', { ...failure, records: records.length });
    } catch (error) {
      if (GONE.has((error as Error).name)) {
        logger.error('The stream no longer holds a failed batch; its changes were not emailed', {
          ...failure,
          error: error as Error,
        });
        continue;
      }
      logger.error('Could not replay a failed batch', { ...failure, error: error as Error });
      failed.push(message.messageId);
    }
  }
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}

async function notifyChanges(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const failures: string[] = [];
  const heldPlacements = new Set<string>();
  for (const record of event.Records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    let audit: AuditRecord | undefined;
    try {
      audit = auditOf(record);
      if (!audit) continue;
      const placement = audit.placementId;
      if (placement && heldPlacements.has(placement)) {
        failures.push(sequenceNumber);
        continue;
      }
      if (await processRecord(audit)) continue;
    } catch (error) {
      logger.error('Could not notify a change', { sequenceNumber, auditId: audit?.auditId, error: error as Error });
    }
    failures.push(sequenceNumber);
    if (audit?.placementId) heldPlacements.add(audit.placementId);
  }
  return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
}
