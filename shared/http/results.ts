/** Turning service outcomes into API results, the same way for every route. */
import { requirePrincipal, type ApiRequest, type ApiResult, type DryRunBody } from './api-handler';
import type { WriteContext, WriteOutcome } from '../services/write';

/** Who writes, whether it is a dry run, and the version the client read (If-Match). */
export const writeContext = (request: ApiRequest): WriteContext => ({
  principal: requirePrincipal(request),
  dryRun: request.dryRun,
  expectedVersion: request.expectedVersion,
  deferred: request.deferred,
});

/**
 * A write's response: the entity with its ETag (201 on create). A dry run answers 200 with the
 * verdict and what would have been stored, and writes nothing.
 */
export function written<T>(outcome: WriteOutcome<T>): ApiResult<T | DryRunBody<T>> {
  if (outcome.dryRun) {
    return { status: 200, body: { dryRun: true, valid: true, warnings: outcome.warnings, result: outcome.entity } };
  }
  return { status: outcome.created ? 201 : 200, body: outcome.entity, version: outcome.version };
}

/** A single resource read: the body and its ETag. */
export const resource = <T extends { version: number }>(entity: T): ApiResult<T> => ({
  body: entity,
  version: entity.version,
});
