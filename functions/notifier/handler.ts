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
 */
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { AuditRecord } from '../../shared/schemas';
import { logger } from '../../shared/logger';
import { planNotification } from '../../shared/notifications/recipients';
import { deliver } from '../../shared/notifications/deliver';
import { insertedAudit } from '../../shared/repository/stream';

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

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
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
