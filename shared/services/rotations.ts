/**
 * Rotations: scheduling, rescheduling, cancelling, and the visitor's confirm / decline. Every
 * write is one transaction: the rotation, its days in the department's and the person's day
 * books (conditional: capacity and one-person-one-place hold even against a simultaneous
 * write), its span on the placement, and the audit record the notifier reads.
 */
import type * as z from 'zod';
import { keys } from '../table';
import { AppError, notFound, ruleViolation, validation, type Violation } from '../errors';
import type { Principal } from '../auth/principal';
import {
  authorizeRotationChange,
  authorizeRotationRead,
  authorizeRotationResponse,
  seesOnlyAsVisitor,
  visitorHearsOf,
} from '../auth/policy';
import {
  PLACEMENT_STATUSES,
  type Department,
  type Institution,
  type Rotation,
  type RotationDecline,
  type RotationInput,
  type RotationPatch,
  type Staff,
} from '../schemas';
import { blocking, checkConfirmable, checkRotation, warnings, type DayBook, type RotationFacts } from '../domain/rules';
import {
  isLive,
  PLACEMENT_CONFIRMABLE,
  PLACEMENT_SCHEDULABLE,
  rotationTransition,
  type RotationAction,
} from '../domain/lifecycle';
import { lengthInDays, type Period } from '../domain/dates';
import { MAX_ROTATION_DAYS } from '../table';
import {
  bookDays,
  coverageOf,
  items,
  newId,
  publicRotation,
  readFacts,
  releaseDays,
  repository,
  write,
  type Coverage,
  type DepartmentAsChecked,
  type PlacementRecord,
  type RotationRecord,
  type TransactItem,
} from '../repository';
import { assertVersion, auditRecord, existing, nowIso, runWrite, refuseBrokenRules, type WriteContext } from './write';
import { loadPlacement } from './placements';

/** A rotation as stored (`record`) and as the API and the audit trail show it (`current`). */
async function loadRotation(id: string) {
  const record = await existing('Rotation', id, repository.getRotationRecord);
  return { record, current: publicRotation(record) };
}

/** A changed rotation that keeps what its last booking was checked against (a change that books nothing). */
export const keepingCheck = (next: Rotation, record: RotationRecord): RotationRecord =>
  record.checkedWith ? { ...next, checkedWith: record.checkedWith } : next;

/** A visitor reads a rotation once its placement is offered: for them alone, the placement is read too. */
export async function getRotation(principal: Principal, id: string): Promise<Rotation> {
  const { current: rotation } = await loadRotation(id);
  const placement = seesOnlyAsVisitor(principal, rotation) ? await loadPlacement(rotation.placementId) : undefined;
  authorizeRotationRead(principal, rotation, placement);
  return rotation;
}

/** The placement states a visitor hears of: the condition under which a visitor's own answer is written. */
const HEARD_OF_BY_VISITOR = PLACEMENT_STATUSES.filter(visitorHearsOf);

/** An impossibly long period reads no day books: its verdict (ROTATION_TOO_LONG) does not depend on them. */
export const bounded = (period: Period) => lengthInDays(period.startDate, period.endDate) <= MAX_ROTATION_DAYS;

export const departmentAsChecked = ({
  departmentId,
  institutionId,
  capacity,
  version,
}: DepartmentAsChecked): DepartmentAsChecked => ({ departmentId, institutionId, capacity, version });

/** What is known of a planned rotation when it is judged: what this attempt read, and copies kept from earlier checks. */
interface Known {
  rotation: RotationFacts['rotation'];
  placementId: string;
  staffId: string;
  hostInstitutionId: string;
  /** Read in this attempt. */
  fresh: { placement?: PlacementRecord; department?: DepartmentAsChecked; departmentDays?: DayBook };
  /** Kept on the placement or the rotation by an earlier write; asserted by version when relied on. */
  copies: { department?: DepartmentAsChecked; coverage?: Coverage };
}

