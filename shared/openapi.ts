/**
 * The OpenAPI 3.1 document, generated from the route table (routes.ts), the contracts
 * (contract.ts), the zod schemas (schemas.ts), the error map (http/problem.ts) and the prose and
 * examples of openapi-docs.ts. Served at GET /openapi.json; the typed client is generated from
 * it (npm run client); the integration tests validate every response they receive against it
 * and lint it with Redocly and Spectral.
 *
 * Nothing here lists operations: a new route with its contract is described by the same rules
 * (statuses and problem codes from what the pipeline does, headers from the contract, named
 * component schemas from schemas.ts exports). Its description, examples and the problem codes
 * only its service knows go into openapi-docs.ts. Only the system function imports this file.
 */
import * as z from 'zod/mini';
import * as s from './schemas';
import * as views from './view-schemas';
import { routes, type RouteDefinition } from './routes';
import { contractOf, type OperationContract } from './contract';
import { PROBLEM_STATUS, PROBLEM_TITLE } from './http/problem';
import type { ErrorCode } from './errors';
import { operationDocs, tagDocs, type HeaderDocs, type OperationDocs } from './openapi-docs';

type JsonSchema = Record<string, unknown>;
type ZodSchema = z.ZodMiniType;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const uri = (id: string) => `#/components/schemas/${id}`;
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

