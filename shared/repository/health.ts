/**
 * The readiness probe: one eventually consistent GetItem of a key that is never written. Any
 * answer (no item) proves the table is there and answers reads; the call costs half a read unit.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { keys } from '../table';

export async function probeTable(): Promise<void> {
  await dynamoClient().send(new GetCommand({ TableName: config().tableName, Key: keys.readinessProbe() }));
}
