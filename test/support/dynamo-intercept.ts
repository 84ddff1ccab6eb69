/**
 * Runs `run` while every call of the handlers' DynamoDB client passes through `intercept` first:
 * for what DynamoDB Local cannot do by itself — a function that dies between two steps, a rival
 * write at an exact moment — or to count calls. `send` is the real call to DynamoDB Local.
 */
import { dynamoClient } from '../../shared/clients';

export type Send = (command: unknown) => Promise<unknown>;

export async function whileIntercepting<T>(
  intercept: (command: unknown, send: Send) => Promise<unknown>,
  run: () => Promise<T>,
): Promise<T> {
  const client = dynamoClient();
  const send = client.send.bind(client) as Send;
  const spy = jest.spyOn(client, 'send').mockImplementation(((command: unknown) => intercept(command, send)) as never);
  try {
    return await run();
  } finally {
    spy.mockRestore();
  }
}
