/**
 * Acting on many placements at once: each item goes through the single-item transition (same
 * authorization, same rules, its own transaction, its own If-Match version), and each item's
 * result is reported; one refused item does not stop the others. Only placements of the
 * programme the request names are acted on; any other is reported as not found.
 */
import { AppError } from '../errors';
import { PROBLEM_STATUS } from '../http/problem';
import type { Placement, PlacementAction } from '../schemas';
import { transitionPlacement } from './placements';
import type { WriteContext } from './write';

export interface BulkItem {
  placementId: string;
  /** The version the caller read (its ETag): the per-item If-Match. */
  version: number;
}

export type BulkResult =
  | { placementId: string; ok: true; status: number; placement: Placement }
  | {
      placementId: string;
      ok: false;
      status: number;
      code: string;
      detail: string;
      violations?: unknown[];
      currentStatus?: string;
    };

/** Items run a few at a time: enough to finish 100 within a request's budget, gentle on the table. */
const PARALLEL = 4;

export async function bulkTransition(
  ctx: Omit<WriteContext, 'expectedVersion'>,
  programmeId: string,
  action: PlacementAction,
  items: BulkItem[],
  reason?: string,
): Promise<BulkResult[]> {
  const results: BulkResult[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (!item) continue;
      try {
        const outcome = await transitionPlacement(
          { ...ctx, expectedVersion: item.version },
          item.placementId,
          { action, ...(reason ? { reason } : {}) },
          { programmeId },
        );
        results[index] = { placementId: item.placementId, ok: true, status: 200, placement: outcome.entity };
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'INTERNAL') throw error;
        results[index] = {
          placementId: item.placementId,
          ok: false,
          status: PROBLEM_STATUS[error.code],
          code: error.code,
          detail: error.message,
          ...(error.extra.violations ? { violations: error.extra.violations } : {}),
          ...(typeof error.extra.currentStatus === 'string' ? { currentStatus: error.extra.currentStatus } : {}),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}
