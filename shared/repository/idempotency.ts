/**
 * Idempotency records (key design in shared/table.ts): a POST with an Idempotency-Key claims
 * the key with a conditional put, runs, then stores its response; a replay returns that
 * response and writes nothing; the same key with another request is refused. Records expire
 * after 24 hours (DynamoDB TTL).
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { keys } from '../table';
import { AppError } from '../errors';

const TTL_SECONDS = 24 * 60 * 60;
/** How long a running request holds its key; after that a retry may run it again. */
const LEASE_SECONDS = 60;

export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
}

interface IdempotencyRecord {
  fingerprint: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  response?: StoredResponse;
}

export const idempotency = {
  /** Claim the key; returns the stored response if this is a replay of a completed request. */
  async claim(owner: string, key: string, fingerprint: string): Promise<StoredResponse | undefined> {
    const now = Math.floor(Date.now() / 1000);
    try {
      await dynamoClient().send(
        new PutCommand({
          TableName: config().tableName,
          Item: {
            ...keys.idempotency(owner, key),
            type: 'IDEMPOTENCY',
            fingerprint,
            status: 'IN_PROGRESS',
            leaseUntil: now + LEASE_SECONDS,
            expiresAt: now + TTL_SECONDS,
          },
          // An expired record (TTL deletion is lazy) counts as absent, and so does a lease its request abandoned.
          ConditionExpression:
            'attribute_not_exists(PK) OR expiresAt < :now OR (#status = :running AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':now': now, ':running': 'IN_PROGRESS' },
        }),
      );
      return undefined;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = (
      await dynamoClient().send(
        new GetCommand({ TableName: config().tableName, Key: keys.idempotency(owner, key), ConsistentRead: true }),
      )
    ).Item as IdempotencyRecord | undefined;
    if (!existing) throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'Retry this request in a moment');
    if (existing.fingerprint !== fingerprint) {
      throw new AppError(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used for a different request; use a new key',
      );
    }
    if (existing.status !== 'COMPLETED' || !existing.response) {
      throw new AppError(
        'IDEMPOTENCY_IN_PROGRESS',
        'The first request with this Idempotency-Key is still running; retry shortly',
      );
    }
    return existing.response;
  },

  async complete(owner: string, key: string, response: StoredResponse): Promise<void> {
    await dynamoClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.idempotency(owner, key),
        UpdateExpression: 'SET #status = :completed, #response = :response',
        ExpressionAttributeNames: { '#status': 'status', '#response': 'response' },
        ExpressionAttributeValues: { ':completed': 'COMPLETED', ':response': response },
      }),
    );
  },

  /** The request failed: free the key so the client can retry with it. */
  async release(owner: string, key: string): Promise<void> {
    await dynamoClient().send(new DeleteCommand({ TableName: config().tableName, Key: keys.idempotency(owner, key) }));
  },
};
