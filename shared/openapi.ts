/**
 * The OpenAPI 3.1 document, generated from the route table and the zod contracts (served at
 * GET /openapi.json). JSON Schema 2020-12 is OpenAPI 3.1's schema dialect, which zod 4 emits.
 */
import * as z from 'zod/mini';
import { routes, type RouteDefinition } from './routes';
import { contractOf } from './contract';
import { Problem } from './schemas';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parameters(route: RouteDefinition): JsonSchema[] {
  const result: JsonSchema[] = [];
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
    result.push({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
    });
  }
  const contract = contractOf(route.operationId);
  if (contract.query) {
    const schema = toSchema(contract.query, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      result.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property });
    }
  }
  if (contract.requiresIfMatch)
    result.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  if (route.method === 'POST')
    result.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 128 } });
  return result;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function openApiDocument(serverUrl?: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const contract = contractOf(route.operationId);
    const success = String(contract.successStatus ?? 200);
    const responses: Record<string, JsonSchema> = {
      [success]: {
        description: 'Success',
        content: contract.contentType
          ? { [contract.contentType.split(';')[0]!]: { schema: { type: 'string' } } }
          : contract.response
            ? { 'application/json': { schema: toSchema(contract.response, 'output') } }
            : undefined,
      },
    };
    if (route.auth !== 'none') {
      responses['400'] = problem('Invalid input');
      responses['401'] = problem('No valid token');
      responses['403'] = problem('Role not allowed');
      responses['404'] = problem('Not found');
    }
    if (contract.body || contract.dryRun)
      responses['409'] = problem('A rule of the exchange is broken; `violations` names each');
    if (contract.requiresIfMatch) {
      responses['412'] = problem('Stale If-Match');
      responses['428'] = problem('If-Match missing');
    }
    const operation: JsonSchema = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.group],
      parameters: parameters(route),
      responses,
      security: route.auth === 'jwt' ? [{ cognito: route.roles }] : [],
    };
    if (contract.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(contract.body, 'input') } },
      };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Talent Exchange Coordinator API',
      version: '1.0.0',
      description:
        'Guangdong - Hong Kong Hospital Authority healthcare staff exchange: placements, rotations, confirmations.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : [],
    paths,
    components: {
      schemas: { Problem: toSchema(Problem, 'output') },
      securitySchemes: {
        cognito: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Cognito ID token; roles are Cognito groups',
        },
      },
    },
  };
}
