/**
 * Counts the DynamoDB work of an operation: a middleware on the real client's middlewareStack
 * (the one shared/clients.ts hands every handler) records each call's command, when it started
 * and ended, and the capacity it consumed — for which it asks every call to return
 * ConsumedCapacity (TOTAL). Calls that overlap in time form one round; the read rounds of a
 * write are the rounds before its first TransactWriteItems.
 */
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const REPORTS_CAPACITY = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetItemCommand',
  'BatchWriteItemCommand',
  'TransactGetItemsCommand',
  'TransactWriteItemsCommand',
]);

export interface MeteredCall {
  command: string;
  start: number;
  end: number;
  capacity: number;
  failed?: string;
}

export interface Work {
  /** Calls by command name (without the "Command" suffix), e.g. { GetItem: 1, TransactWriteItems: 1 }. */
  calls: Record<string, number>;
  total: number;
  /** Sequential groups of overlapping calls. */
  rounds: number;
  /** Rounds before the first TransactWriteItems (all rounds when there is none). */
  readRounds: number;
  transactWrites: number;
  scans: number;
  /** Milliseconds spent in calls, by command name (overlapping calls each count in full). */
  callMs: Record<string, number>;
  /** Consumed capacity units, as DynamoDB (Local) reports them. */
  capacityUnits: number;
  /** False when some call came back without ConsumedCapacity. */
  capacityReported: boolean;
}

const capacityOf = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined) =>
  ([] as ConsumedCapacity[]).concat(consumed ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

export class DynamoMeter {
  private calls: MeteredCall[] = [];
  private missingCapacity = 0;

  /** Install on a client (idempotent per client: the middleware has a name). */
  install(client: DynamoDBDocumentClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = String(context.commandName ?? 'Unknown');
        const input = args.input as Record<string, unknown>;
        if (REPORTS_CAPACITY.has(command) && input.ReturnConsumedCapacity === undefined)
          input.ReturnConsumedCapacity = 'TOTAL';
        const call: MeteredCall = { command, start: performance.now(), end: 0, capacity: 0 };
        this.calls.push(call);
        try {
          const result = await next(args);
          const consumed = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
            .ConsumedCapacity;
          if (consumed === undefined && REPORTS_CAPACITY.has(command)) this.missingCapacity++;
          call.capacity = capacityOf(consumed);
          return result;
        } catch (error) {
          call.failed = (error as Error).name;
          throw error;
        } finally {
          call.end = performance.now();
        }
      },
      { step: 'initialize', name: 'benchDynamoMeter', override: true },
    );
  }

  reset(): void {
    this.calls = [];
    this.missingCapacity = 0;
  }

  /** The work recorded since the last reset. */
  work(): Work {
    const calls: Record<string, number> = {};
    const callMs: Record<string, number> = {};
    for (const call of this.calls) {
      const name = call.command.replace(/Command$/, '');
      calls[name] = (calls[name] ?? 0) + 1;
      callMs[name] = Number(((callMs[name] ?? 0) + call.end - call.start).toFixed(3));
    }
    // A new round starts with a call that begins after every earlier call has ended.
    const ordered = [...this.calls].sort((a, b) => a.start - b.start);
    let rounds = 0;
    let readRounds: number | undefined;
    let lastEnd = Number.NEGATIVE_INFINITY;
    for (const call of ordered) {
      if (call.command === 'TransactWriteItemsCommand' && readRounds === undefined)
        readRounds = call.start >= lastEnd ? rounds : rounds - 1;
      if (call.start >= lastEnd) rounds++;
      lastEnd = Math.max(lastEnd, call.end);
    }
    return {
      calls,
      callMs,
      total: this.calls.length,
      rounds,
      readRounds: readRounds ?? rounds,
      transactWrites: calls.TransactWriteItems ?? 0,
      scans: calls.Scan ?? 0,
      capacityUnits: Number(this.calls.reduce((sum, c) => sum + c.capacity, 0).toFixed(2)),
      capacityReported: this.missingCapacity === 0,
    };
  }
}

/** "BatchGetItem 1 · GetItem 1 · TransactWriteItems 1" */
export const describeCalls = (calls: Record<string, number>) =>
  Object.entries(calls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name} ${n}`)
    .join(' · ') || 'none';