interface Judged {
  warnings: Violation[];
  department: DepartmentAsChecked;
  coverage: Coverage;
  /** The coverage was read from the staff record in this attempt (and is copied onto the placement). */
  coverageRead: boolean;
}

/**
 * The verdict on a planned rotation, in as few read rounds as it can be given safely.
 *
 * A first attempt judges with what its one read round gave (the placement or the rotation, the
 * department) and the copies of the department and the visitor's coverage, and leaves the rest to
 * the transaction: its conditions hold the placement's state and period (PLACEMENT_NOT_SCHEDULABLE,
 * OUTSIDE_PLACEMENT_PERIOD), both day books (ROTATION_OVERLAP, CAPACITY_EXCEEDED) and the versions
 * the copies were taken at. When those conditions fail, the
 * write is planned again (runWrite) and the retry reads everything. A dry run, a first verdict
 * that already refuses, or missing copies read everything at once, so a 409 names every broken rule.
 */
async function judge(known: Known, quick: boolean): Promise<Judged> {
  const department =
    known.fresh.department ??
    (known.copies.department?.departmentId === known.rotation.departmentId ? known.copies.department : undefined);
  const coverage = known.copies.coverage;
  if (quick && department && coverage) {
    const violations = checkRotation({
      rotation: known.rotation,
      placement: known.fresh.placement,
      hostInstitutionId: known.hostInstitutionId,
      department,
      staff: { staffId: known.staffId, credentials: coverage.credentials },
      hostRegion: coverage.hostRegion,
      departmentDays: known.fresh.departmentDays,
      staffDays: undefined,
    });
    if (blocking(violations).length === 0)
      return { warnings: warnings(violations), department, coverage, coverageRead: false };
  }
  return judgeWithEverything(known);
}

/** Read what this attempt has not (one BatchGet) and judge on consistent reads only. */
async function judgeWithEverything(known: Known): Promise<Judged> {
  const { rotation, fresh } = known;
  const readDays = bounded(rotation);
  const { entities, books } = await readFacts(
    {
      placement: fresh.placement ? undefined : keys.placement(known.placementId),
      department: fresh.department ? undefined : keys.department(rotation.departmentId),
      staff: keys.staff(known.staffId),
      // The host's region never changes: a copy of it is as good as a read.
      host: known.copies.coverage ? undefined : keys.institution(known.hostInstitutionId),
    },
    readDays
      ? [
          ...(fresh.departmentDays
            ? []
            : [{ kind: 'department' as const, ownerId: rotation.departmentId, period: rotation }]),
          { kind: 'staff' as const, ownerId: known.staffId, period: rotation },
        ]
      : [],
  );
  const placement = fresh.placement ?? entities.placement;
  if (!placement) throw notFound('Placement', known.placementId);
  const department = fresh.department ?? entities.department;
  if (!department)
    throw validation(`Department ${rotation.departmentId} does not exist`, [
      { path: 'departmentId', message: 'no such department' },
    ]);
  const staff = entities.staff;
  const hostRegion = known.copies.coverage?.hostRegion ?? entities.host?.region;
  if (!staff || !hostRegion)
    throw new AppError(
      'INTERNAL',
      `The visitor ${known.staffId} or host ${known.hostInstitutionId} of placement ${known.placementId} is missing`,
    );
  const departmentDays = fresh.departmentDays ?? (readDays ? books[0] : undefined);
  const staffDays = readDays ? books[fresh.departmentDays ? 0 : 1] : undefined;
  const warnings = refuseBrokenRules(
    checkRotation({
      rotation,
      placement,
      hostInstitutionId: known.hostInstitutionId,
      department,
      staff,
      hostRegion,
      departmentDays: departmentDays ?? new Map(),
      staffDays: staffDays ?? new Map(),
    }),
  );
  return {
    warnings,
    department: departmentAsChecked(department),
    coverage: coverageOf(staff, hostRegion),
    coverageRead: true,
  };
}

