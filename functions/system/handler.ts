/** Liveness, readiness and the OpenAPI document: the routes that need no token. */
import { createApiHandler } from '../../shared/http/api-handler';
import { systemContracts } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import { openApiDocument } from '../../shared/openapi';
import { config } from '../../shared/config';
import { nowIso } from '../../shared/clock';
import { probeTable } from '../../shared/repository/health';
import { READINESS_FAILED_MESSAGE } from '../../shared/readiness';

/** A readiness probe answers fast or not at all: longer than this is "not ready". */
export const READINESS_BUDGET_MS = 2500;

/** Resolves when the table answered within the budget; rejects (unavailable) otherwise. */
async function tableAnswers(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within the readiness budget')), READINESS_BUDGET_MS);
  });
  try {
    await Promise.race([probeTable(), late]);
  } finally {
    clearTimeout(timer);
  }
}

let document: Record<string, unknown> | undefined;

export const handler = createApiHandler('system', systemContracts, {
  getHealth: async () => ({
    body: { status: 'ok' as const, time: nowIso() },
    headers: { 'cache-control': 'no-store' },
  }),
  getReadiness: async () => {
    try {
      await tableAnswers();
    } catch (error) {
      // The alarm on readiness counts this line (infra/constructs/observability.ts).
      logger.error(READINESS_FAILED_MESSAGE, { check: 'table', error: (error as Error).message });
      throw new AppError('SERVICE_UNAVAILABLE', 'The table does not answer; the API cannot serve requests now.');
    }
    return {
      body: { status: 'ready' as const, time: nowIso(), checks: { table: 'ok' as const } },
      headers: { 'cache-control': 'no-store' },
    };
  },
  getOpenApi: async () => ({
    body: (document ??= openApiDocument({ serverUrl: config().apiUrl })),
    headers: { 'cache-control': 'max-age=300' },
  }),
});
