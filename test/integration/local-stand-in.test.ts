/**
 * The local stand-in for API Gateway and Cognito is as strict as they are: the JWT authorizer
 * refuses tokens without exp, access tokens and tokens issued in the future; oversized headers
 * get a problem+json 431; DynamoDB Local listens on the loopback interface only.
 */
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { networkInterfaces } from 'node:os';
import { importJWK, SignJWT, type JWTPayload } from 'jose';
import { HARNESS_CONSOLE_ORIGIN, startHarness, type Harness } from '../support/harness';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateKey } from '../../local/jwt';
import { parseTokenArgs } from '../../scripts/token';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function signed(payload: JWTPayload, edit: (jwt: SignJWT) => SignJWT): Promise<string> {
  const key = await loadOrCreateKey(process.env.LOCAL_JWT_KEY_FILE!);
  const privateKey = await importJWK(key.privateJwk, 'RS256');
  const jwt = new SignJWT({ 'cognito:groups': ['admin'], email: 'a@example.org', ...payload })
    .setProtectedHeader({ alg: 'RS256', kid: 'local' })
    .setSubject('stand-in')
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE);
  return edit(jwt).sign(privateKey);
}

const now = () => Math.floor(Date.now() / 1000);

describe('the local JWT authorizer', () => {
  it('accepts a well-formed ID token (the control case)', async () => {
    const token = await signed({ token_use: 'id' }, (j) => j.setIssuedAt(now()).setExpirationTime(now() + 600));
    expect((await h.request('GET', '/v1/programmes', { token })).status).toBe(200);
  });

  it.each([
    ['a token without exp', { token_use: 'id' }, (j: SignJWT) => j.setIssuedAt(now())],
    ['an access token', { token_use: 'access' }, (j: SignJWT) => j.setIssuedAt(now()).setExpirationTime(now() + 600)],
    [
      'a token issued in the future',
      { token_use: 'id' },
      (j: SignJWT) => j.setIssuedAt(now() + 3600).setExpirationTime(now() + 7200),
    ],
  ])('refuses %s with 401 problem+json', async (_what, payload, edit) => {
    const token = await signed(payload, edit);
    const res = await h.request('GET', '/v1/programmes', { token });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('mints an expired token with `npm run token -- --expires -60`, as the README shows', () => {
    expect(parseTokenArgs(['--role', 'admin', '--expires', '-60'])).toMatchObject({ expiresInSeconds: -60 });
    expect(parseTokenArgs(['--role', 'admin', '--expires=-60'])).toMatchObject({ expiresInSeconds: -60 });
  });
});

describe('oversized requests', () => {
  it('answers headers larger than API Gateway takes with a problem+json 431', async () => {
    const url = new URL(h.baseUrl);
    const res = await new Promise<{ status: number; type?: string; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: '/health', headers: { 'x-padding': 'a'.repeat(16 * 1024) } },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(res.status).toBe(431);
    expect(res.type).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });
});

describe('DynamoDB Local', () => {
  const port = Number(new URL(process.env.DYNAMODB_ENDPOINT!).port);
  const tryConnect = (host: string) =>
    new Promise<'open' | 'refused'>((resolve) => {
      const socket = connect({ host, port, timeout: 2000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve('open');
      });
      socket.once('error', () => resolve('refused'));
      socket.once('timeout', () => {
        socket.destroy();
        resolve('refused');
      });
    });

  it('answers on 127.0.0.1 and on no other interface of this machine', async () => {
    expect(await tryConnect('127.0.0.1')).toBe('open');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of others) expect(await tryConnect(address)).toBe('refused');
  });
});

describe('CORS, as the HTTP API applies it', () => {
  it("lets the console read a download's file name, the version and a created resource's place", async () => {
    const token = await signed({ token_use: 'id' }, (j) => j.setIssuedAt(now()).setExpirationTime(now() + 600));
    const res = await fetch(`${h.baseUrl}/v1/programmes`, {
      headers: { authorization: `Bearer ${token}`, origin: HARNESS_CONSOLE_ORIGIN },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(HARNESS_CONSOLE_ORIGIN);
    expect(res.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(
      expect.arrayContaining(['etag', 'location', 'content-disposition']),
    );
    const preflight = await fetch(`${h.baseUrl}/v1/programmes`, {
      method: 'OPTIONS',
      headers: {
        origin: HARNESS_CONSOLE_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('gives another origin nothing to read', async () => {
    const res = await fetch(`${h.baseUrl}/health`, { headers: { origin: 'https://elsewhere.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
