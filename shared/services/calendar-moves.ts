/**
 * States follow the calendar: every day the daily job (functions/lifecycle/handler.ts) makes ACCEPTED
 * placements ACTIVE on their start date, and marks rotations and placements COMPLETED the day
 * after they end. It finds them on the due index (one Query, whatever the table holds; see
 * shared/table.ts) and moves each in its own transaction, on a fresh read, so running it twice,
 * late, or alongside a coordinator changes nothing that is not due and never moves anything twice.
 */
import type { Principal } from '../auth/principal';
import { checkCompletion } from '../domain/rules';
import {
  placementMoveOn,
  placementTransition,
  rotationCompletesOn,
  PLACEMENT_ENDED_EARLY,
  PLACEMENT_UNDER_WAY,
} from '../domain/lifecycle';
import { keys } from '../table';
import { publicPlacement, publicRotation, readFacts, repository, write, type PlacementRecord } from '../repository';
import type { Rotation } from '../schemas';
import { logger } from '../logger';
import { auditRecord, nowIso, runWrite, type WriteContext } from './write';
import { keepingCheck } from './rotations';
import { finishCancellation } from './placements';

/** The job acts on its own: the audit names it, not a person. */
const DAILY_JOB: Principal = { sub: 'daily-lifecycle', roles: [] };
const context: WriteContext = { principal: DAILY_JOB, dryRun: false };

export interface CalendarMoves {
  date: string;
  activated: string[];
  completedPlacements: string[];
  completedRotations: string[];
  /** Placements that ended early whose rotations this run finished cancelling. */
  cancellationsFinished: string[];
  /** Due but left as they are (e.g. a rotation whose placement never got under way), or failed. */
  skipped: string[];
  failed: string[];
}

/** Start or end one placement if the calendar says so today (both, when it is already over). */
async function movePlacement(placementId: string, today: string): Promise<('activate' | 'complete')[]> {
  const done: ('activate' | 'complete')[] = [];
  for (let step = 0; step < 2; step++) {
    let moved: 'activate' | 'complete' | undefined;
    await runWrite(context, async () => {
      moved = undefined;
      const current = await repository.getPlacementRecord(placementId);
      const action = current && placementMoveOn(current, today);
      if (!current || !action) return { entity: undefined, version: 0, writes: [] };
      const move = placementTransition(current.status, action);
      if (!move.ok) return { entity: undefined, version: 0, writes: [] };
      if (action === 'complete' && checkCompletion(current, today).length > 0) {
        logger.warn('Placement due to complete still has rotations ahead', { placementId, today });
        return { entity: undefined, version: 0, writes: [] };
      }
      const at = nowIso();
      const next: PlacementRecord = { ...current, status: move.to, updatedAt: at, version: current.version + 1 };
      moved = action;
      return {
        entity: next,
        version: next.version,
        writes: [
          write.replacePlacement(next, current),
          write.audit(
            auditRecord(DAILY_JOB, at, {
              action: action === 'activate' ? 'placement.activated' : 'placement.completed',
              entityType: 'placement',
              entityId: placementId,
              placementId,
              before: publicPlacement(current),
              after: publicPlacement(next),
            }),
          ),
        ],
      };
    });
    if (!moved) break;
    done.push(moved);
  }
  return done;
}

/** Mark one rotation COMPLETED if its days are over and its placement is under way. */
async function completeRotation(rotationId: string, placementId: string, today: string): Promise<boolean> {
  let completed = false;
  await runWrite(context, async () => {
    completed = false;
    const { entities } = await readFacts({
      rotation: keys.rotation(rotationId),
      placement: keys.placement(placementId),
    });
    const { rotation: record, placement } = entities;
    if (!record || !placement || !rotationCompletesOn(record, placement.status, today))
      return { entity: undefined, version: 0, writes: [] };
    const current = publicRotation(record);
    const at = nowIso();
    const next: Rotation = { ...current, status: 'COMPLETED', updatedAt: at, version: current.version + 1 };
    completed = true;
    return {
      entity: next,
      version: next.version,
      writes: [
        // It keeps its days: a completed rotation still held them.
        write.replace('rotation', keepingCheck(next, record), current.version),
        write.placementIn(placementId, PLACEMENT_UNDER_WAY),
        write.audit(
          auditRecord(DAILY_JOB, at, {
            action: 'rotation.completed',
            entityType: 'rotation',
            entityId: rotationId,
            placementId,
            before: current,
            after: next,
          }),
        ),
      ],
    };
  });
  return completed;
}

const PARALLEL = 10;

async function inBatches<T>(all: T[], each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < all.length; i += PARALLEL) await Promise.all(all.slice(i, i + PARALLEL).map(each));
}

/**
 * Everything the calendar moves on `today`: placements first (so a rotation of a placement that
 * starts today is judged on its new state), then rotations. Idempotent: a second run finds
 * nothing due, and whatever another writer moved in between is read fresh and left alone.
 */
export async function followTheCalendar(today: string): Promise<CalendarMoves> {
  const summary: CalendarMoves = {
    date: today,
    activated: [],
    completedPlacements: [],
    completedRotations: [],
    cancellationsFinished: [],
    skipped: [],
    failed: [],
  };
  const failing = (id: string) => (error: unknown) => {
    summary.failed.push(id);
    logger.error('The daily job could not move this record', { id, error: error as Error });
  };
  const due = await repository.dueBy(today);
  await inBatches(due.placements, async ({ placementId, status }) => {
    if (PLACEMENT_ENDED_EARLY.includes(status)) {
      // A cancellation whose rotations were not all cancelled when it was made: finish it.
      const finished = await finishCancellation(DAILY_JOB, placementId).catch(failing(placementId));
      if (finished !== undefined) summary.cancellationsFinished.push(placementId);
      return;
    }
    const moves = await movePlacement(placementId, today).catch(failing(placementId));
    if (!moves) return;
    if (moves.includes('activate')) summary.activated.push(placementId);
    if (moves.includes('complete')) summary.completedPlacements.push(placementId);
    if (moves.length === 0) summary.skipped.push(placementId);
  });
  await inBatches(due.rotations, async ({ rotationId, placementId }) => {
    const completed = await completeRotation(rotationId, placementId, today).catch(failing(rotationId));
    if (completed === true) summary.completedRotations.push(rotationId);
    if (completed === false) summary.skipped.push(rotationId);
  });
  for (const list of Object.values(summary)) if (Array.isArray(list)) list.sort();
  return summary;
}