const defOf = (schema: ZodSchema) => (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;

/**
 * Every object or enum schema these modules export is a named component, under its export name
 * (a module of schemas added next to them belongs in this list).
 */
const SCHEMA_MODULES: readonly object[] = [s, views];

function exportedSchemas(): Map<ZodSchema, string> {
  const named = new Map<ZodSchema, string>();
  for (const [name, value] of SCHEMA_MODULES.flatMap((module) => Object.entries(module))) {
    if (typeof value !== 'object' || value === null || !('_zod' in value)) continue;
    const type = defOf(value as ZodSchema).type;
    if (type === 'object' || type === 'enum') named.set(value as ZodSchema, name);
  }
  return named;
}

/** The component name of a page of `item`s or a dry run of `item` (the contracts build those per operation). */
function itemOf(schema: ZodSchema, key: 'items' | 'result'): ZodSchema | undefined {
  const def = defOf(schema);
  if (def.type !== 'object') return undefined;
  const shape = def.shape as Record<string, ZodSchema>;
  const member = shape[key];
  if (!member) return undefined;
  if (key === 'result') return member;
  const memberDef = defOf(member);
  return memberDef.type === 'array' ? (memberDef.element as ZodSchema) : undefined;
}

const isListContract = (contract: OperationContract) =>
  contract.response !== undefined &&
  itemOf(contract.response, 'items') !== undefined &&
  'nextCursor' in (defOf(contract.response).shape as object);

/** Whether a response schema carries a version (so the response carries it as the ETag). */
const hasVersion = (schema: ZodSchema | undefined) =>
  schema !== undefined && defOf(schema).type === 'object' && 'version' in (defOf(schema).shape as object);

interface Schemas {
  /** The component name of a request (input) or response (output) body schema; `fallback` names an unexported one. */
  nameOf(schema: ZodSchema, fallback: string, io?: 'input' | 'output'): string;
  dryRunOf(entity: ZodSchema, fallback: string): string;
  components(): Record<string, JsonSchema>;
}

/**
 * Collects the schemas the document uses into components: exported ones under their names,
 * pages as `{Item}Page`, dry runs as `{Item}DryRun`, anything else under the operation's name.
 * Request bodies are written as the client sends them (zod's input: defaults optional), the
 * rest as the API answers (output: all members it always sends are required).
 */
function schemaCollector(): Schemas {
  const exported = exportedSchemas();
  const registry = z.registry<{ id: string }>();
  const used = new Map<string, ZodSchema>();
  const inputs = new Set<string>();
  for (const [schema, name] of exported) registry.add(schema, { id: name });

  const register = (schema: ZodSchema, name: string) => {
    const known = exported.get(schema) ?? (registry.get(schema)?.id as string | undefined);
    if (known) {
      used.set(known, schema);
      return known;
    }
    const existing = used.get(name);
    if (existing && existing !== schema) return register(schema, `${name}_`);
    registry.add(schema, { id: name });
    used.set(name, schema);
    return name;
  };
  const pages = new Map<string, ZodSchema>();
  const dryRuns = new Map<string, ZodSchema>();

  return {
    nameOf(schema, fallback, io = 'output') {
      const item = itemOf(schema, 'items');
      const itemName = item && exported.get(item);
      if (itemName && !exported.has(schema)) {
        // One page schema per item type, however many operations list it.
        let page = pages.get(itemName);
        if (!page) pages.set(itemName, (page = s.page(item)));
        register(item, itemName);
        return register(page, `${itemName}Page`);
      }
      const name = register(schema, fallback);
      if (io === 'input') inputs.add(name);
      return name;
    },
    dryRunOf(entity, fallback) {
      const entityName = exported.get(entity) ?? fallback;
      let dryRun = dryRuns.get(entityName);
      if (!dryRun) dryRuns.set(entityName, (dryRun = s.dryRunOf(entity)));
      register(entity, entityName);
      return register(dryRun, `${entityName}DryRun`);
    },
    components() {
      const convert = (io: 'input' | 'output') =>
        z.toJSONSchema(registry, { io, uri, unrepresentable: 'any' }).schemas as Record<string, JsonSchema>;
      const output = convert('output');
      const input = convert('input');
      // Every schema reachable from a used one is a component too (zod refers to it by name).
      // Request bodies and what only they use are written as input, everything else as output.
      const reachable = new Map<string, 'input' | 'output' | 'both'>();
      const visit = (name: string, io: 'input' | 'output') => {
        const seen = reachable.get(name);
        if (seen === io || seen === 'both') return;
        reachable.set(name, seen ? 'both' : io);
        const text = JSON.stringify((io === 'input' ? input : output)[name]);
        for (const match of text.matchAll(/#\/components\/schemas\/([\w-]+)/g)) visit(match[1] as string, io);
      };
      for (const name of used.keys()) visit(name, inputs.has(name) ? 'input' : 'output');
      const result: Record<string, JsonSchema> = {};
      for (const [name, io] of [...reachable].sort((a, b) => a[0].localeCompare(b[0]))) {
        if (io === 'both' && JSON.stringify(input[name]) !== JSON.stringify(output[name])) {
          throw new Error(`Schema ${name} differs as request and as response: give each its own export`);
        }
        const { $schema: _s, $id: _i, ...schema } = (io === 'input' ? input[name] : output[name]) ?? {};
        result[name] = schema;
      }
      return result;
    },
  };
}

// ---------- problems ----------

/**
 * The problem codes an operation can answer with, from what the shared pipeline does for it
 * (api-handler.ts) and, for codes only its service knows, its entry in openapi-docs.ts.
 */
function problemCodes(route: RouteDefinition, contract: OperationContract, docs: OperationDocs | undefined) {
  const codes = new Set<ErrorCode>(['VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE']);
  // Every code the server itself may answer with anywhere (500 and, when added, 503).
  for (const [code, status] of Object.entries(PROBLEM_STATUS)) if (status >= 500) codes.add(code as ErrorCode);
  if (route.auth !== 'none' || route.path.includes('{')) codes.add('NOT_FOUND');
  if (route.auth === 'jwt') {
    codes.add('UNAUTHENTICATED');
    codes.add('FORBIDDEN');
  }
  if (contract.body) {
    codes.add('MALFORMED_JSON');
    codes.add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (route.method === 'POST' && route.auth === 'jwt') {
    codes.add('IDEMPOTENCY_KEY_REUSED');
    codes.add('IDEMPOTENCY_IN_PROGRESS');
  }
  if (contract.requiresIfMatch) {
    codes.add('PRECONDITION_REQUIRED');
    codes.add('VERSION_MISMATCH');
  }
  if (contract.body || contract.dryRun || contract.requiresIfMatch) {
    codes.add('RULE_VIOLATION');
    codes.add('CONCURRENT_UPDATE');
    codes.add('CONFLICT');
  }
  for (const code of docs?.errors ?? []) codes.add(code);
  return codes;
}

/** API Gateway answers these itself, before any function runs, with its own small JSON body. */
const GATEWAY_STATUS: Record<string, string> = {
  '401': 'API Gateway (in AWS): no valid bearer token — the JWT authorizer refused it',
  '429': 'API Gateway: the stage or route throttling limit was reached; retry with backoff',
};

function problemResponses(route: RouteDefinition, codes: Set<ErrorCode>): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = PROBLEM_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, JsonSchema> = {};
  for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    list.sort();
    const lines = list.map((code) => `- \`${code}\`: ${PROBLEM_TITLE[code]}`);
    const schema = { allOf: [ref('Problem'), { properties: { code: { enum: list } } }] };
    const content: JsonSchema = { 'application/problem+json': { schema } };
    const gateway = GATEWAY_STATUS[String(status)];
    if (gateway && route.auth === 'jwt') {
      lines.push(`- ${gateway} (\`application/json\`, \`{"message": …}\`)`);
      content['application/json'] = { schema: ref('GatewayError') };
    }
    responses[String(status)] = {
      description: `Problem (RFC 9457) with one of these codes:\n${lines.join('\n')}`,
      ...(status === 503 ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
      content,
    };
  }
  responses['431'] ??= {
    description: `Request line and headers larger than API Gateway takes (10 KiB): its own message in AWS, problem \`HEADERS_TOO_LARGE\` from the local stand-in`,
    content: {
      'application/problem+json': { schema: ref('Problem') },
      'application/json': { schema: ref('GatewayError') },
    },
  };
  responses['429'] ??= {
    description: GATEWAY_STATUS['429'],
    content: { 'application/json': { schema: ref('GatewayError') } },
  };
  return responses;
}

// ---------- operations ----------

function parameters(route: RouteDefinition, contract: OperationContract, docs: OperationDocs | undefined) {
  const result: JsonSchema[] = [];
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    result.push({
      name,
      in: 'path',
      required: true,
      description: `The ${name.replace(/Id$/, '')}'s id`,
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
      ...(docs?.pathExample?.[name] ? { example: docs.pathExample[name] } : {}),
    });
  }
  if (contract.query) {
    const schema = z.toJSONSchema(contract.query, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = property as JsonSchema & { description?: string };
      result.push({
        name,
        in: 'query',
        required: schema.required?.includes(name) ?? false,
        description: description ?? QUERY_DESCRIPTIONS[name] ?? docs?.query?.[name] ?? name,
        schema: rest,
      });
    }
  }
  if (contract.requiresIfMatch) result.push({ $ref: '#/components/parameters/IfMatch' });
  if (route.method === 'POST' && route.auth === 'jwt') result.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return result;
}

const QUERY_DESCRIPTIONS: Record<string, string> = {
  limit: 'Page size (1–100)',
  cursor: 'The `nextCursor` of the previous page; opaque',
  dryRun: '`true`: check the write against every rule and answer the verdict (200) without writing anything',
};

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

function successResponses(
  route: RouteDefinition,
  contract: OperationContract,
  docs: OperationDocs | undefined,
  schemas: Schemas,
): Record<string, JsonSchema> {
  const operation = pascal(route.operationId);
  const status = String(contract.successStatus ?? 200);
  const responses: Record<string, JsonSchema> = {};
  const headers: Record<string, unknown> = {};
  const versioned = hasVersion(contract.response) && !isListContract(contract);
  // A dry run answers 200 without an ETag; every other success of a versioned resource has one.
  if (versioned) headers.ETag = header(contract.dryRun && status === '200' ? 'ETagUnlessDryRun' : 'ETag');
  if (status === '201' && contract.location) headers.Location = header('Location');
  if (route.method === 'POST' && route.auth === 'jwt') headers['Idempotent-Replayed'] = header('IdempotentReplayed');
  Object.assign(headers, headerObjects(docs?.headers));
  const example = docs?.response === undefined ? {} : { examples: { example: { value: docs.response } } };

  let content: JsonSchema | undefined;
  if (route.method === 'HEAD') {
    // The headers GET would answer, no body.
  } else if (contract.contentType) {
    content = {
      [contract.contentType.split(';')[0] as string]: {
        schema: { type: 'string' },
        ...(docs?.response === undefined ? {} : { example: docs.response }),
      },
    };
  } else if (contract.response) {
    const name = schemas.nameOf(contract.response, `${operation}Response`);
    let schema: JsonSchema = ref(name);
    if (contract.dryRun && status === '200') {
      const dryRun = contract.dryRunResponse
        ? schemas.nameOf(contract.dryRunResponse, `${operation}DryRun`)
        : schemas.dryRunOf(contract.response, `${operation}Response`);
      // A dry run that answers the write's own shape is not a second alternative.
      if (dryRun !== name) schema = { oneOf: [schema, ref(dryRun)] };
    }
    content = { 'application/json': { schema, ...example } };
  }
  responses[status] = {
    description: docs?.responseDescription ?? (status === '201' ? 'Created' : 'OK'),
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(content ? { content } : {}),
  };
  if (contract.dryRun && status !== '200' && contract.response) {
    const dryRun = contract.dryRunResponse
      ? schemas.nameOf(contract.dryRunResponse, `${operation}DryRun`)
      : schemas.dryRunOf(contract.response, `${operation}Response`);
    responses['200'] = {
      description: 'Dry run (`?dryRun=true`): the write would succeed; nothing was written',
      content: {
        'application/json': {
          schema: ref(dryRun),
          ...(docs?.dryRunResponse === undefined ? {} : { examples: { dryRun: { value: docs.dryRunResponse } } }),
        },
      },
    };
  }
  for (const [other, response] of Object.entries(docs?.responses ?? {})) {
    responses[other] = {
      description: response.description,
      ...(response.headers ? { headers: headerObjects(response.headers) } : {}),
    };
  }
  return responses;
}

const headerObjects = (headers: Record<string, HeaderDocs> | undefined) =>
  Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, h]) => [
      name,
      {
        description: h.description,
        ...(h.required ? { required: true } : {}),
        schema: h.schema ?? { type: 'string' },
        ...(h.example ? { example: h.example } : {}),
      },
    ]),
  );

