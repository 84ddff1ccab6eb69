/**
 * When the notifier gives up on a batch (its retries spent), Lambda sends where that batch lies
 * in the stream to the on-failure queue; once the cause is fixed, the queue's replay mapping
 * brings each message back to the notifier, which reads the records again from the stream and
 * emails them — once, however often a message is replayed. Here the local stream poller plays
 * the event source mapping and hands over the on-failure message Lambda would send; a notifier
 * that keeps failing (a dependency down, which DynamoDB Local cannot be made to be) is the one
 * stand-in.
 */
import type { DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { startHarness, type Harness } from '../support/harness';
import { addRotation, buildWorld, type World } from '../support/fixtures';
import { acceptedPlacement, emailsTo, pollTable } from './notifications-support';
import type { StreamPoller } from '../../local/stream-poller';
import { handler as notifier } from '../../functions/notifier/handler';
import type { StreamFailure } from '../../shared/repository/stream';

let h: Harness;
let w: World;
let poller: StreamPoller;
let notifierDown = false;
const onFailureQueue: StreamFailure[] = [];

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  poller = pollTable(h, {
    maxRetries: 2,
    retryDelayMs: 10,
    handler: async (event: DynamoDBStreamEvent) => {
      if (notifierDown) throw new Error('a dependency of the notifier is down');
      return notifier(event);
    },
    onError: () => undefined,
    onDeadLetter: (_record, _attempts, failure) => onFailureQueue.push(failure),
  });
});
afterAll(async () => {
  await poller.stop();
  await h.close();
});

/** The queue's messages as the replay mapping delivers them to the notifier. */
const fromQueue = (failures: readonly (StreamFailure | string)[]): SQSEvent => ({
  Records: failures.map((failure, i) => ({
    messageId: `message-${i}`,
    receiptHandle: `receipt-${i}`,
    body: typeof failure === 'string' ? failure : JSON.stringify(failure),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'lambda',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:ap-east-1:000000000000:NotifierFailures',
    awsRegion: 'ap-east-1',
  })),
});

describe('a batch the notifier gave up on', () => {
  it('is replayed from the on-failure queue once fixed: the email arrives, exactly once', async () => {
    const { staff, placementId } = await acceptedPlacement(w, 'en');
    await poller.drain();
    const before = (await emailsTo(h, staff.email)).length;

    notifierDown = true;
    await addRotation(w, placementId, { startDate: '2027-03-01', endDate: '2027-03-26' });
    await poller.drain();
    // Locally every record of the change reaches the notifier (in AWS a filter lets only the
    // audit insert through): each failed after its retries and went to the queue.
    expect(onFailureQueue.length).toBeGreaterThanOrEqual(1);
    expect(await emailsTo(h, staff.email)).toHaveLength(before);

    notifierDown = false;
    const replayed = await notifier(fromQueue(onFailureQueue));
    expect(replayed).toEqual({ batchItemFailures: [] });
    const after = await emailsTo(h, staff.email);
    expect(after.slice(before).map((e) => e.subject)).toEqual(['New rotation: Medicine, from 1 Mar']);

    // The same message again (a redelivery, or an operator replaying twice): nothing more is sent.
    expect(await notifier(fromQueue(onFailureQueue))).toEqual({ batchItemFailures: [] });
    expect(await emailsTo(h, staff.email)).toHaveLength(after.length);
  });

  it('lets go of a message that names no records the stream could ever give back', async () => {
    const [failure] = onFailureQueue;
    const elsewhere: StreamFailure = {
      DDBStreamBatchInfo: { ...failure!.DDBStreamBatchInfo, shardId: 'shardId-00000000000000000000-00000000' },
    };
    const unreadable: StreamFailure = {
      DDBStreamBatchInfo: {
        ...failure!.DDBStreamBatchInfo,
        streamArn: 'arn:aws:dynamodb:ap-east-1:000000000000:table/Gone/stream/x',
      },
    };
    const answer = await notifier(fromQueue(['not json', elsewhere, unreadable]));
    // Neither a message that is not one, nor records the stream does not hold, come back by retrying.
    expect(answer).toEqual({ batchItemFailures: [] });
  });
});
