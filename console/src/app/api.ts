/**
 * The API client: shared/api-client.ts (openapi-fetch over the types `npm run client` generates
 * from the OpenAPI document), so a call that does not match the contract does not compile. Every
 * request carries the signed-in user's ID token; every failure becomes an ApiError with the
 * problem's code (see errors.ts).
 */
import {
  type ApiClient,
  type components,
  createApiClient,
  type operations,
  type paths,
} from '../../../shared/api-client';
import { ApiError, type Problem } from './errors';

export type { components, operations, paths };
export type Schemas = components['schemas'];

type Success<R> = R extends { 200: infer S } ? S : R extends { 201: infer S } ? S : never;
/** The JSON body an operation answers with on success (by operationId), e.g. ResponseOf<'getMe'>. */
export type ResponseOf<Op extends keyof operations> =
  Success<operations[Op]['responses']> extends { content: { 'application/json': infer T } } ? T : never;

export type Api = ApiClient;

export function createApi(baseUrl: string, idToken: () => string | undefined): Api {
  return createApiClient({ baseUrl, token: idToken });
}

/** The If-Match value for a resource read at this version (the API's ETag is the quoted version). */
export const ifMatch = (version: number) => `"${version}"`;

/** A new Idempotency-Key for a POST, so a retried tap does not act twice. */
export const idempotencyKey = () => crypto.randomUUID();

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call, or an ApiError carrying the problem (network failure: status 0). */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, { status: 0, code: 'NETWORK' });
  }
  if (result.response.ok && result.error === undefined) return result.data as T;
  const body = (typeof result.error === 'object' && result.error ? result.error : {}) as Partial<Problem>;
  throw new ApiError(result.response.status, { ...body, status: result.response.status });
}
