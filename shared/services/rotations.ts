/**
 * Rotations: scheduling, rescheduling, cancelling, and the visitor's confirm / decline. Every
 * write is one transaction: the rotation, its days in the department's and the person's day
 * books (conditional: capacity and one-person-one-place hold even against a simultaneous
 * write), its span on the placement, and the audit record the notifier reads.
 */
import * as z from 'zod';
import { keys } from '../table';
import { AppError, notFound, ruleViolation, validation } from '../errors';
import type { Principal } from '../auth/principal';
import { authorizeRotationChange, authorizeRotationRead, authorizeRotationResponse } from '../auth/policy';
import type { Department, Institution, Rotation, RotationDecline, RotationInput, RotationPatch, Staff } from '../schemas';
import { checkRotation, type DayBook } from '../domain/rules';
import { isLive, PLACEMENT_CONFIRMABLE, rotationTransition, type RotationAction } from '../domain/lifecycle';
import { lengthInDays, type Period } from '../domain/dates';
import { MAX_ROTATION_DAYS } from '../table';
import { bookDays, items, newId, readFacts, releaseDays, repository, write, type PlacementRecord, type TransactItem } from '../repository';
import { assertVersion, auditRecord, existing, nowIso, runWrite, verdict, type WriteContext } from './write';
import { loadPlacement } from './placements';

const loadRotation = (id: string) => existing('Rotation', id, repository.getRotation);

export async function getRotation(principal: Principal, id: string): Promise<Rotation> {
  const rotation = await loadRotation(id);
  authorizeRotationRead(principal, rotation);
  return rotation;
}

interface Facts {
  placement: PlacementRecord;
  department: Department;
  staff: Staff;
  host: Institution;
  departmentDays: DayBook;
  staffDays: DayBook;
}

/**
 * Everything the rules need about a planned rotation in one consistent BatchGet. An impossibly
 * long period reads no day books: its verdict (ROTATION_TOO_LONG) does not depend on them.
 */
async function rotationFacts(placementKey: { placementId: string; staffId: string; hostInstitutionId: string }, departmentId: string, period: Period, known?: { placement?: PlacementRecord }): Promise<Facts> {
  const bounded = lengthInDays(period.startDate, period.endDate) <= MAX_ROTATION_DAYS;
  const { entities, books } = await readFacts(
    {
      placement: known?.placement ? undefined : keys.placement(placementKey.placementId),
      department: keys.department(departmentId),
      staff: keys.staff(placementKey.staffId),
      host: keys.institution(placementKey.hostInstitutionId),
    },
    bounded
      ? [
          { kind: 'department', ownerId: departmentId, period },
          { kind: 'staff', ownerId: placementKey.staffId, period },
        ]
      : [],
  );
  const placement = known?.placement ?? (entities.placement as PlacementRecord | undefined);
  if (!placement) throw notFound('Placement', placementKey.placementId);
  const department = entities.department as Department | undefined;
  if (!department) throw validation(`Department ${departmentId} does not exist`, [{ path: 'departmentId', message: 'no such department' }]);
  return {
    placement,
    department,
    staff: entities.staff as Staff,
    host: entities.host as Institution,
    departmentDays: books[0] ?? new Map(),
    staffDays: books[1] ?? new Map(),
  };
}

function check(facts: Facts, rotation: Period & { rotationId: string; departmentId: string; activity: Rotation['activity'] }) {
  return verdict(
    checkRotation({
      rotation,
      placement: facts.placement,
      department: facts.department,
      staff: facts.staff,
      hostRegion: facts.host.region,
      departmentDays: facts.departmentDays,
      staffDays: facts.staffDays,
    }),
  );
}

const PAST: Record<RotationAction, string> = { confirm: 'confirmed', decline: 'declined', cancel: 'cancelled', reschedule: 'rescheduled', edit: 'changed' };

const transitionOrThrow = (rotation: Rotation, action: RotationAction) => {
  const move = rotationTransition(rotation.status, action);
  if (!move.ok) {
    throw new AppError('INVALID_TRANSITION', `A rotation that is ${rotation.status} cannot be ${PAST[action]}; only one that is ${move.allowedFrom.join(' or ')}`, {
      currentStatus: rotation.status,
      action,
      allowedFrom: move.allowedFrom,
    });
  }
  return move.to;
};

