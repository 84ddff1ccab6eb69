/**
 * A typed client of the API for the console and other TypeScript callers: openapi-fetch over the
 * types `npm run client` generates from the OpenAPI document (shared/api-types.generated.ts).
 * Paths, path parameters, query, bodies, If-Match / Idempotency-Key headers and every documented
 * response (problem+json included) are typed from the document.
 *
 *   const api = createApiClient({ baseUrl, token: () => auth.idToken });
 *   const { data, error, response } = await api.GET('/v1/rotations/{rotationId}', {
 *     params: { path: { rotationId } },
 *   });
 *   // data: components['schemas']['Rotation']; response.headers.get('etag') for If-Match
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-types.generated';

export type { components, operations, paths } from './api-types.generated';
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** The API's base URL: the document's `servers[0].url`, or where `npm start` serves it. */
  baseUrl: string;
  /** The ID token to send as the bearer token; called for every request, so it may be refreshed. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** A fetch to use instead of the global one (tests, instrumentation). */
  fetch?: typeof globalThis.fetch;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const { token } = options;
  if (token) {
    client.use({
      async onRequest({ request }) {
        const value = await token();
        if (value) request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    });
  }
  return client;
}