/**
 * The writes that book a rotation's days (moving them from `held`, the days it held before) and
 * assert everything its verdict relied on but did not read.
 */
function bookingWrites(next: Rotation, judged: Judged, held: Rotation | undefined): TransactItem[] {
  const { rotationId } = next;
  const movesDepartment = held !== undefined && held.departmentId !== next.departmentId;
  return [
    write.placementSchedule(next.placementId, rotationId, next, {
      schedulable: PLACEMENT_SCHEDULABLE,
      coverage: judged.coverageRead ? judged.coverage : undefined,
    }),
    ...write.countBooking(next.departmentId, judged.department.version),
    // CREDENTIAL_NOT_VALID was judged on credentials as of this version of the staff record.
    ...(next.activity === 'CLINICAL' ? [write.unchanged('staff', next.staffId, judged.coverage.staffVersion)] : []),
    ...(movesDepartment ? releaseDays('department', held.departmentId, [{ rotationId, period: held }]) : []),
    ...bookDays(
      'department',
      next.departmentId,
      { rotationId, from: movesDepartment ? undefined : held, to: next },
      judged.department.capacity,
    ),
    ...bookDays('staff', next.staffId, { rotationId, from: held, to: next }, 1),
  ];
}

export const withCheck = (rotation: Rotation, judged: Pick<Judged, 'department' | 'coverage'>): RotationRecord => ({
  ...rotation,
  checkedWith: { department: judged.department, coverage: judged.coverage },
});

const PAST: Record<RotationAction, string> = {
  confirm: 'confirmed',
  decline: 'declined',
  cancel: 'cancelled',
  reschedule: 'rescheduled',
  edit: 'changed',
  complete: 'completed',
};

const transitionOrThrow = (rotation: Rotation, action: RotationAction) => {
  const move = rotationTransition(rotation.status, action);
  if (!move.ok) {
    throw new AppError(
      'INVALID_TRANSITION',
      `A rotation that is ${rotation.status} cannot be ${PAST[action]}; only one that is ${move.allowedFrom.join(' or ')}`,
      {
        currentStatus: rotation.status,
        action,
        allowedFrom: move.allowedFrom,
      },
    );
  }
  return move.to;
};

/** Schedule a rotation: one read round (placement, department, its days), then one transaction. */
export async function createRotation(ctx: WriteContext, placementId: string, input: z.output<typeof RotationInput>) {
  return runWrite(ctx, async (attempt) => {
    const { entities, books } = await readFacts(
      { placement: keys.placement(placementId), department: keys.department(input.departmentId) },
      bounded(input) ? [{ kind: 'department', ownerId: input.departmentId, period: input }] : [],
    );
    const placement = entities.placement;
    if (!placement) throw notFound('Placement', placementId);
    authorizeRotationChange(ctx.principal, placement);
    const department = entities.department;
    if (!department)
      throw validation(`Department ${input.departmentId} does not exist`, [
        { path: 'departmentId', message: 'no such department' },
      ]);
    const rotationId = newId('rot');
    const judged = await judge(
      {
        rotation: { rotationId, ...input },
        placementId,
        staffId: placement.staffId,
        hostInstitutionId: placement.hostInstitutionId,
        fresh: { placement, department: departmentAsChecked(department), departmentDays: books[0] },
        copies: { coverage: placement.coverage },
      },
      attempt === 1 && !ctx.dryRun,
    );
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
    const audit = auditRecord(ctx.principal, at, {
      action: 'rotation.scheduled',
      entityType: 'rotation',
      entityId: rotationId,
      placementId,
      before: null,
      after: rotation,
    });
    return {
      entity: rotation,
      version: 1,
      created: true,
      warnings: judged.warnings,
      writes: [
        write.create('rotation', withCheck(rotation, judged)),
        ...bookingWrites(rotation, judged, undefined),
        write.audit(audit),
      ],
    };
  });
}

