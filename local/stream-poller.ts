/**
 * The local stand-in for Lambda's DynamoDB event source mapping: reads the table's stream in
 * DynamoDB Local and calls a handler with real DynamoDBStreamEvents, the way the notifier is
 * called in AWS — batches per shard in order, ReportBatchItemFailures honoured (the batch is
 * delivered again from the lowest failed sequence number), bounded retries after which the
 * failing record is reported as sent to the on-failure destination and skipped, and shards
 * followed as they close and new ones open (a child shard only after its parent is done).
 *
 * drain() resolves once everything in the stream at the time of the call (and whatever the
 * handler's own writes added meanwhile) has been delivered — tests use it instead of sleeping.
 */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type _Record as StreamRecord,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type StreamFailure, toLambdaRecord } from '../shared/repository/stream';

export interface StreamPollerOptions {
  dynamoEndpoint: string;
  tableName: string;
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;
  /** Pause between polls when the stream is quiet (default 250 ms). */
  intervalMs?: number;
  onError?: (e: unknown) => void;
  /** Where to start in the shards open at start-up: TRIM_HORIZON (default) replays what the stream holds. */
  startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  /** Records per invocation (the event source mapping's BatchSize; default 100). */
  batchSize?: number;
  /** Deliveries of a failing record after the first (MaximumRetryAttempts; default 3). */
  maxRetries?: number;
  /** Pause before a retry, times the attempt number (default 100 ms). */
  retryDelayMs?: number;
  /**
   * Told about each record that exhausted its retries, with the message Lambda would send the
   * on-failure destination for it (default: a line on stderr).
   */
  onDeadLetter?: (record: DynamoDBRecord, attempts: number, failure: StreamFailure) => void;
  region?: string;
}

export interface StreamPoller {
  stop(): Promise<void>;
  drain(): Promise<void>;
}

