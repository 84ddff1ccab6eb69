/**
 * The cold-start baseline: a bare handler that only creates a DynamoDB client and does one
 * GetItem — what any function of ours pays at least. Bundled with the same options as the real
 * functions, configured the way shared/clients.ts configures the real client.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
const region = process.env.AWS_REGION ?? 'ap-east-1';
const client = new DynamoDBClient(
  endpoint
    ? { region, endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3 }
    : { region },
);

export async function handler(event: { key: { PK: string; SK: string } }) {
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: { PK: { S: event.key.PK }, SK: { S: event.key.SK } },
      ConsistentRead: true,
    }),
  );
  return { statusCode: Item ? 200 : 404 };
}