const AUTH_PROSE: Record<RouteDefinition['auth'], string> = {
  jwt: '',
  none: '**No token needed.**',
  'signed-link':
    '**No bearer token:** calendar apps cannot send one. The `token` query parameter of the signed link (from `GET /v1/me`) authorizes the request; a missing or wrong one answers 404.',
};

function operationOf(route: RouteDefinition, schemas: Schemas): JsonSchema {
  const contract = contractOf(route.operationId);
  const docs = operationDocs[route.operationId];
  const roles =
    route.auth === 'jwt'
      ? `**Roles:** ${route.roles.map((role) => `\`${role}\``).join(', ')} (Cognito groups; see \`x-roles\`).`
      : AUTH_PROSE[route.auth];
  const operation: JsonSchema = {
    operationId: route.operationId,
    summary: route.summary,
    description: [docs?.description ?? route.summary, roles].filter(Boolean).join('\n\n'),
    tags: [route.group],
    ...(route.auth === 'jwt' ? { 'x-roles': route.roles } : {}),
    security: route.auth === 'jwt' ? [{ cognito: [] }] : route.auth === 'signed-link' ? [{ calendarLink: [] }] : [],
    parameters: parameters(route, contract, docs),
  };
  if (contract.body) {
    operation.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: ref(schemas.nameOf(contract.body, `${pascal(route.operationId)}Request`, 'input')),
          ...(docs?.request === undefined ? {} : { examples: { example: { value: docs.request } } }),
        },
      },
    };
  }
  const problems = problemResponses(route, problemCodes(route, contract, docs));
  // A HEAD answer has no body: the status and headers of the problem GET would answer.
  if (route.method === 'HEAD') for (const response of Object.values(problems)) delete response.content;
  operation.responses = { ...successResponses(route, contract, docs, schemas), ...problems };
  return operation;
}

