/**
 * The shape every API Lambda shares (after Powertools' handler pattern): middy with the
 * Powertools logger, then one pipeline — find the route, authenticate, check the role, parse and
 * validate body and query against the contract, enforce If-Match and Idempotency-Key, call the
 * operation, format the result. Errors are mapped to problem+json in one place (problem.ts).
 * Handlers (functions/{group}/handler.ts) only supply the operations.
 */
import { createHash } from 'node:crypto';
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { AppError, validation, type FieldIssue, type Violation } from '../errors';
import type { Contracts, OperationContract } from '../contract';
import {
  routeByKey,
  routesOf,
  type FunctionGroup,
  type OperationIdOf,
  type PathOf,
  type PathParams,
  type RouteDefinition,
} from '../routes';
import { principalFromEvent, type Principal } from '../auth/principal';
import { logger } from '../logger';
import { problemResponse, toAppError } from './problem';
import { runIdempotent } from './idempotent';
import type { DeferredCommit } from '../services/write';
import { Id } from '../schemas';

/** Bodies above this are refused before parsing (API Gateway's own limit is far higher). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ApiRequest<Body = unknown, Query = unknown, Params extends PathParameters = PathParameters> {
  route: RouteDefinition;
  /** Absent only on routes whose auth is 'none' or 'signed-link'. */
  principal: Principal | undefined;
  /** The route template's parameters, each a valid id (anything else was a 404 already). */
  params: Params;
  query: Query;
  body: Body;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The version the client last read (If-Match), when the contract requires it. */
  expectedVersion?: number;
  dryRun: boolean;
  requestId: string;
  /** An idempotent POST commits the operation's write itself, with its stored response. */
  deferred?: DeferredCommit;
}

export interface ApiResult<Body = unknown> {
  status?: number;
  body?: Body;
  /** The resource version; sent as the ETag. */
  version?: number;
  headers?: Record<string, string>;
}

type PathParameters = Readonly<Record<string, string>>;

/** What the pipeline hands an operation: its contract's parsed body and query (zod's output types), its path's parameters. */
export type RequestOf<Contract, Path extends string> = ApiRequest<
  Contract extends { body: infer Body extends z.ZodMiniType } ? z.output<Body> : undefined,
  Contract extends { query: infer Query extends z.ZodMiniType } ? z.output<Query> : Record<string, never>,
  PathParams<Path>
>;

/** What an operation may answer: its contract's response (or, on a dry run, the verdict with it), or text or file bytes. */
export type ResponseOf<Contract> =
  | (Contract extends { response: infer Response extends z.ZodMiniType }
      ? z.output<Response> | DryRunBody<z.output<Response>>
      : string | Uint8Array | undefined)
  // A write whose dry run answers something else than the verdict on one entity (a report).
  | (Contract extends { dryRunResponse: infer DryRun extends z.ZodMiniType } ? z.output<DryRun> : never);
export interface DryRunBody<T> {
  dryRun: true;
  valid: true;
  warnings: Violation[];
  result: T;
}

/** A function group's operations, each typed from its contract and its route's path. */
export type Operations<Group extends FunctionGroup, GroupContracts extends Contracts> = {
  [Op in OperationIdOf<Group>]: (
    request: RequestOf<GroupContracts[Op], PathOf<Op>>,
  ) => Promise<ApiResult<ResponseOf<GroupContracts[Op]>>>;
};

/** An operation as the pipeline calls it, once the request is parsed against its contract. */
type Operation = (request: ApiRequest) => Promise<ApiResult>;

const emptyQuery = z.strictObject({});

export const etagOf = (version: number) => `"${version}"`;

/** The authenticated principal of a JWT route (the pipeline guarantees it is there). */
export function requirePrincipal(request: ApiRequest): Principal {
  if (!request.principal) throw new AppError('UNAUTHENTICATED', 'A valid bearer token is required');
  return request.principal;
}

function zodIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (${issue.keys.join(', ')})` : '';
    return { path: issue.path.join('.') || '(root)', message: `${issue.message}${keys}` };
  });
}

function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = zodIssues(result.error);
    throw validation(`The ${where} is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, errors);
  }
  return result.data;
}

function readBody(
  event: APIGatewayProxyEventV2,
  headers: Record<string, string>,
  contract: OperationContract,
): unknown {
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  const limit = contract.maxBodyBytes ?? MAX_BODY_BYTES;
  if (Buffer.byteLength(raw, 'utf8') > limit) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`);
  }
  const empty = raw.trim() === '';
  if (!contract.body) {
    // Routes without a body accept none (or an empty JSON object, which some clients always send).
    if (empty || raw.trim() === '{}') return undefined;
    throw validation('This route takes no body');
  }
  const contentType = headers['content-type'];
  if (!empty && contentType && !/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Content-Type ${contentType} is not supported; send application/json`);
  }
  if (empty) throw validation('A JSON body is required');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new AppError('MALFORMED_JSON', `The body is not valid JSON: ${(error as Error).message}`);
  }
  return parseWith(contract.body, parsed, 'body');
}

function readExpectedVersion(headers: Record<string, string>): number {
  const header = headers['if-match'];
  if (!header)
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag you last read, so no update is lost');
  const match = /^(?:W\/)?"?(\d{1,12})"?$/.exec(header.trim());
  if (!match) throw new AppError('VERSION_MISMATCH', `If-Match ${header} does not match the current ETag`);
  return Number(match[1]);
}

/**
 * Path parameters are ids (schemas.Id: short, url-safe). One that is not names nothing: 404
 * before any key is built from it (a 3 KB id would otherwise reach DynamoDB's key size limit
 * as a 500).
 */
