/**
 * Placements: nomination, changes of period, and the offer / accept / … lifecycle. A placement
 * that ends early (declined, withdrawn, cancelled) cancels its live rotations in the same
 * transaction, so no department keeps a slot for someone who is not coming.
 */
import type * as z from 'zod';
import { keys } from '../table';
import { AppError, notFound, ruleViolation, validation, type Violation } from '../errors';
import type { Principal } from '../auth/principal';
import { authorizePlacementRead, authorizePlacementTransition } from '../auth/policy';
import type {
  AuditAction,
  Institution,
  Placement,
  PlacementInput,
  PlacementPatch,
  PlacementTransition,
  Programme,
  Rotation,
  Staff,
} from '../schemas';
import { checkCompletion, checkPlacement } from '../domain/rules';
import { isLive, PLACEMENT_CLOSED, PLACEMENT_ENDED_EARLY, placementTransition } from '../domain/lifecycle';
import type { Period } from '../domain/dates';
import { today } from '../clock';
import {
  coverageOf,
  items,
  newId,
  publicPlacement,
  publicRotation,
  readFacts,
  releaseDays,
  repository,
  write,
  type PlacementRecord,
  type RotationRecord,
  type TransactItem,
} from '../repository';
import { pointerWrites } from '../repository/imports';
import { assertVersion, auditRecord, existing, nowIso, runWrite, refuseBrokenRules, type WriteContext } from './write';

export const loadPlacement = (id: string) => existing('Placement', id, repository.getPlacementRecord);

export async function getPlacement(principal: Principal, id: string): Promise<Placement> {
  const placement = publicPlacement(await loadPlacement(id));
  authorizePlacementRead(principal, placement);
  return placement;
}

/** Programme, person and host: what checkPlacement looks at (one read round; the person keeps their home region). */
async function placementFacts(programmeId: string, staffId: string, hostInstitutionId: string) {
  const { entities } = await readFacts({
    programme: keys.programme(programmeId),
    staff: keys.staff(staffId),
    host: keys.institution(hostInstitutionId),
  });
  const programme = entities.programme;
  if (!programme) throw notFound('Programme', programmeId);
  const staff = entities.staff;
  const host = entities.host;
  const missing = [
    ...(staff ? [] : [{ path: 'staffId', message: `staff ${staffId} does not exist` }]),
    ...(host ? [] : [{ path: 'hostInstitutionId', message: `institution ${hostInstitutionId} does not exist` }]),
  ];
  if (missing.length) throw validation(missing.map((m) => m.message).join('; '), missing);
  return { programme, staff: staff!, host: host!, homeRegion: staff!.homeRegion };
}

const summary = (violations: { code: string; message: string }[]) =>
  violations.map(({ code, message }) => ({ code, message }));

export async function createPlacement(ctx: WriteContext, programmeId: string, input: z.output<typeof PlacementInput>) {
  return runWrite(ctx, async () => {
    const facts = await placementFacts(programmeId, input.staffId, input.hostInstitutionId);
    const { placement, warnings, writes } = newPlacement(ctx.principal, programmeId, input, facts, nowIso());
    return { entity: placement, version: 1, created: true, warnings, writes };
  });
}

/**
 * A nomination checked against rules 1, 5 (permit) and 6 and the writes that store it with its
 * audit record: the single-item route and the spreadsheet import nominate the same way. Throws the
 * 409 naming every broken rule. `exclusive` makes the write fail if the person was nominated in
 * the programme meanwhile (the import then reports the row as already nominated).
 */
