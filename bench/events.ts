/**
 * API Gateway v2 events as the HTTP API (with its JWT authorizer) hands them to a function, for
 * invoking handlers without HTTP: in this process (warm) or in a fresh one (cold start).
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { routeByKey, type FunctionGroup } from '../shared/routes';

export interface ApiCall {
  /** The route key, e.g. "GET /v1/rotations/{rotationId}". */
  route: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The verified JWT claims the authorizer passes on (world.ts claimsOf); none on public routes. */
  claims?: Record<string, string>;
}

export function groupOf(call: Pick<ApiCall, 'route'>): FunctionGroup {
  const route = routeByKey.get(call.route);
  if (!route) throw new Error(`No route ${call.route}`);
  return route.group;
}

export function apiEvent(call: ApiCall): APIGatewayProxyEventV2 {
  const [method, template] = call.route.split(' ') as [string, string];
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(call.params?.[name] ?? ''));
  const query = new URLSearchParams(call.query).toString();
  const now = new Date();
  const requestId = randomUUID();
  return {
    version: '2.0',
    routeKey: call.route,
    rawPath: path,
    rawQueryString: query,
    headers: {
      host: 'bench.local',
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...call.headers,
    },
    queryStringParameters: call.query && Object.keys(call.query).length ? call.query : undefined,
    pathParameters: call.params && Object.keys(call.params).length ? call.params : undefined,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'bench.local',
      domainPrefix: 'bench',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId,
      routeKey: call.route,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      ...(call.claims ? { authorizer: { jwt: { claims: call.claims, scopes: [] } } } : {}),
    } as APIGatewayProxyEventV2['requestContext'],
  };
}

export { lambdaContext } from '../local/http-adapter';
