/** Health and the OpenAPI document: the two routes that need no token. */
import { createApiHandler } from '../../shared/http/api-handler';
import { systemContracts } from '../../shared/contract';
import { openApiDocument } from '../../shared/openapi';
import { config } from '../../shared/config';

let document: Record<string, unknown> | undefined;

export const handler = createApiHandler('system', systemContracts, {
  getHealth: async () => ({
    body: { status: 'ok', time: new Date().toISOString() },
    headers: { 'cache-control': 'no-store' },
  }),
  getOpenApi: async () => ({
    body: (document ??= openApiDocument({ serverUrl: config().apiUrl })),
    headers: { 'cache-control': 'max-age=300' },
  }),
});
