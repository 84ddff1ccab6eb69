/**
 * An idempotent POST (Idempotency-Key): claim the key, run the operation, and commit its write
 * together with the response it produced, in one transaction. A replay returns that response
 * and writes nothing; a crash anywhere leaves either both or neither, so a replay can never
 * write a second time. When the commit loses a race the operation runs again (fresh reads).
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { transact } from '../repository';
import { idempotency, type IdempotencyClaim, type StoredResponse } from '../repository/idempotency';
import { afterConflict, continueAfterCommit, type DeferredCommit } from '../services/write';
import { logger } from '../logger';

const storedForm = (response: APIGatewayProxyResultV2): StoredResponse => {
  const result = response as { statusCode: number; headers?: Record<string, string>; body?: string };
  return { statusCode: result.statusCode, headers: result.headers ?? {}, body: result.body };
};

export async function runIdempotent(
  owner: string,
  key: string,
  fingerprint: string,
  run: (deferred: DeferredCommit) => Promise<APIGatewayProxyResultV2>,
): Promise<APIGatewayProxyResultV2> {
  const claimed = await idempotency.claim(owner, key, fingerprint);
  if ('replay' in claimed)
    return { ...claimed.replay, headers: { ...claimed.replay.headers, 'idempotent-replayed': 'true' } };
  try {
    return await commitWithResponse(claimed.claim, run);
  } catch (error) {
    await idempotency.release(claimed.claim);
    throw error;
  }
}

async function commitWithResponse(
  claim: IdempotencyClaim,
  run: (deferred: DeferredCommit) => Promise<APIGatewayProxyResultV2>,
): Promise<APIGatewayProxyResultV2> {
  for (let attempt = 1; ; attempt++) {
    const deferred: DeferredCommit = { attempt };
    const response = await run(deferred);
    if (!deferred.writes) {
      // Nothing written through a transaction (a refusal answered as a value, or a write of its own).
      try {
        await idempotency.complete(claim, storedForm(response));
      } catch (error) {
        logger.error('Could not store the idempotent response', { error: error as Error });
      }
      return response;
    }
    try {
      await transact([...deferred.writes, idempotency.completion(claim, storedForm(response))]);
      await continueAfterCommit(deferred.afterCommit);
      return response;
    } catch (error) {
      await afterConflict(error, attempt);
    }
  }
}
