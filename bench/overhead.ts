/**
 * Section 3: what the middleware stack (middy, Powertools logger, routing, auth, validation,
 * error mapping, response formatting) adds to a read route over the raw DynamoDB call it makes.
 * Warm, in this process: invocations of GET /v1/rotations/{rotationId} interleaved with the
 * same consistent GetItem on the same client, in alternating order; the paired differences give
 * p50 and p99. A second pass answers both from memory (the client's send stubbed) to show the
 * pipeline's own CPU time without DynamoDB Local's jitter.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../shared/clients';
import { config } from '../shared/config';
import { keys } from '../shared/table';
import { apiEvent, lambdaContext } from './events';
import { handlerOf } from './world';
import { summarize, type Summary } from './stats';

export const OVERHEAD_TARGET_MS = 0.5;
const ROUTE = 'GET /v1/rotations/{rotationId}';

export interface OverheadReport {
  route: string;
  pairs: number;
  handlerMs: Summary;
  rawGetItemMs: Summary;
  /** handler − raw, pair by pair. */
  differenceMs: Summary;
  /** Both answered from memory: the pipeline's own time, and the bare client call's. */
  stubbed: { handlerMs: Summary; rawGetItemMs: Summary; differenceMs: Summary };
  targetMet: boolean;
}

async function pairs(rotationId: string, claims: Record<string, string>, n: number, warmup: number) {
  const handler = await handlerOf('rotations');
  const client = dynamoClient();
  const key = keys.rotation(rotationId);
  const tableName = config().tableName;
  const viaHandler = async () => {
    const event = apiEvent({ route: ROUTE, params: { rotationId }, claims });
    const context = lambdaContext('bench-rotations');
    const started = performance.now();
    const result = await handler(event, context);
    const took = performance.now() - started;
    if (result.statusCode !== 200) throw new Error(`${ROUTE} answered ${result.statusCode}: ${result.body}`);
    return took;
  };
  const raw = async () => {
    const started = performance.now();
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    const took = performance.now() - started;
    if (!Item) throw new Error('The raw GetItem found no rotation');
    return took;
  };
  const handlerMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    // Alternate which goes first, so neither always meets a just-warmed connection.
    let h: number;
    let r: number;
    if (i % 2 === 0) {
      h = await viaHandler();
      r = await raw();
    } else {
      r = await raw();
      h = await viaHandler();
    }
    if (i >= warmup) {
      handlerMs.push(h);
      rawMs.push(r);
    }
  }
  const differences = handlerMs.map((h, i) => h - rawMs[i]!);
  return { handlerMs: summarize(handlerMs), rawGetItemMs: summarize(rawMs), differenceMs: summarize(differences) };
}

export async function measureOverhead(
  rotationId: string,
  claims: Record<string, string>,
  options: { pairs: number; warmup: number },
): Promise<OverheadReport> {
  const live = await pairs(rotationId, claims, options.pairs, options.warmup);

  const client = dynamoClient();
  const { Item } = await client.send(
    new GetCommand({ TableName: config().tableName, Key: keys.rotation(rotationId), ConsistentRead: true }),
  );
  const stubbedSend = async () => ({ Item, $metadata: {} });
  (client as unknown as { send: unknown }).send = stubbedSend;
  let stubbed: Awaited<ReturnType<typeof pairs>>;
  try {
    stubbed = await pairs(rotationId, claims, options.pairs, options.warmup);
  } finally {
    delete (client as unknown as { send?: unknown }).send;
  }
  return {
    route: ROUTE,
    pairs: options.pairs,
    ...live,
    stubbed,
    targetMet: live.differenceMs.p50 < OVERHEAD_TARGET_MS,
  };
}