/**
 * Change a rotation. A change of dates or department is a reschedule: the visitor must
 * confirm again (back to SCHEDULED) and calendars see a new SEQUENCE. One read round: the
 * rotation (with the department it moves to, if the change names one), then one transaction.
 */
export async function updateRotation(ctx: WriteContext, rotationId: string, patch: z.output<typeof RotationPatch>) {
  return runWrite(ctx, async (attempt) => {
    const { entities } = await readFacts({
      rotation: keys.rotation(rotationId),
      department: patch.departmentId ? keys.department(patch.departmentId) : undefined,
    });
    const record = entities.rotation;
    if (!record) throw notFound('Rotation', rotationId);
    const current = publicRotation(record);
    authorizeRotationChange(ctx.principal, current);
    assertVersion(ctx, current, `Rotation ${rotationId}`);
    const planned = { ...current, ...patch };
    if (planned.startDate > planned.endDate)
      throw validation('endDate must not be before startDate', [{ path: 'endDate', message: 'before startDate' }]);
    const rescheduled =
      planned.startDate !== current.startDate ||
      planned.endDate !== current.endDate ||
      planned.departmentId !== current.departmentId;
    const status = transitionOrThrow(current, rescheduled ? 'reschedule' : 'edit');
    const at = nowIso();
    const next: Rotation = {
      ...planned,
      status,
      sequence: rescheduled ? current.sequence + 1 : current.sequence,
      updatedAt: at,
      version: current.version + 1,
    };
    if (rescheduled) {
      delete next.declineReason;
      next.previous = { departmentId: current.departmentId, startDate: current.startDate, endDate: current.endDate };
    }
    const audit = write.audit(
      auditRecord(ctx.principal, at, {
        action: 'rotation.updated',
        entityType: 'rotation',
        entityId: rotationId,
        placementId: current.placementId,
        before: current,
        after: next,
      }),
    );
    // A declined rotation whose details change holds no days and breaks no rule until it is rescheduled.
    if (!isLive(status))
      return {
        entity: next,
        version: next.version,
        writes: [write.replace('rotation', keepingCheck(next, record), current.version), audit],
      };

    const department = entities.department;
    if (patch.departmentId && !department)
      throw validation(`Department ${patch.departmentId} does not exist`, [
        { path: 'departmentId', message: 'no such department' },
      ]);
    const judged = await judge(
      {
        rotation: next,
        placementId: current.placementId,
        staffId: current.staffId,
        hostInstitutionId: current.hostInstitutionId,
        fresh: { department: department && departmentAsChecked(department) },
        copies: record.checkedWith ?? {},
      },
      attempt === 1 && !ctx.dryRun,
    );
    return {
      entity: next,
      version: next.version,
      warnings: judged.warnings,
      writes: [
        write.replace('rotation', withCheck(next, judged), current.version),
        ...bookingWrites(next, judged, isLive(current.status) ? current : undefined),
        audit,
      ],
    };
  });
}

/** Cancel, decline: free a rotation's days; with `whileIn`, only while its placement is in one of those states. */
function release(rotation: Rotation, whileIn?: readonly string[]): TransactItem[] {
  if (!isLive(rotation.status)) return [];
  const held = [{ rotationId: rotation.rotationId, period: rotation }];
  return [
    ...releaseDays('department', rotation.departmentId, held),
    ...releaseDays('staff', rotation.staffId, held),
    write.placementSpanReleased(rotation.placementId, rotation.rotationId, whileIn),
  ];
}