export interface OpenApiOptions {
  /** The API's base URL for `servers` (the local server's, or the deployed API's). */
  serverUrl?: string;
}

export function openApiDocument(options: OpenApiOptions = {}): JsonSchema {
  const schemas = schemaCollector();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route, schemas);
  }
  schemas.nameOf(s.Problem, 'Problem');
  const components = schemas.components();
  components.GatewayError = {
    type: 'object',
    description: 'What API Gateway answers by itself (throttling, the JWT authorizer refusing a token)',
    properties: { message: { type: 'string' } },
    required: ['message'],
  };
  const groups = [...new Set(routes.map((route) => route.group))];
  const headers = { ...HEADERS };
  if (!JSON.stringify(paths).includes('#/components/headers/RetryAfter'))
    delete (headers as Partial<typeof HEADERS>).RetryAfter;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Talent Exchange Coordinator API',
      version: '1.0.0',
      summary: 'Guangdong – Hong Kong Hospital Authority healthcare staff exchange',
      description: INFO_DESCRIPTION,
      contact: { name: 'Talent Exchange programme office', email: 'exchange@talent-exchange.example.org' },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    // API Gateway's default-stage URL ends in a slash; paths begin with one.
    servers: [{ url: (options.serverUrl ?? 'http://localhost:3000').replace(/\/+$/, ''), description: 'This API' }],
    tags: groups.map((group) => ({ name: group, description: tagDocs[group] ?? group })),
    paths,
    components: {
      schemas: components,
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description:
            'The `ETag` of your last read of this resource. A change made since answers 412 `VERSION_MISMATCH` (with `currentVersion`) and writes nothing; without the header, 428 `PRECONDITION_REQUIRED`.',
          schema: { type: 'string', pattern: '^(W/)?"?\\d{1,12}"?$' },
          example: '"3"',
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Any 1–128 visible ASCII characters you choose per intended write. Sending the same request again with the same key returns the first response (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body or path answers 422 `IDEMPOTENCY_KEY_REUSED`. A refused request frees its key.',
          schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,128}$' },
          example: 'b7e3c1d2-new-rotation-1',
        },
      },
      headers,
      securitySchemes: {
        cognito: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The Cognito **ID token** (not the access token: only the ID token carries the groups and `custom:*` claims). Roles are Cognito groups (`admin`, `programme-coordinator`, `hospital-coordinator` with `custom:institutionId`, `staff` with `custom:staffId`); each operation lists those that may call it in `x-roles`, and answers 403 `FORBIDDEN` to others. What a role may see within a route (its own institution, its own record) is decided per resource: what it may not know exists answers 404.',
        },
        calendarLink: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description:
            'The signature of a calendar feed link (from `GET /v1/me`), revocable with `POST /v1/me/calendar-feed/revoke`',
        },
      },
    },
  };
}

