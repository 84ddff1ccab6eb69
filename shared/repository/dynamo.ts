/**
 * The low-level table access every repository function uses: consistent gets, batch gets,
 * paginated queries with opaque cursors, and transactions whose cancellation is decoded into
 * "someone wrote at the same moment" (retry) or a plain failure.
 */
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { AppError, validation } from '../errors';
import { tableDefinition, type IndexName } from '../table';

export type Key = { PK: string; SK: string };
export type Item = Record<string, unknown> & Key;
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const table = () => config().tableName;

export async function getItem(key: Key): Promise<Item | undefined> {
  const { Item } = await dynamoClient().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true }));
  return Item as Item | undefined;
}

/** Consistent BatchGet of any number of keys (chunks of 100, unprocessed keys retried). */
export async function batchGet(keys: readonly Key[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  const unique = [...new Map(keys.map((k) => [`${k.PK}|${k.SK}`, k])).values()];
  for (let i = 0; i < unique.length; i += 100) {
    let pending: Key[] = unique.slice(i, i + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      if (attempt > 8) throw new Error('BatchGet kept returning unprocessed keys');
      const result = await dynamoClient().send(
        new BatchGetCommand({ RequestItems: { [table()]: { Keys: pending, ConsistentRead: true } } }),
      );
      for (const item of (result.Responses?.[table()] ?? []) as Item[]) found.set(`${item.PK}|${item.SK}`, item);
      pending = (result.UnprocessedKeys?.[table()]?.Keys ?? []) as Key[];
    }
  }
  return found;
}

export const keyString = (key: Key) => `${key.PK}|${key.SK}`;

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface QuerySpec {
  index?: IndexName;
  partition: string;
  /** begins_with on the sort key. */
  sortPrefix?: string;
  /** between on the sort key (inclusive). */
  sortBetween?: [string, string];
  limit: number;
  cursor?: string;
  newestFirst?: boolean;
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
}

const keyNamesOf = (index?: IndexName) => {
  const definition = index
    ? tableDefinition.globalSecondaryIndexes.find((i) => i.indexName === index)!
    : tableDefinition;
  return { pk: definition.partitionKey.name, sk: definition.sortKey.name };
};

function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

/** A cursor is only ever a position in the same list: anything else is a 400, never a 500. */
function decodeCursor(cursor: string | undefined, spec: QuerySpec): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw validation('The cursor is not one this list returned');
  }
  const { pk, sk } = keyNamesOf(spec.index);
  // Exactly the keys DynamoDB handed out, in this partition, at a position this query can reach.
  const expected = new Set(['PK', 'SK', pk, sk]);
  const fields = typeof key === 'object' && key !== null ? (key as Record<string, unknown>) : undefined;
  const position = fields?.[sk];
  const valid =
    fields !== undefined &&
    Object.keys(fields).length === expected.size &&
    [...expected].every(
      (name) =>
        typeof fields[name] === 'string' &&
        (fields[name] as string).length > 0 &&
        (fields[name] as string).length <= 1024,
    ) &&
    fields[pk] === spec.partition &&
    typeof position === 'string' &&
    (spec.sortPrefix === undefined || position.startsWith(spec.sortPrefix)) &&
    (spec.sortBetween === undefined || (position >= spec.sortBetween[0] && position <= spec.sortBetween[1]));
  if (!valid) throw validation('The cursor is not one this list returned');
  return fields;
}

/** The cursor that resumes a query after the item at `position` (its table and index key values). */
export const cursorAfter = (position: Record<string, string>): string => encodeCursor(position)!;

/** The sort-key value a cursor of this query resumes after (undefined: no cursor); a forged one is a 400. */
export function cursorSortKey(
  cursor: string | undefined,
  spec: Omit<QuerySpec, 'cursor' | 'limit'>,
): string | undefined {
  const position = decodeCursor(cursor, { ...spec, limit: 1, cursor });
  return position ? (position[keyNamesOf(spec.index).sk] as string) : undefined;
}

export async function queryPage(spec: QuerySpec): Promise<Page<Item>> {
  const { pk, sk } = keyNamesOf(spec.index);
  const names: Record<string, string> = { '#pk': pk, ...spec.filter?.names };
  const values: Record<string, unknown> = { ':pk': spec.partition, ...spec.filter?.values };
  let condition = '#pk = :pk';
  if (spec.sortPrefix !== undefined) {
    names['#sk'] = sk;
    values[':prefix'] = spec.sortPrefix;
    condition += ' AND begins_with(#sk, :prefix)';
  } else if (spec.sortBetween) {
    names['#sk'] = sk;
    values[':from'] = spec.sortBetween[0];
    values[':to'] = spec.sortBetween[1];
    condition += ' AND #sk BETWEEN :from AND :to';
  }
  const items: Item[] = [];
  let start = decodeCursor(spec.cursor, spec);
  // With a filter a page can come back short; keep reading (bounded) until it is full.
  for (let round = 0; round < 5; round++) {
    const result = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        IndexName: spec.index,
        KeyConditionExpression: condition,
        FilterExpression: spec.filter?.expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        Limit: spec.limit - items.length,
        ExclusiveStartKey: start,
        ScanIndexForward: !spec.newestFirst,
        ConsistentRead: spec.index ? undefined : true,
      }),
    );
    items.push(...((result.Items ?? []) as Item[]));
    start = result.LastEvaluatedKey;
    if (!start || items.length >= spec.limit || !spec.filter) break;
  }
  return { items, nextCursor: encodeCursor(start) };
}

/** Every page of a query (for bounded lists such as one person's rotations in a feed). */
export async function queryAll(spec: Omit<QuerySpec, 'limit' | 'cursor'>, max = 2000): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ ...spec, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** A write lost a race: the operation re-reads and decides again. */
export class WriteConflict extends Error {
  constructor(readonly failedItems: number[]) {
    super('A concurrent write changed what this write depends on');
  }
}

const RACES = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

export async function transact(items: TransactItem[]): Promise<void> {
  if (items.length > 100) throw new AppError('CONFLICT', 'This change touches too many records at once; split it');
  try {
    await dynamoClient().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((reason, index) => (reason.Code && reason.Code !== 'None' ? [index] : []));
      // Only a lost race is worth planning again; anything else (a validation error) is a bug to surface.
      if (failed.every((index) => RACES.has(reasons[index]!.Code!))) throw new WriteConflict(failed);
    }
    throw error;
  }
}

export const tableName = table;
