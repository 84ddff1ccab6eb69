/**
 * The local stand-in for API Gateway: an HTTP server that matches requests against the same
 * route table CDK deploys, verifies the bearer token as the JWT authorizer would, builds an API
 * Gateway v2 (payload 2.0) event and calls the real handler of the route's function group.
 */
import { CORS } from '../shared/http/cors';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { matchRoute, routeKey, type FunctionGroup } from '../shared/routes';
import type { LocalSigner } from './jwt';

type ApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/** Every function group's handler, loaded on first use (as Lambda loads one bundle per function). */
const loaders: Record<FunctionGroup, () => Promise<{ handler: unknown }>> = {
  system: () => import('../functions/system/handler'),
  institutions: () => import('../functions/institutions/handler'),
  programmes: () => import('../functions/programmes/handler'),
  staff: () => import('../functions/staff/handler'),
  placements: () => import('../functions/placements/handler'),
  rotations: () => import('../functions/rotations/handler'),
  calendar: () => import('../functions/calendar/handler'),
  batch: () => import('../functions/batch/handler'),
};

const MAX_REQUEST_BYTES = 10 * 1024 * 1024; // API Gateway HTTP API's own limit; the handlers refuse more themselves (64 KiB unless a route takes a file).
/** API Gateway HTTP APIs refuse a request line and headers larger than 10 KiB together. */
export const MAX_HEADER_BYTES = 10 * 1024;

/**
 * Node answers a malformed or oversized request itself, with an empty body; answer as the API
 * does everywhere else, with problem+json (431 for headers too large, 400 for the rest).
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    type: 'about:blank',
    title: tooLarge ? 'Request header fields too large' : 'Bad request',
    status,
    detail: tooLarge ? `The request line and headers exceed ${MAX_HEADER_BYTES} bytes` : 'The request is malformed',
    code: tooLarge ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST',
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'content-type: application/problem+json\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

const problem = (res: ServerResponse, status: number, code: string, title: string, detail: string) => {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail, code }));
};

/** The context Lambda hands a handler, for running handlers outside Lambda (this server, the bench). */
export function lambdaContext(functionName: string, requestId: string = randomUUID(), remainingMs = 29000): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => remainingMs,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** CORS as the HTTP API's corsPreflight applies it (shared/http/cors.ts): the console's origin only. */
const CORS_ALLOW_HEADERS = CORS.allowHeaders.join(', ');
const CORS_ALLOW_METHODS = CORS.allowMethods.join(', ');
const CORS_EXPOSE_HEADERS = CORS.exposeHeaders.join(', ');

function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': CORS_EXPOSE_HEADERS,
    vary: 'origin',
  };
}

export function createApiServer(options: {
  signer: LocalSigner;
  log?: (line: string) => void;
  /** Origins allowed to call the API from a browser (the console's). */
  corsOrigins?: readonly string[];
}): Server {
  const allowedOrigins = options.corsOrigins ?? [];
  const handlers = new Map<FunctionGroup, ApiHandler>();
  const handlerOf = async (group: FunctionGroup) => {
    let handler = handlers.get(group);
    if (!handler) {
      handler = (await loaders[group]()).handler as ApiHandler;
      handlers.set(group, handler);
    }
    return handler;
  };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const cors = corsHeaders(req.headers.origin, allowedOrigins);
    if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
      // API Gateway answers preflight itself, for any path, before routes and authorizers.
      res.writeHead(204, {
        ...cors,
        ...(cors['access-control-allow-origin']
          ? {
              'access-control-allow-methods': CORS_ALLOW_METHODS,
              'access-control-allow-headers': CORS_ALLOW_HEADERS,
              'access-control-max-age': String(CORS.maxAgeSeconds),
            }
          : {}),
      });
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
    try {
      const matched = matchRoute(method, url.pathname);
      if (!matched) return problem(res, 404, 'ROUTE_NOT_FOUND', 'No such route', `No route ${method} ${url.pathname}`);
      const { route, pathParameters } = matched;

      let claims: Record<string, string> | undefined;
      if (route.auth === 'jwt') {
        // As API Gateway's JWT authorizer: no valid token, no call to the function.
        const header = req.headers.authorization ?? '';
        const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
        claims = token ? await options.signer.verify(token.trim()) : undefined;
        if (!claims) return problem(res, 401, 'UNAUTHENTICATED', 'Unauthorized', 'A valid bearer token is required');
      }

      const body = await readBody(req);
      if (body === 'too-large')
        return problem(res, 413, 'PAYLOAD_TOO_LARGE', 'The body is too large', 'Request bodies are limited');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
      }
      const query: Record<string, string> = {};
      for (const [name, value] of url.searchParams)
        query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
      const requestId = randomUUID();
      const now = new Date();
      const event: APIGatewayProxyEventV2 = {
        version: '2.0',
        routeKey: routeKey(route),
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        queryStringParameters: Object.keys(query).length ? query : undefined,
        pathParameters: Object.keys(pathParameters).length ? pathParameters : undefined,
        body: body.length ? body.toString('utf8') : undefined,
        isBase64Encoded: false,
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          domainName: req.headers.host ?? 'localhost',
          domainPrefix: 'localhost',
          http: {
            method,
            path: url.pathname,
            protocol: 'HTTP/1.1',
            sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
            userAgent: req.headers['user-agent'] ?? '',
          },
          requestId,
          routeKey: routeKey(route),
          stage: '$default',
          time: now.toISOString(),
          timeEpoch: now.getTime(),
          ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
        } as APIGatewayProxyEventV2['requestContext'],
      };

      const handler = await handlerOf(route.group);
      const raw = await handler(event, lambdaContext(`local-${route.group}`, requestId));
      const result: APIGatewayProxyStructuredResultV2 =
        typeof raw === 'object' && raw !== null ? raw : { statusCode: 200, body: JSON.stringify(raw) };
      const status = result.statusCode ?? 200;
      res.writeHead(status, { ...(result.headers as Record<string, string>), 'x-request-id': requestId });
      res.end(result.body ? (result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body) : undefined);
      options.log?.(`${method} ${url.pathname} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    } catch (error) {
      // The handlers map their own errors; reaching here is a bug in the adapter or a handler crash.
      options.log?.(`${method} ${url.pathname} 502 ${(error as Error).stack ?? error}`);
      if (!res.headersSent) problem(res, 502, 'INTERNAL', 'Bad gateway', 'The function failed');
      else res.end();
    }
  });
  server.on('clientError', answerClientError);
  return server;
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
