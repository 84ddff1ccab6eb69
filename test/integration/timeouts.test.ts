/**
 * A stalled database: a TCP server that accepts connections and never answers stands in for
 * DynamoDB. Every request still finishes within its budget, with a problem+json 503
 * SERVICE_UNAVAILABLE and Retry-After, never a hang; liveness stays up while readiness says the
 * table does not answer; once the database is back, everything answers again.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { startHarness, type Harness } from '../support/harness';
import { DYNAMODB_TIMEOUTS, resetClients } from '../../shared/clients';
import { resetConfig } from '../../shared/config';
import { buildWorld, type World } from '../support/fixtures';

let h: Harness;
let w: World;
let stalled: Server;
const sockets = new Set<Socket>();
let realEndpoint: string;

/** Well under the API functions' 10 s timeout: two attempts of 2 s, jittered backoff, margin. */
const BUDGET_MS = 6000;

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
  realEndpoint = process.env.DYNAMODB_ENDPOINT!;
  stalled = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // Accept, read, never answer.
    socket.resume();
  });
  await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  pointDatabaseAt(realEndpoint);
  delete process.env.DYNAMODB_REQUEST_TIMEOUT_MS;
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => stalled.close(resolve));
  await h.close();
});

function pointDatabaseAt(endpoint: string) {
  process.env.DYNAMODB_ENDPOINT = endpoint;
  // The production timeout (against a local endpoint the client otherwise waits longer).
  process.env.DYNAMODB_REQUEST_TIMEOUT_MS = String(DYNAMODB_TIMEOUTS.requestTimeout);
  resetConfig();
  resetClients();
}
const stall = () => {
  const address = stalled.address();
  pointDatabaseAt(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
};

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

describe('a stalled database', () => {
  afterEach(() => pointDatabaseAt(realEndpoint));

  it('gives a read a 503 problem with Retry-After within the budget', async () => {
    stall();
    const { result: res, ms } = await timed(() => h.request('GET', '/v1/programmes', { token: w.admin }));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('gives a write a 503 within the budget, and the write does not happen', async () => {
    stall();
    const body = {
      names: { en: 'Stalled programme', 'zh-Hant': '停頓計劃', 'zh-Hans': '停顿计划' },
      direction: 'GD_TO_HK',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    };
    const { result: res, ms } = await timed(() => h.request('POST', '/v1/programmes', { token: w.admin, body }));
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(ms).toBeLessThan(BUDGET_MS);
    pointDatabaseAt(realEndpoint);
    const list = await h.request('GET', '/v1/programmes?limit=100', { token: w.admin });
    expect(list.body.items.map((p: { names: { en: string } }) => p.names.en)).not.toContain('Stalled programme');
  });

  it('keeps /health (liveness) up while /health/ready says the table does not answer', async () => {
    stall();
    expect((await h.request('GET', '/health')).status).toBe(200);
    const { result: ready, ms } = await timed(() => h.request('GET', '/health/ready'));
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(ready.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(ms).toBeLessThan(3500);
  });
});

describe('readiness', () => {
  it('says ready when the table answers, uncached', async () => {
    const res = await h.request('GET', '/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', checks: { table: 'ok' } });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers again as soon as the database is back', async () => {
    stall();
    expect((await h.request('GET', '/health/ready')).status).toBe(503);
    pointDatabaseAt(realEndpoint);
    expect((await h.request('GET', '/health/ready')).status).toBe(200);
    expect((await h.request('GET', '/v1/programmes', { token: w.admin })).status).toBe(200);
  });
});

describe('the readiness probe the AWS schedule sends', () => {
  it('runs the same check through the system function, and reports a stalled table as 503', async () => {
    const { handler } = await import('../../functions/system/handler');
    const { readinessProbeEvent } = await import('../../shared/readiness');
    const { lambdaContext } = await import('../../local/http-adapter');
    const run = async () =>
      (await handler(readinessProbeEvent(), lambdaContext('probe'))) as { statusCode: number; body: string };
    expect((await run()).statusCode).toBe(200);
    stall();
    try {
      const failed = await run();
      expect(failed.statusCode).toBe(503);
      expect(JSON.parse(failed.body)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      pointDatabaseAt(realEndpoint);
    }
  });
});
