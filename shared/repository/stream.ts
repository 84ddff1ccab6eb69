/**
 * The table's stream as the notifier reads it: which records are newly inserted audit records,
 * and their fields (keys dropped). The notifier parses them with the AuditRecord schema.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { toEntity } from './items';

/** The fields of the audit record a stream record inserts, or undefined when it inserts anything else. */
export function insertedAudit(record: DynamoDBRecord): Record<string, unknown> | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || image?.type?.S !== 'AUDIT') return undefined;
  return toEntity(unmarshall(image as Record<string, AttributeValue>));
}