interface ShardState {
  shardId: string;
  parentShardId?: string;
  iterator?: string;
  /** The shard has no more records to fetch (closed and read to its end). */
  exhausted: boolean;
  lastSequenceNumber?: string;
  /** Fetched, not yet acknowledged by the handler: the next batch to deliver. */
  pending: StreamRecord[];
  failedSequenceNumber?: string;
  attempts: number;
  retryAt: number;
  /** Open at start-up with startingPosition LATEST: the first iterator skips what is there. */
  startLatest: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Where a delivery stopped: the index of the lowest failed record (Lambda's checkpoint), or
 * undefined when the whole batch succeeded. An identifier that names no record of the batch
 * fails the whole batch, as Lambda treats it.
 */
export function firstFailure(batch: StreamRecord[], response: DynamoDBBatchResponse | void): number | undefined {
  const failures = response?.batchItemFailures ?? [];
  if (failures.length === 0) return undefined;
  let lowest: number | undefined;
  for (const { itemIdentifier } of failures) {
    const index = batch.findIndex((r) => r.dynamodb?.SequenceNumber === itemIdentifier);
    if (index < 0) return 0;
    lowest = lowest === undefined ? index : Math.min(lowest, index);
  }
  return lowest;
}

export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const region = options.region ?? 'ap-east-1';
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const dynamo = new DynamoDBClient({ endpoint: options.dynamoEndpoint, region, credentials });
  const streams = new DynamoDBStreamsClient({ endpoint: options.dynamoEndpoint, region, credentials });
  const batchSize = options.batchSize ?? 100;
  const maxRetries = options.maxRetries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 100;
  const onError = options.onError ?? ((e: unknown) => console.error('[stream-poller]', e));
  const onDeadLetter =
    options.onDeadLetter ??
    ((record: DynamoDBRecord, attempts: number) =>
      console.error(
        `[stream-poller] record ${record.dynamodb?.SequenceNumber} (${record.eventName}) failed ${attempts} times: sent to the on-failure queue`,
      ));

  let streamArn: string | undefined;
  const shards = new Map<string, ShardState>();
  let stopped = false;

  async function discoverShards(): Promise<void> {
    if (!streamArn) {
      const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
      if (!Table?.LatestStreamArn)
        throw new Error(`Table ${options.tableName} has no stream: enable StreamSpecification`);
      streamArn = Table.LatestStreamArn;
    }
    const firstDiscovery = shards.size === 0;
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (!shard.ShardId || shards.has(shard.ShardId)) continue;
        const closed = Boolean(shard.SequenceNumberRange?.EndingSequenceNumber);
        // LATEST only makes sense for the shards open at start-up; shards found later are new
        // and read from their beginning, as are closed ones when replaying.
        const latest = firstDiscovery && options.startingPosition === 'LATEST';
        shards.set(shard.ShardId, {
          shardId: shard.ShardId,
          parentShardId: shard.ParentShardId,
          exhausted: latest && closed,
          pending: [],
          attempts: 0,
          retryAt: 0,
          startLatest: latest && !closed,
        });
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  }

  async function iteratorFor(shard: ShardState): Promise<string | undefined> {
    let type: ShardIteratorType = shard.startLatest ? 'LATEST' : 'TRIM_HORIZON';
    if (shard.lastSequenceNumber) type = 'AFTER_SEQUENCE_NUMBER';
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.shardId,
        ShardIteratorType: type,
        SequenceNumber: shard.lastSequenceNumber,
      }),
    );
    shard.startLatest = false;
    return ShardIterator;
  }

  /** Fetch the next batch of a shard; false when nothing new was there. */
  async function fetch(shard: ShardState): Promise<boolean> {
    shard.iterator ??= await iteratorFor(shard);
    if (!shard.iterator) {
      shard.exhausted = true;
      return false;
    }
    try {
      const { Records, NextShardIterator } = await streams.send(
        new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }),
      );
      shard.iterator = NextShardIterator;
      if (!NextShardIterator) shard.exhausted = true;
      shard.pending = Records ?? [];
      return shard.pending.length > 0;
    } catch (error) {
      if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
        shard.iterator = undefined;
        if (error instanceof TrimmedDataAccessException) shard.lastSequenceNumber = undefined;
        return true; // try again at once
      }
      throw error;
    }
  }

  /** Deliver a shard's pending batch once, applying the partial-failure response. */
  async function deliver(shard: ShardState): Promise<void> {
    const batch = shard.pending;
    const event: DynamoDBStreamEvent = { Records: batch.map((r) => toLambdaRecord(r, streamArn!, region)) };
    let failedAt: number | undefined;
    try {
      failedAt = firstFailure(batch, await options.handler(event));
    } catch (error) {
      onError(error);
      failedAt = 0;
    }
    const acknowledged = failedAt === undefined ? batch : batch.slice(0, failedAt);
    if (acknowledged.length > 0)
      shard.lastSequenceNumber = acknowledged[acknowledged.length - 1]!.dynamodb?.SequenceNumber;
    if (failedAt === undefined) {
      shard.pending = [];
      shard.attempts = 0;
      return;
    }
    const failed = batch[failedAt]!;
    const sequenceNumber = failed.dynamodb?.SequenceNumber;
    shard.attempts = sequenceNumber === shard.failedSequenceNumber ? shard.attempts + 1 : 1;
    shard.failedSequenceNumber = sequenceNumber;
    shard.pending = batch.slice(failedAt);
    if (shard.attempts > maxRetries) {
      const arrived = failed.dynamodb?.ApproximateCreationDateTime?.toISOString();
      onDeadLetter(toLambdaRecord(failed, streamArn!, region), shard.attempts, {
        DDBStreamBatchInfo: {
          shardId: shard.shardId,
          startSequenceNumber: sequenceNumber!,
          endSequenceNumber: sequenceNumber!,
          approximateArrivalOfFirstRecord: arrived,
          approximateArrivalOfLastRecord: arrived,
          batchSize: 1,
          streamArn: streamArn!,
        },
      });
      shard.lastSequenceNumber = sequenceNumber;
      shard.pending = batch.slice(failedAt + 1);
      shard.attempts = 0;
      shard.failedSequenceNumber = undefined;
      shard.retryAt = 0;
    } else {
      shard.retryAt = Date.now() + retryDelayMs * shard.attempts;
    }
  }

  /** One pass over the shards. Returns whether work remains and how long until it can be done. */
  async function cycle(): Promise<{ busy: boolean; waitMs: number }> {
    await discoverShards();
    let busy = false;
    let waitMs = Number.POSITIVE_INFINITY;
    for (const shard of shards.values()) {
      if (stopped) break;
      const parent = shard.parentShardId ? shards.get(shard.parentShardId) : undefined;
      // Order across a split: a child waits until its parent is read to the end and delivered.
      if (parent && !(parent.exhausted && parent.pending.length === 0)) continue;
      if (shard.pending.length === 0) {
        if (shard.exhausted) continue;
        if (!(await fetch(shard))) continue;
      }
      busy = true;
      if (shard.pending.length === 0) continue;
      const wait = shard.retryAt - Date.now();
      if (wait > 0) {
        waitMs = Math.min(waitMs, wait);
        continue;
      }
      await deliver(shard);
      waitMs = 0;
    }
    return { busy, waitMs: Number.isFinite(waitMs) ? waitMs : 0 };
  }

  // One cycle at a time, whether started by the timer or by drain().
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };

  const loop = (async () => {
    while (!stopped) {
      let pause = options.intervalMs ?? 250;
      try {
        const { busy, waitMs } = await exclusive(cycle);
        if (busy) pause = waitMs;
      } catch (error) {
        if (!stopped) onError(error);
      }
      if (!stopped) await sleep(pause);
    }
  })();

  return {
    async drain() {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const { busy, waitMs } = await exclusive(cycle);
        if (!busy) return;
        if (Date.now() > deadline) throw new Error('The stream did not settle within 60 s');
        if (waitMs > 0) await sleep(waitMs);
      }
    },
    async stop() {
      stopped = true;
      await loop;
      await chain;
      dynamo.destroy();
      streams.destroy();
    },
  };
}
