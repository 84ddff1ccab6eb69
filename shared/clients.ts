/**
 * The one place AWS clients are built. Endpoint overrides come from configuration (DynamoDB
 * Local, the local SES); in Lambda the defaults apply. Clients are created lazily and reused
 * across invocations.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { config } from './config';

const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

let dynamo: DynamoDBDocumentClient | undefined;
let ses: SESv2Client | undefined;

export function dynamoClient(): DynamoDBDocumentClient {
  if (!dynamo) {
    const { region, dynamoEndpoint } = config();
    const base = new DynamoDBClient(
      dynamoEndpoint ? { region, endpoint: dynamoEndpoint, credentials: localCredentials, maxAttempts: 3 } : { region },
    );
    dynamo = DynamoDBDocumentClient.from(base, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return dynamo;
}

export function sesClient(): SESv2Client {
  if (!ses) {
    const { sesRegion: region, sesEndpoint } = config();
    ses = new SESv2Client(sesEndpoint ? { region, endpoint: sesEndpoint, credentials: localCredentials } : { region });
  }
  return ses;
}

/** Forget cached clients (tests that point the process at a new table or endpoint). */
export function resetClients(): void {
  dynamo = undefined;
  ses = undefined;
}
