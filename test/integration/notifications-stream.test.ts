/**
 * The local stream poller against DynamoDB Local's real stream: Lambda-shaped events, in order,
 * partial batch failures redelivered from the lowest failed record, bounded retries ending in
 * the on-failure destination, and drain() as the tests' way to wait.
 */
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { startHarness, type Harness } from '../support/harness';
import { startStreamPoller, type StreamPoller, type StreamPollerOptions } from '../../local/stream-poller';

let h: Harness;
const pollers: StreamPoller[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await Promise.all(pollers.map((p) => p.stop()));
  await h.close();
});

const put = (id: string, extra: Record<string, unknown> = {}) =>
  h.db.send(
    new PutCommand({ TableName: h.tableName, Item: { PK: `TEST#${id}`, SK: 'META', type: 'TEST', n: 1, ...extra } }),
  );

function poll(handler: StreamPollerOptions['handler'], options: Partial<StreamPollerOptions> = {}) {
  const poller = startStreamPoller({
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT!,
    tableName: h.tableName,
    intervalMs: 20,
    retryDelayMs: 10,
    handler,
    ...options,
  });
  pollers.push(poller);
  return poller;
}

const idOf = (record: DynamoDBRecord) => (record.dynamodb?.Keys?.PK?.S ?? '').replace('TEST#', '');

describe('the stream poller', () => {
  it('delivers inserts, updates and removes as Lambda would, in order, and drain() waits for them', async () => {
    await put('a', { names: { en: 'A' }, tags: new Set(['x']) });
    await h.db.send(
      new UpdateCommand({
        TableName: h.tableName,
        Key: { PK: 'TEST#a', SK: 'META' },
        UpdateExpression: 'SET n = :two',
        ExpressionAttributeValues: { ':two': 2 },
      }),
    );
    await h.db.send(new DeleteCommand({ TableName: h.tableName, Key: { PK: 'TEST#a', SK: 'META' } }));
    const seen: DynamoDBRecord[] = [];
    const poller = poll(async (event) => {
      seen.push(...event.Records.filter((r) => idOf(r) === 'a'));
    });
    await poller.drain();
    expect(seen.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = seen as [DynamoDBRecord, DynamoDBRecord, DynamoDBRecord];
    expect(insert).toMatchObject({
      eventSource: 'aws:dynamodb',
      awsRegion: expect.any(String),
      eventSourceARN: expect.stringContaining(h.tableName),
      dynamodb: {
        Keys: { PK: { S: 'TEST#a' }, SK: { S: 'META' } },
        NewImage: { type: { S: 'TEST' }, n: { N: '1' }, names: { M: { en: { S: 'A' } } }, tags: { SS: ['x'] } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
        SequenceNumber: expect.any(String),
      },
    });
    expect(typeof insert.dynamodb?.ApproximateCreationDateTime).toBe('number');
    expect(modify.dynamodb).toMatchObject({ OldImage: { n: { N: '1' } }, NewImage: { n: { N: '2' } } });
    expect(remove.dynamodb?.NewImage).toBeUndefined();
    expect(remove.dynamodb?.OldImage).toMatchObject({ n: { N: '2' } });
    await poller.stop();
  });

  it('redelivers from the lowest failed record, keeps what came before it, and continues once it succeeds', async () => {
    for (const id of ['b1', 'b2', 'b3', 'b4']) await put(id);
    const deliveries: string[][] = [];
    let failuresLeft = 2;
    const poller = poll(async (event): Promise<DynamoDBBatchResponse> => {
      const ids = event.Records.map(idOf).filter((id) => id.startsWith('b'));
      if (ids.length) deliveries.push(ids);
      const failing = event.Records.filter((r) => idOf(r) === 'b2' || (idOf(r) === 'b4' && failuresLeft > 0));
      if (failuresLeft > 0 && failing.length) {
        failuresLeft--;
        // Both reported; Lambda restarts from the lower one (b2).
        return { batchItemFailures: failing.map((r) => ({ itemIdentifier: r.dynamodb!.SequenceNumber! })).reverse() };
      }
      return { batchItemFailures: [] };
    });
    await poller.drain();
    expect(deliveries).toEqual([
      ['b1', 'b2', 'b3', 'b4'],
      ['b2', 'b3', 'b4'],
      ['b2', 'b3', 'b4'],
    ]);
    await poller.stop();
  });

  it('after the retries are spent, reports the record as sent to the on-failure queue and goes on with the rest', async () => {
    for (const id of ['c1', 'c2', 'c3']) await put(id);
    const dead: string[] = [];
    const delivered: string[] = [];
    const poller = poll(
      async (event) => {
        for (const record of event.Records) {
          if (idOf(record) === 'c2')
            return { batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber! }] };
          if (idOf(record).startsWith('c')) delivered.push(idOf(record));
        }
        return { batchItemFailures: [] };
      },
      { maxRetries: 2, onDeadLetter: (record, attempts) => dead.push(`${idOf(record)} after ${attempts}`) },
    );
    await poller.drain();
    expect(dead).toEqual(['c2 after 3']);
    expect(delivered).toEqual(['c1', 'c3']);
    await poller.stop();
  });

  it('treats a handler that throws as a failure of the whole batch', async () => {
    await put('d1');
    let calls = 0;
    const errors: unknown[] = [];
    const poller = poll(
      async (event: DynamoDBStreamEvent) => {
        if (event.Records.some((r) => idOf(r) === 'd1') && calls++ === 0) throw new Error('boom');
      },
      { onError: (e) => errors.push(e) },
    );
    await poller.drain();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    await poller.stop();
  });

  it('with LATEST, starts after what the stream already holds and picks up new writes', async () => {
    const seen: string[] = [];
    const poller = poll(
      async (event) => {
        seen.push(...event.Records.map(idOf));
      },
      { startingPosition: 'LATEST' },
    );
    await poller.drain();
    await put('e1');
    await poller.drain();
    expect(seen).toEqual(['e1']);
    await poller.stop();
  });
});