const INFO_DESCRIPTION = `Placements and rotation schedules of the two-way exchange of healthcare staff between Guangdong and the Hong Kong Hospital Authority.

- **Errors** are RFC 9457 \`application/problem+json\` with a stable \`code\`; a broken exchange rule is a 409 \`RULE_VIOLATION\` whose \`violations\` list names every broken rule. Unknown fields are refused (400).
- **No lost updates:** single resources carry an \`ETag\`; PATCH, DELETE and state changes need it back as \`If-Match\` (428 without it, 412 when stale).
- **Safe retries:** POSTs accept an \`Idempotency-Key\`; a replay returns the first response and writes nothing.
- **Dry runs:** writes that take \`?dryRun=true\` answer 200 with the verdict and write nothing.
- **Lists** are paginated with an opaque \`cursor\` and a \`limit\` of at most 100.
- **Dates** are calendar dates in Asia/Hong_Kong (\`YYYY-MM-DD\`); timestamps are UTC date-times.`;

const HEADERS = {
  ETag: {
    description: 'The version of the resource; send it back as `If-Match` to change it',
    required: true,
    schema: { type: 'string', pattern: '^"\\d+"$' },
  },
  ETagUnlessDryRun: {
    description: 'The new version of the resource (absent on a dry run); send it back as `If-Match` to change it',
    schema: { type: 'string', pattern: '^"\\d+"$' },
  },
  Location: {
    description: 'Where the created resource lives (a path relative to the server URL)',
    required: true,
    schema: { type: 'string', format: 'uri-reference' },
  },
  IdempotentReplayed: {
    description: '`true` when this is the stored response of an earlier request with the same `Idempotency-Key`',
    schema: { type: 'string', enum: ['true'] },
  },
  RetryAfter: {
    description: 'Seconds to wait before retrying',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
};