export function newPlacement(
  principal: Principal,
  programmeId: string,
  input: z.output<typeof PlacementInput>,
  facts: { programme: Programme; staff: Staff; host: Institution; homeRegion: Institution['region'] },
  at: string,
  options: { exclusive?: boolean } = {},
): { placement: Placement; warnings: Violation[]; writes: TransactItem[] } {
  const warnings = refuseBrokenRules(checkPlacement({ placement: input, ...facts }));
  const placement: PlacementRecord = {
    placementId: newId('plc'),
    programmeId,
    staffId: input.staffId,
    hostInstitutionId: input.hostInstitutionId,
    homeInstitutionId: facts.staff.homeInstitutionId,
    startDate: input.startDate,
    endDate: input.endDate,
    status: 'NOMINATED',
    ...(input.notes ? { notes: input.notes } : {}),
    ...(warnings.length ? { warnings: summary(warnings) } : {}),
    rotationSpans: {},
    scheduleVersion: 0,
    coverage: coverageOf(facts.staff, facts.host.region),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const audit = auditRecord(principal, at, {
    action: 'placement.nominated',
    entityType: 'placement',
    entityId: placement.placementId,
    placementId: placement.placementId,
    before: null,
    after: publicPlacement(placement),
  });
  return {
    placement: publicPlacement(placement),
    warnings,
    writes: [
      write.create('placement', placement),
      write.programmePlacement(programmeId, placement.placementId, placement, facts.programme.version),
      pointerWrites.nominee(programmeId, facts.staff.email, placement.placementId, options.exclusive ?? false),
      write.audit(audit),
    ],
  };
}

export async function updatePlacement(ctx: WriteContext, placementId: string, patch: z.output<typeof PlacementPatch>) {
  return runWrite(ctx, async () => {
    const current = await loadPlacement(placementId);
    authorizePlacementRead(ctx.principal, current);
    assertVersion(ctx, current, `Placement ${placementId}`);
    if (PLACEMENT_CLOSED.includes(current.status))
      throw new AppError(
        'INVALID_TRANSITION',
        `Placement ${placementId} is ${current.status} and can no longer change`,
      );
    const next: PlacementRecord = { ...current, ...patch, updatedAt: nowIso(), version: current.version + 1 };
    if (next.startDate > next.endDate)
      throw validation('endDate must not be before startDate', [{ path: 'endDate', message: 'before startDate' }]);
    let warnings = current.warnings ?? [];
    const guards: TransactItem[] = [];
    if (next.startDate !== current.startDate || next.endDate !== current.endDate) {
      const facts = await placementFacts(current.programmeId, current.staffId, current.hostInstitutionId);
      const rotations = Object.entries(current.rotationSpans).map(([rotationId, span]) => ({ rotationId, ...span }));
      warnings = summary(refuseBrokenRules(checkPlacement({ placement: next, ...facts, rotations })));
      // The window it was checked against must still hold when this commits, and the programme
      // keeps the new period (a change of the window is checked against it).
      guards.push(write.programmePlacement(current.programmeId, placementId, next, facts.programme.version));
    }
    if (warnings.length) next.warnings = warnings;
    else delete next.warnings;
    const audit = auditRecord(ctx.principal, next.updatedAt, {
      action: 'placement.updated',
      entityType: 'placement',
      entityId: placementId,
      placementId,
      before: publicPlacement(current),
      after: publicPlacement(next),
    });
    return {
      entity: publicPlacement(next),
      version: next.version,
      writes: [write.replacePlacement(next, current), ...guards, write.audit(audit)],
    };
  });
}

const AUDIT_ACTION: Record<z.output<typeof PlacementTransition>['action'], AuditAction> = {
  offer: 'placement.offered',
  accept: 'placement.accepted',
  decline: 'placement.declined',
  activate: 'placement.activated',
  complete: 'placement.completed',
  withdraw: 'placement.withdrawn',
  cancel: 'placement.cancelled',
};

export async function transitionPlacement(
  ctx: WriteContext,
  placementId: string,
  body: z.output<typeof PlacementTransition>,
  /** Acting within one programme (a bulk request names it): a placement of another is not found. */
  within?: { programmeId: string },
) {
  return runWrite(ctx, async () => {
    const current = await loadPlacement(placementId);
    const { onBehalfOf } = authorizePlacementTransition(ctx.principal, current, body.action);
    if (within && current.programmeId !== within.programmeId)
      throw new AppError('NOT_FOUND', `Placement ${placementId} is not in programme ${within.programmeId}`, {
        resource: 'Placement',
        id: placementId,
      });
    assertVersion(ctx, current, `Placement ${placementId}`);
    const move = placementTransition(current.status, body.action);
    if (!move.ok) {
      throw new AppError(
        'INVALID_TRANSITION',
        `A placement that is ${current.status} cannot be ${AUDIT_ACTION[body.action].split('.')[1]}; only one that is ${move.allowedFrom.join(' or ')}`,
        {
          currentStatus: current.status,
          action: body.action,
          allowedFrom: move.allowedFrom,
        },
      );
    }
    if (body.action === 'complete') refuseBrokenRules(checkCompletion(current, today()));
    const at = nowIso();
    const endsEarly = PLACEMENT_ENDED_EARLY.includes(move.to);
    const next: PlacementRecord = { ...current, status: move.to, updatedAt: at, version: current.version + 1 };
    const reason = body.reason;
    const writes: TransactItem[] = [];
    if (endsEarly) {
      // Its rotations are cancelled with it: as many as fit in this transaction, the rest after it.
      const step = await nextCancellationStep(ctx.principal, current, move.to, at, FIRST_STEP_BUDGET);
      next.rotationSpans = step.remainingSpans;
      next.scheduleVersion = current.scheduleVersion + 1;
      // No longer going ahead: a narrower window need not hold it.
      writes.push(write.programmePlacement(current.programmeId, placementId, null), ...step.writes);
    }
    writes.unshift(write.replacePlacement(next, current));
    const audit = auditRecord(ctx.principal, at, {
      action: AUDIT_ACTION[body.action],
      entityType: 'placement',
      entityId: placementId,
      placementId,
      before: publicPlacement(current),
      after: publicPlacement(next),
      onBehalfOf,
      ...(reason ? { reason } : {}),
    });
    writes.push(write.audit(audit));
    const unfinished = endsEarly && Object.keys(next.rotationSpans).length > 0;
    return {
      entity: publicPlacement(next),
      version: next.version,
      writes,
      afterCommit: unfinished ? async () => void (await finishCancellation(ctx.principal, placementId)) : undefined,
    };
  });
}

const REASON_CODE = {
  DECLINED: 'PLACEMENT_DECLINED',
  WITHDRAWN: 'PLACEMENT_WITHDRAWN',
  CANCELLED: 'PLACEMENT_CANCELLED',
} as const;

/** Transaction items a step of a cancellation may use (TransactWriteItems takes 100). */
const STEP_BUDGET = 95;
/** The first step shares its transaction with the placement, its audit, the programme and an idempotency record. */
const FIRST_STEP_BUDGET = STEP_BUDGET - 4;

interface CancellationStep {
  writes: TransactItem[];
  /** Spans of rotations still to cancel after this step. */
  remainingSpans: Record<string, Period>;
  /** Spans this step drops (rotations it cancels, and completed or missing ones it only forgets). */
  dropped: string[];
}

/**
 * The next step of cancelling a placement's rotations: as many live rotations as fit in
 * `budget` transaction items (each: the rotation, its audit record, and one update per month
 * item of the day books it releases, shared by rotations of the same month). Completed
 * rotations keep their days (they happened) and are only forgotten by the placement.
 */
async function nextCancellationStep(
  principal: Principal,
  placement: PlacementRecord,
  endedAs: PlacementRecord['status'],
  at: string,
  budget: number,
): Promise<CancellationStep> {
  const reasonCode = REASON_CODE[endedAs as keyof typeof REASON_CODE];
  const spans = Object.entries(placement.rotationSpans).sort(([, a], [, b]) => a.startDate.localeCompare(b.startDate));
  // Read a step's worth at a time: at most two items per rotation fit in a step.
  const candidates = spans.slice(0, Math.ceil(budget / 2)).map(([id]) => id);
  const { entities } = await readFacts(Object.fromEntries(candidates.map((id) => [id, keys.rotation(id)])));
  const dropped: string[] = [];
  let chosen: Rotation[] = [];
  let writes: TransactItem[] = [];
  for (const id of candidates) {
    const record = entities[id];
    if (!record || !isLive(record.status) || record.status === 'COMPLETED') {
      dropped.push(id);
      continue;
    }
    const candidate = [...chosen, publicRotation(record)];
    const candidateWrites = cancellationWrites(principal, placement, candidate, at, reasonCode);
    if (candidateWrites.length > budget) break;
    chosen = candidate;
    writes = candidateWrites;
    dropped.push(id);
  }
  const remainingSpans = Object.fromEntries(spans.filter(([id]) => !dropped.includes(id)));
  return { writes, remainingSpans, dropped };
}

/** Cancel some rotations of a placement that ended early, releasing their days in both day books. */
function cancellationWrites(
  principal: Principal,
  placement: PlacementRecord,
  live: Rotation[],
  at: string,
  reasonCode: (typeof REASON_CODE)[keyof typeof REASON_CODE],
): TransactItem[] {
  const writes: TransactItem[] = [];
  const byDepartment = new Map<string, Rotation[]>();
  for (const rotation of live) {
    const next: Rotation = { ...rotation, status: 'CANCELLED', updatedAt: at, version: rotation.version + 1 };
    byDepartment.set(rotation.departmentId, [...(byDepartment.get(rotation.departmentId) ?? []), rotation]);
    writes.push(
      write.replace('rotation', next, rotation.version),
      // Its reason code tells the notifier the placement's own email covers it: no email per rotation.
      write.audit(
        auditRecord(principal, at, {
          action: 'rotation.cancelled',
          entityType: 'rotation',
          entityId: rotation.rotationId,
          placementId: placement.placementId,
          before: rotation,
          after: next,
          reasonCode,
        }),
      ),
    );
  }
  const held = (rotations: Rotation[]) => rotations.map((r) => ({ rotationId: r.rotationId, period: r }));
  for (const [departmentId, rotations] of byDepartment)
    writes.push(...releaseDays('department', departmentId, held(rotations)));
  if (live.length) writes.push(...releaseDays('staff', placement.staffId, held(live)));
  return writes;
}

/**
 * Cancel what is left of a placement's rotations, one transaction per step, after the placement
 * itself ended early. Resumable and idempotent: each step re-reads the placement, asserts its
 * schedule is as read, and drops the spans it handled, so a step that fails or runs twice
 * cancels nothing twice; whatever is left when this stops, the daily job finishes.
 */
export async function finishCancellation(principal: Principal, placementId: string): Promise<number> {
  let cancelled = 0;
  for (let steps = 0; steps < 1000; steps++) {
    let done = true;
    await runWrite({ principal, dryRun: false }, async () => {
      done = true;
      const placement = await repository.getPlacementRecord(placementId);
      if (!placement || !PLACEMENT_ENDED_EARLY.includes(placement.status))
        return { entity: undefined, version: 0, writes: [] };
      if (Object.keys(placement.rotationSpans).length === 0) return { entity: undefined, version: 0, writes: [] };
      const step = await nextCancellationStep(principal, placement, placement.status, nowIso(), STEP_BUDGET - 1);
      done = Object.keys(step.remainingSpans).length === 0;
      cancelled += step.writes.filter((w) => w.Put?.Item?.type === 'ROTATION').length;
      return {
        entity: undefined,
        version: 0,
        writes: [
          ...step.writes,
          write.placementSpansDropped(placementId, step.dropped, {
            scheduleVersion: placement.scheduleVersion,
            statuses: PLACEMENT_ENDED_EARLY,
            last: done,
          }),
        ],
      };
    });
    if (done) return cancelled;
  }
  return cancelled;
}