function readParams(event: APIGatewayProxyEventV2): Record<string, string> {
  const params = Object.fromEntries(
    Object.entries(event.pathParameters ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
  );
  for (const [name, value] of Object.entries(params)) {
    if (!Id.safeParse(value).success) throw new AppError('NOT_FOUND', `Nothing has this ${name}`, { parameter: name });
  }
  return params;
}

function lowerCaseHeaders(event: APIGatewayProxyEventV2): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {}))
    if (value !== undefined) headers[name.toLowerCase()] = value;
  return headers;
}

function formatResult(result: ApiResult, contract: OperationContract): APIGatewayProxyResultV2 {
  const headers: Record<string, string> = { ...result.headers };
  if (result.version !== undefined) headers.etag = etagOf(result.version);
  const status = result.status ?? contract.successStatus ?? 200;
  if (status === 201 && contract.location && typeof result.body === 'object' && result.body !== null) {
    const created = result.body as Record<string, unknown>;
    headers.location = contract.location.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(created[name])),
    );
  }
  if (result.body === undefined) return { statusCode: status, headers };
  if (Buffer.isBuffer(result.body)) {
    // A file (XLSX, CSV): API Gateway passes binary bodies as base64.
    headers['content-type'] ??= contract.contentType ?? 'application/octet-stream';
    return { statusCode: status, headers, body: result.body.toString('base64'), isBase64Encoded: true };
  }
  if (typeof result.body === 'string') {
    headers['content-type'] ??= contract.contentType ?? 'text/plain; charset=utf-8';
    return { statusCode: status, headers, body: result.body };
  }
  headers['content-type'] = 'application/json';
  return { statusCode: status, headers, body: JSON.stringify(result.body) };
}

/** Authenticate and authorize at route level; finer checks (own institution, own record) are in shared/auth/policy. */
function authenticate(route: RouteDefinition, event: APIGatewayProxyEventV2): Principal | undefined {
  if (route.auth !== 'jwt') return undefined;
  const principal = principalFromEvent(event);
  if (!principal) throw new AppError('UNAUTHENTICATED', 'A valid bearer token is required');
  if (!principal.roles.some((role) => route.roles.includes(role))) {
    throw new AppError('FORBIDDEN', `Your role may not call ${route.method} ${route.path}`);
  }
  return principal;
}

async function handle(
  contracts: Contracts,
  operations: Record<string, Operation>,
  event: APIGatewayProxyEventV2,
  context: Context,
): Promise<APIGatewayProxyResultV2> {
  const route = routeByKey.get(event.routeKey);
  const operation = route && operations[route.operationId];
  const contract = route && contracts[route.operationId];
  if (!route || !operation || !contract) throw new AppError('ROUTE_NOT_FOUND', `No route ${event.routeKey}`);
  const headers = lowerCaseHeaders(event);
  const principal = authenticate(route, event);
  const params = readParams(event);

  const queryInput = event.queryStringParameters ?? {};
  const query = contract.query
    ? parseWith(contract.query, queryInput, 'query string')
    : Object.keys(queryInput).length > 0
      ? parseWith(emptyQuery, queryInput, 'query string')
      : {};
  const body = readBody(event, headers, contract);
  const expectedVersion = contract.requiresIfMatch ? readExpectedVersion(headers) : undefined;
  const dryRun = Boolean(contract.dryRun && (query as { dryRun?: string }).dryRun === 'true');

  const request: ApiRequest = {
    route,
    principal,
    params,
    query,
    body,
    headers,
    expectedVersion,
    dryRun,
    requestId: context.awsRequestId ?? event.requestContext.requestId,
  };

  const idempotencyKey = headers['idempotency-key'];
  if (route.method !== 'POST' || !idempotencyKey || dryRun) return formatResult(await operation(request), contract);

  // Idempotent POST: the write and its stored response commit together (shared/http/idempotent.ts).
  if (!/^[\x21-\x7e]{1,128}$/.test(idempotencyKey))
    throw validation('Idempotency-Key must be 1-128 visible ASCII characters');
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([event.routeKey, request.params, body ?? null]))
    .digest('hex');
  return runIdempotent(principal?.sub ?? 'anonymous', idempotencyKey, fingerprint, async (deferred) =>
    formatResult(await operation({ ...request, deferred }), contract),
  );
}

/**
 * Build the Lambda handler of one function group from its contracts (its own record of
 * shared/contract.ts, so the bundle holds only its own schemas) and its operations. Every route
 * of the group must have both (checked at load, so a missing one fails the tests and the bundle,
 * not a caller).
 */
export function createApiHandler<
  Group extends FunctionGroup,
  GroupContracts extends Contracts & Record<OperationIdOf<Group>, OperationContract>,
>(group: Group, contracts: GroupContracts, typedOperations: Operations<Group, GroupContracts>) {
  // Each operation gets the request its contract parses to: handle() builds it from that contract.
  const operations = typedOperations as unknown as Record<string, Operation>;
  for (const [what, record] of [
    ['operations', operations],
    ['contracts', contracts],
  ] as const) {
    const missing = routesOf(group).filter((route) => !record[route.operationId]);
    if (missing.length > 0)
      throw new Error(`Function group ${group} lacks ${what}: ${missing.map((m) => m.operationId).join(', ')}`);
  }

  return middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      onError: async (request) => {
        const error = toAppError(request.error);
        if (error.code === 'INTERNAL') logger.error('Unhandled error', { error: request.error as Error });
        else if (error.code === 'SERVICE_UNAVAILABLE')
          logger.warn('A dependency did not answer', { error: request.error as Error });
        request.response = problemResponse(error, request.event.rawPath);
      },
    })
    .handler((event, context) => handle(contracts, operations, event, context));
}
