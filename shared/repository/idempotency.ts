/**
 * Idempotency records (key design in shared/table.ts): a POST with an Idempotency-Key claims
 * the key with a conditional put, runs, and stores its response in the same transaction as its
 * write (`completion`), so no crash can leave a write without its stored response: a replay
 * returns that response and writes nothing, and the same key with another request is refused.
 * Records expire after 24 hours (DynamoDB TTL).
 */
import { randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { keys } from '../table';
import * as clock from '../clock';
import { AppError } from '../errors';
import type { TransactItem } from './dynamo';

const TTL_SECONDS = 24 * 60 * 60;
/** How long a running request holds its key; after that a retry may run it again. */
const LEASE_SECONDS = 60;

export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
}

/** A key this request holds: only the holder (its claimId) may store a response or let it go. */
export interface IdempotencyClaim {
  owner: string;
  key: string;
  claimId: string;
}

interface IdempotencyRecord {
  fingerprint: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  response?: StoredResponse;
}

const HELD_BY_CLAIM = '#status = :running AND claimId = :claimId';

/** The update that stores a claim's response; it fails unless the claim is still this request's. */
const completeInput = (claim: IdempotencyClaim, response: StoredResponse) => ({
  TableName: config().tableName,
  Key: keys.idempotency(claim.owner, claim.key),
  UpdateExpression: 'SET #status = :completed, #response = :response REMOVE leaseUntil',
  ConditionExpression: HELD_BY_CLAIM,
  ExpressionAttributeNames: { '#status': 'status', '#response': 'response' },
  ExpressionAttributeValues: {
    ':completed': 'COMPLETED',
    ':response': response,
    ':running': 'IN_PROGRESS',
    ':claimId': claim.claimId,
  },
});

export const idempotency = {
  /** Claim the key; a replay of a completed request gets its stored response instead. */
  async claim(
    owner: string,
    key: string,
    fingerprint: string,
  ): Promise<{ claim: IdempotencyClaim } | { replay: StoredResponse }> {
    const now = Math.floor(clock.now().getTime() / 1000);
    const claimId = randomBytes(9).toString('base64url');
    try {
      await dynamoClient().send(
        new PutCommand({
          TableName: config().tableName,
          Item: {
            ...keys.idempotency(owner, key),
            type: 'IDEMPOTENCY',
            fingerprint,
            status: 'IN_PROGRESS',
            claimId,
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
      return { claim: { owner, key, claimId } };
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
    return { replay: existing.response };
  },

  /** Store the response with the request's write: one more item of its transaction. */
  completion: (claim: IdempotencyClaim, response: StoredResponse): TransactItem => ({
    Update: completeInput(claim, response),
  }),

  /** Store the response of a request that wrote nothing through a transaction. */
  async complete(claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
    await dynamoClient().send(new UpdateCommand(completeInput(claim, response)));
  },

  /** The request failed: free the key (if it is still ours) so the client can retry with it. */
  async release(claim: IdempotencyClaim): Promise<void> {
    try {
      await dynamoClient().send(
        new DeleteCommand({
          TableName: config().tableName,
          Key: keys.idempotency(claim.owner, claim.key),
          ConditionExpression: HELD_BY_CLAIM,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':running': 'IN_PROGRESS', ':claimId': claim.claimId },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },
};
