/**
 * Integration harness (after AWS's serverless-test-samples: real services, no mocks): a fresh
 * table in DynamoDB Local for this test file, the real handlers behind the local HTTP adapter
 * (the same route table, the same JWT checks as API Gateway), tokens, and the local SES store.
 */
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ensureTable, localDynamoClient } from '../../local/dynamodb-local';
import { createApiServer, listen } from '../../local/http-adapter';
import { createSigner, loadOrCreateKey, type LocalSigner, type TokenSubject } from '../../local/jwt';
import { resetConfig } from '../../shared/config';
import { dynamoClient, resetClients } from '../../shared/clients';
import { ContractCheck } from './contract-check';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** A raw body sent as is (for malformed JSON tests). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface Harness {
  baseUrl: string;
  tableName: string;
  signer: LocalSigner;
  token(subject: TokenSubject): Promise<string>;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** fetch for other clients (the generated one): each response is checked against the document too. */
  fetch: typeof fetch;
  /** The document client the handlers use, for asserting what is stored. */
  db: ReturnType<typeof dynamoClient>;
  /** Emails the local SES holds (newest last). */
  sentEmails(): Promise<SentEmail[]>;
  close(): Promise<void>;
}

export interface SentEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the tests with \`npm test\` (jest's globalSetup starts the local services)`,
    );
  return value;
}

/** The console origin the harness's API allows from a browser (CORS), as the console's in AWS. */
export const HARNESS_CONSOLE_ORIGIN = 'http://console.localhost:5173';

/** Call in beforeAll; call close() in afterAll. */
export async function startHarness(): Promise<Harness> {
  const endpoint = requireEnv('DYNAMODB_ENDPOINT');
  const tableName = `test-${process.env.JEST_WORKER_ID ?? '0'}-${randomUUID().slice(0, 8)}`;
  await ensureTable(endpoint, tableName);
  process.env.TABLE_NAME = tableName;
  resetConfig();
  resetClients();

  const signer = await createSigner(await loadOrCreateKey(requireEnv('LOCAL_JWT_KEY_FILE')));
  const server: Server = createApiServer({ signer, corsOrigins: [HARNESS_CONSOLE_ORIGIN] });
  // fetch reuses idle connections; on a loaded machine one can outlive Node's 5 s keep-alive and
  // be reset as it is reused (ECONNRESET). Keep them open longer than any pause in a test.
  server.keepAliveTimeout = 60_000;
  const port = await listen(server, 0);
  const baseUrl = `http://127.0.0.1:${port}`;
  process.env.API_URL = baseUrl;
  resetConfig();
  // Every response is checked against the document the API serves (loaded on the first request).
  let contract: Promise<ContractCheck> | undefined;

  return {
    baseUrl,
    tableName,
    signer,
    token: (subject) => signer.sign(subject),
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
      const text = await response.text();
      contract ??= ContractCheck.load(baseUrl);
      (await contract).assert(method, path, { status: response.status, headers: response.headers, text });
      let parsed: unknown = text;
      if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
      return { status: response.status, headers: response.headers, body: parsed as never, text };
    },
    async fetch(input, init) {
      const request = new Request(input, init);
      const response = await fetch(request);
      contract ??= ContractCheck.load(baseUrl);
      const { status, headers } = response;
      (await contract).assert(request.method, request.url, { status, headers, text: await response.clone().text() });
      return response;
    },
    db: dynamoClient(),
    async sentEmails() {
      const response = await fetch(`${requireEnv('SES_ENDPOINT')}/store`);
      const store = (await response.json()) as { emails: SentEmail[] };
      return store.emails;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      const client = localDynamoClient(endpoint);
      await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      client.destroy();
      dynamoClient().destroy();
      resetClients();
    },
  };
}