export async function createRotation(ctx: WriteContext, placementId: string, input: z.output<typeof RotationInput>) {
  return runWrite(ctx, async () => {
    const placement = await loadPlacement(placementId);
    authorizeRotationChange(ctx.principal, placement);
    const rotationId = newId('rot');
    const facts = await rotationFacts(placement, input.departmentId, input, { placement });
    const warnings = check(facts, { rotationId, ...input });
    const at = nowIso();
    const rotation: Rotation = {
      rotationId,
      placementId,
      programmeId: placement.programmeId,
      staffId: placement.staffId,
      hostInstitutionId: placement.hostInstitutionId,
      homeInstitutionId: placement.homeInstitutionId,
      departmentId: input.departmentId,
      startDate: input.startDate,
      endDate: input.endDate,
      activity: input.activity,
      ...(input.supervisor ? { supervisor: input.supervisor } : {}),
      status: 'SCHEDULED',
      sequence: 0,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const audit = auditRecord(ctx.principal, at, { action: 'rotation.scheduled', entityType: 'rotation', entityId: rotationId, placementId, before: null, after: rotation });
    return {
      entity: rotation,
      version: 1,
      created: true,
      warnings,
      writes: [
        write.create(items.rotation(rotation)),
        write.placementSchedule(placementId, rotationId, rotation, placement.version),
        ...write.countBooking(input.departmentId, facts.department.version),
        ...bookDays('department', input.departmentId, { rotationId, to: rotation }, facts.department.capacity),
        ...bookDays('staff', placement.staffId, { rotationId, to: rotation }, 1),
        write.audit(keys.placement(placementId).PK, audit),
      ],
    };
  });
}

/**
 * Change a rotation. A change of dates or department is a reschedule: the visitor must
 * confirm again (back to SCHEDULED) and calendars see a new SEQUENCE.
 */
export async function updateRotation(ctx: WriteContext, rotationId: string, patch: z.output<typeof RotationPatch>) {
  return runWrite(ctx, async () => {
    const current = await loadRotation(rotationId);
    authorizeRotationChange(ctx.principal, current);
    assertVersion(ctx, current, `Rotation ${rotationId}`);
    const planned = { ...current, ...patch };
    if (planned.startDate > planned.endDate) throw validation('endDate must not be before startDate', [{ path: 'endDate', message: 'before startDate' }]);
    const rescheduled = planned.startDate !== current.startDate || planned.endDate !== current.endDate || planned.departmentId !== current.departmentId;
    const status = transitionOrThrow(current, rescheduled ? 'reschedule' : 'edit');
    const at = nowIso();
    const next: Rotation = {
      ...planned,
      status,
      sequence: rescheduled ? current.sequence + 1 : current.sequence,
      updatedAt: at,
      version: current.version + 1,
    };
    if (rescheduled) delete next.declineReason;
    const audit = write.audit(
      keys.placement(current.placementId).PK,
      auditRecord(ctx.principal, at, { action: 'rotation.updated', entityType: 'rotation', entityId: rotationId, placementId: current.placementId, before: current, after: next }),
    );
    // A declined rotation whose details change holds no days and breaks no rule until it is rescheduled.
    if (!isLive(status)) return { entity: next, version: next.version, writes: [write.replace(items.rotation(next), current.version), audit] };

    const facts = await rotationFacts(current, planned.departmentId, planned);
    const warnings = check(facts, planned);
    const held = isLive(current.status) ? current : undefined;
    const movesDepartment = held !== undefined && held.departmentId !== next.departmentId;
    return {
      entity: next,
      version: next.version,
      warnings,
      writes: [
        write.replace(items.rotation(next), current.version),
        write.placementSchedule(current.placementId, rotationId, next, facts.placement.version),
        ...write.countBooking(next.departmentId, facts.department.version),
        ...(movesDepartment ? releaseDays('department', held.departmentId, [{ rotationId, period: held }]) : []),
        ...bookDays('department', next.departmentId, { rotationId, from: movesDepartment ? undefined : held, to: next }, facts.department.capacity),
        ...bookDays('staff', current.staffId, { rotationId, from: held, to: next }, 1),
        audit,
      ],
    };
  });
}

/** Cancel, decline: the rotation stops holding its days. */
function release(rotation: Rotation): TransactItem[] {
  if (!isLive(rotation.status)) return [];
  const held = [{ rotationId: rotation.rotationId, period: rotation }];
  return [...releaseDays('department', rotation.departmentId, held), ...releaseDays('staff', rotation.staffId, held), write.placementSchedule(rotation.placementId, rotation.rotationId, null)];
}

export async function cancelRotation(ctx: WriteContext, rotationId: string) {
  return runWrite(ctx, async () => {
    const current = await loadRotation(rotationId);
    authorizeRotationChange(ctx.principal, current);
    assertVersion(ctx, current, `Rotation ${rotationId}`);
    const at = nowIso();
    const next: Rotation = { ...current, status: transitionOrThrow(current, 'cancel'), updatedAt: at, version: current.version + 1 };
    const audit = auditRecord(ctx.principal, at, { action: 'rotation.cancelled', entityType: 'rotation', entityId: rotationId, placementId: current.placementId, before: current, after: next });
    return {
      entity: next,
      version: next.version,
      writes: [write.replace(items.rotation(next), current.version), ...release(current), write.audit(keys.placement(current.placementId).PK, audit)],
    };
  });
}

/**
 * Confirm: one read (the rotation). That the placement is accepted is a condition of the
 * transaction; only when it fails is the placement read, to say why.
 */
export async function confirmRotation(ctx: WriteContext, rotationId: string) {
  return runWrite(ctx, async (attempt) => {
    const current = await loadRotation(rotationId);
    const { onBehalfOf } = authorizeRotationResponse(ctx.principal, current);
    assertVersion(ctx, current, `Rotation ${rotationId}`);
    const status = transitionOrThrow(current, 'confirm');
    if (attempt > 1) {
      const placement = await loadPlacement(current.placementId);
      if (!PLACEMENT_CONFIRMABLE.includes(placement.status)) {
        throw ruleViolation([
          {
            code: 'PLACEMENT_NOT_ACCEPTED',
            message: `Rotations are confirmed once the placement is accepted; placement ${placement.placementId} is ${placement.status}`,
            details: { placementId: placement.placementId, status: placement.status },
          },
        ]);
      }
    }
    const at = nowIso();
    const next: Rotation = { ...current, status, updatedAt: at, version: current.version + 1 };
    const audit = auditRecord(ctx.principal, at, { action: 'rotation.confirmed', entityType: 'rotation', entityId: rotationId, placementId: current.placementId, before: current, after: next, onBehalfOf });
    return {
      entity: next,
      version: next.version,
      writes: [write.replace(items.rotation(next), current.version), write.placementIn(current.placementId, PLACEMENT_CONFIRMABLE), write.audit(keys.placement(current.placementId).PK, audit)],
    };
  });
}

export async function declineRotation(ctx: WriteContext, rotationId: string, body: z.output<typeof RotationDecline>) {
  return runWrite(ctx, async () => {
    const current = await loadRotation(rotationId);
    const { onBehalfOf } = authorizeRotationResponse(ctx.principal, current);
    assertVersion(ctx, current, `Rotation ${rotationId}`);
    const at = nowIso();
    const next: Rotation = { ...current, status: transitionOrThrow(current, 'decline'), declineReason: body.reason, updatedAt: at, version: current.version + 1 };
    const audit = auditRecord(ctx.principal, at, {
      action: 'rotation.declined',
      entityType: 'rotation',
      entityId: rotationId,
      placementId: current.placementId,
      before: current,
      after: next,
      onBehalfOf,
      reason: body.reason,
    });
    return {
      entity: next,
      version: next.version,
      writes: [write.replace(items.rotation(next), current.version), ...release(current), write.audit(keys.placement(current.placementId).PK, audit)],
    };
  });
}
