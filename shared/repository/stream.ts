/**
 * The table's stream as the notifier reads it: which records are newly inserted audit records,
 * and their fields (keys dropped). The notifier parses them with the AuditRecord schema. Also
 * the records of a batch the notifier gave up on, read again from the stream (which keeps them
 * 24 hours) to replay them, in the shape Lambda delivers.
 */
import type { AttributeValue as TableAttributeValue } from '@aws-sdk/client-dynamodb';
import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  type AttributeValue as SdkAttributeValue,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { streamsClient } from '../clients';
import { toEntity } from './items';

/** The fields of the audit record a stream record inserts, or undefined when it inserts anything else. */
export function insertedAudit(record: DynamoDBRecord): Record<string, unknown> | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || image?.type?.S !== 'AUDIT') return undefined;
  return toEntity(unmarshall(image as Record<string, TableAttributeValue>));
}

/** The SDK's attribute values (binary as bytes) in the shape Lambda delivers (binary as base64). */
function toLambdaValue(value: SdkAttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (value.M !== undefined) return { M: toLambdaMap(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  return value as AttributeValue;
}

function toLambdaMap(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));
}

const toLambdaImage = (image: Record<string, SdkAttributeValue> | undefined) =>
  image ? toLambdaMap(image) : undefined;

export function toLambdaRecord(record: StreamRecord, streamArn: string, region: string): DynamoDBRecord {
  const data = record.dynamodb ?? {};
  const created = data.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: created ? Math.floor(new Date(created).getTime() / 1000) : undefined,
      Keys: toLambdaImage(data.Keys),
      NewImage: toLambdaImage(data.NewImage),
      OldImage: toLambdaImage(data.OldImage),
      SequenceNumber: data.SequenceNumber,
      SizeBytes: data.SizeBytes,
      StreamViewType: data.StreamViewType,
    },
  };
}

/** What Lambda sends a stream's on-failure destination for a batch it gave up on: where it lies in the stream. */
export interface StreamFailure {
  DDBStreamBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    approximateArrivalOfFirstRecord?: string;
    approximateArrivalOfLastRecord?: string;
    batchSize?: number;
    streamArn: string;
  };
}

const PAGES_PER_BATCH = 50;

/**
 * The records of a failed batch, from its first sequence number to its last, read again from the
 * stream. Sequence numbers are decimal strings of growing length, so they compare as numbers.
 */
export async function readFailedBatch(failure: StreamFailure): Promise<DynamoDBRecord[]> {
  const { shardId, startSequenceNumber, endSequenceNumber, streamArn } = failure.DDBStreamBatchInfo;
  const region = streamArn.split(':')[3] ?? '';
  const last = BigInt(endSequenceNumber);
  const client = streamsClient();
  let iterator = (
    await client.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: 'AT_SEQUENCE_NUMBER',
        SequenceNumber: startSequenceNumber,
      }),
    )
  ).ShardIterator;
  const records: DynamoDBRecord[] = [];
  for (let page = 0; iterator && page < PAGES_PER_BATCH; page++) {
    const answer = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    for (const record of answer.Records ?? []) {
      if (BigInt(record.dynamodb?.SequenceNumber ?? '0') > last) return records;
      records.push(toLambdaRecord(record, streamArn, region));
    }
    if (records.length > 0 && BigInt(records.at(-1)?.dynamodb?.SequenceNumber ?? '0') >= last) return records;
    iterator = answer.NextShardIterator;
  }
  return records;
}