export async function cancelRotation(ctx: WriteContext, rotationId: string) {
  return runWrite(ctx, async () => {
    const { record, current } = await loadRotation(rotationId);
    authorizeRotationChange(ctx.principal, current);
    assertVersion(ctx, current, `Rotation ${rotationId}`);
    const at = nowIso();
    const next: Rotation = {
      ...current,
      status: transitionOrThrow(current, 'cancel'),
      updatedAt: at,
      version: current.version + 1,
    };
    const audit = auditRecord(ctx.principal, at, {
      action: 'rotation.cancelled',
      entityType: 'rotation',
      entityId: rotationId,
      placementId: current.placementId,
      before: current,
      after: next,
    });
    return {
      entity: next,
      version: next.version,
      writes: [
        write.replace('rotation', keepingCheck(next, record), current.version),
        ...release(current),
        write.audit(audit),
      ],
    };
  });
}

/**
 * A visitor's answer refused (a stale version, a state that takes no answer) must not tell of a
 * rotation whose placement they have not heard of: its placement is read then, to hide it (404).
 */
async function hidingFromVisitor<T>(principal: Principal, rotation: Rotation, checks: () => T): Promise<T> {
  try {
    return checks();
  } catch (error) {
    if (seesOnlyAsVisitor(principal, rotation))
      authorizeRotationRead(principal, rotation, await loadPlacement(rotation.placementId));
    throw error;
  }
}

/**
 * Confirm: one read (the rotation). That the placement is accepted is a condition of the
 * transaction; only when it fails is the placement read, to say why.
 */
export async function confirmRotation(ctx: WriteContext, rotationId: string) {
  return runWrite(ctx, async (attempt) => {
    const { record, current } = await loadRotation(rotationId);
    const { onBehalfOf } = authorizeRotationResponse(ctx.principal, current);
    const placement = attempt > 1 ? await loadPlacement(current.placementId) : undefined;
    if (placement) authorizeRotationRead(ctx.principal, current, placement);
    const status = await hidingFromVisitor(ctx.principal, current, () => {
      assertVersion(ctx, current, `Rotation ${rotationId}`);
      return transitionOrThrow(current, 'confirm');
    });
    if (placement) refuseBrokenRules(checkConfirmable(placement));
    const at = nowIso();
    const next: Rotation = { ...current, status, updatedAt: at, version: current.version + 1 };
    const audit = auditRecord(ctx.principal, at, {
      action: 'rotation.confirmed',
      entityType: 'rotation',
      entityId: rotationId,
      placementId: current.placementId,
      before: current,
      after: next,
      onBehalfOf,
    });
    return {
      entity: next,
      version: next.version,
      writes: [
        write.replace('rotation', keepingCheck(next, record), current.version),
        write.placementIn(current.placementId, PLACEMENT_CONFIRMABLE),
        write.audit(audit),
      ],
    };
  });
}

/**
 * Decline: one read (the rotation). When the visitor answers for themselves, that they have heard
 * of the placement is a condition of the transaction, read only when it fails.
 */
export async function declineRotation(ctx: WriteContext, rotationId: string, body: z.output<typeof RotationDecline>) {
  return runWrite(ctx, async (attempt) => {
    const { record, current } = await loadRotation(rotationId);
    const { onBehalfOf } = authorizeRotationResponse(ctx.principal, current);
    const asVisitor = seesOnlyAsVisitor(ctx.principal, current);
    if (asVisitor && attempt > 1)
      authorizeRotationRead(ctx.principal, current, await loadPlacement(current.placementId));
    const status = await hidingFromVisitor(ctx.principal, current, () => {
      assertVersion(ctx, current, `Rotation ${rotationId}`);
      return transitionOrThrow(current, 'decline');
    });
    const at = nowIso();
    const next: Rotation = {
      ...current,
      status,
      declineReason: body.reason,
      updatedAt: at,
      version: current.version + 1,
    };
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
      writes: [
        write.replace('rotation', keepingCheck(next, record), current.version),
        ...release(current, asVisitor ? HEARD_OF_BY_VISITOR : undefined),
        write.audit(audit),
      ],
    };
  });
}
