/**
 * The one place AWS clients are built. Endpoint overrides come from configuration (DynamoDB
 * Local, the local SES); in Lambda the defaults apply. Clients are created lazily and reused
 * across invocations.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { config } from './config';

const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Every DynamoDB call finishes within its budget: a connection that does not open in 1 s, or a
 * request that goes 2 s without an answer, is abandoned, and tried once more (the SDK's standard
 * retry, with jittered backoff). A stalled database therefore costs a request at most about
 * 4.5 s per round before it fails, and the API answers 503 with Retry-After (shared/http/problem.ts)
 * well within the functions' 10 s timeout, instead of hanging until Lambda kills it.
 */
export const DYNAMODB_TIMEOUTS = { connectionTimeout: 1000, requestTimeout: 2000, maxAttempts: 2 } as const;
/**
 * DynamoDB Local is a Java process on a shared machine: a JIT or GC pause, or a busy test run,
 * can hold one answer for seconds, which DynamoDB itself never does. Against a local endpoint
 * the request timeout is longer unless DYNAMODB_REQUEST_TIMEOUT_MS says otherwise (the stall
 * test sets it to the production value).
 */
const LOCAL_REQUEST_TIMEOUT_MS = 15_000;
/** SES: the notifier's own timeout is 60 s; an email that cannot be sent in time is retried later. */
export const SES_TIMEOUTS = { connectionTimeout: 2000, requestTimeout: 5000, maxAttempts: 2 } as const;

let dynamo: DynamoDBDocumentClient | undefined;
let ses: SESv2Client | undefined;
let s3: S3Client | undefined;
let streams: DynamoDBStreamsClient | undefined;

/** What every client of DynamoDB (the table, its stream) is built with: region, endpoint, time budget. */
function dynamoSettings() {
  const { region, dynamoEndpoint } = config();
  const { connectionTimeout, maxAttempts } = DYNAMODB_TIMEOUTS;
  const requestTimeout =
    Number(process.env.DYNAMODB_REQUEST_TIMEOUT_MS) ||
    (dynamoEndpoint ? LOCAL_REQUEST_TIMEOUT_MS : DYNAMODB_TIMEOUTS.requestTimeout);
  return {
    region,
    maxAttempts,
    // Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes, and keeps waiting.
    requestHandler: { connectionTimeout, requestTimeout, throwOnRequestTimeout: true },
    ...(dynamoEndpoint ? { endpoint: dynamoEndpoint, credentials: localCredentials } : {}),
  };
}

export function dynamoClient(): DynamoDBDocumentClient {
  if (!dynamo) {
    const base = new DynamoDBClient(dynamoSettings());
    dynamo = DynamoDBDocumentClient.from(base, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return dynamo;
}

export function sesClient(): SESv2Client {
  if (!ses) {
    const { sesRegion: region, sesEndpoint } = config();
    const { connectionTimeout, requestTimeout, maxAttempts } = SES_TIMEOUTS;
    ses = new SESv2Client({
      region,
      maxAttempts,
      requestHandler: { connectionTimeout, requestTimeout, throwOnRequestTimeout: true },
      ...(sesEndpoint ? { endpoint: sesEndpoint, credentials: localCredentials } : {}),
    });
  }
  return ses;
}

/** S3 for uploads: one object read per import, so the SDK's default retries with the Lambda's timeout. */
export function s3Client(): S3Client {
  if (!s3) {
    const { region, s3Endpoint } = config();
    s3 = new S3Client({
      region,
      requestHandler: { connectionTimeout: 2000, requestTimeout: 10_000, throwOnRequestTimeout: true },
      // The local stand-in serves one bucket by path; in AWS the bucket's own host name is used.
      ...(s3Endpoint ? { endpoint: s3Endpoint, forcePathStyle: true, credentials: localCredentials } : {}),
    });
  }
  return s3;
}

/** The table's stream, read only to replay a batch the notifier gave up on. */
export function streamsClient(): DynamoDBStreamsClient {
  streams ??= new DynamoDBStreamsClient(dynamoSettings());
  return streams;
}

/** Forget cached clients (tests that point the process at a new table or endpoint). */
export function resetClients(): void {
  dynamo = undefined;
  ses = undefined;
  s3 = undefined;
  streams = undefined;
}
