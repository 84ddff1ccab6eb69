/**
 * A rotation plan: several rotations of one placement scheduled in one request, all or none.
 * Each is judged by the same rules as a single rotation, with the plan's other rotations
 * counted in the department's and the person's days (so two of them cannot overlap, nor fill a
 * department past its capacity together), and each gets its own verdict. The plan is written in
 * one transaction with the single write's conditions — every day booked only while there is
 * room, the placement still schedulable and covering every rotation, the department and the
 * visitor's record as judged — so a rival write at the same moment makes it plan again from
 * fresh reads, never breaks a rule. Its own audit record is what the visitor's one email tells
 * of; the rotations' records are part of it.
 */
import type * as z from 'zod';
import { keys } from '../table';
import { AppError, notFound, validation, type Violation } from '../errors';
import { authorizeRotationChange } from '../auth/policy';
import { MAX_PLAN_ROTATIONS, type Rotation, type RotationPlan, type RotationPlanInput } from '../schemas';
import { blocking, checkRotationPlan, warnings, type DayBook, type RotationPlanFacts } from '../domain/rules';
import { PLACEMENT_SCHEDULABLE } from '../domain/lifecycle';
import {
  bookNewDays,
  coverageOf,
  newId,
  readFacts,
  write,
  type Coverage,
  type DepartmentAsChecked,
  type TransactItem,
} from '../repository';
import { auditRecord, nowIso, runWrite, type WriteContext } from './write';
import { bounded, departmentAsChecked, withCheck } from './rotations';

type PlanResult = z.output<typeof RotationPlan>;

/** DynamoDB's limit of items in one TransactWriteItems. */
const TRANSACTION_ITEMS = 100;
/** Items a write adds to the plan's own: the stored response of an Idempotency-Key (kept free always, so a dry run answers what the commit will). */
const RESERVED_ITEMS = 1;

const tooMany = (message: string, maxRotations: number, extra: Record<string, unknown> = {}) =>
  new AppError('TOO_MANY_ROTATIONS', message, { maxRotations, ...extra });

/** What the plan was judged on. */
interface Judged {
  departments: Map<string, DepartmentAsChecked>;
  coverage: Coverage;
  /** Read from the staff record in this attempt (and copied onto the placement). */
  coverageRead: boolean;
  verdicts: Violation[][];
}

/** Schedule several rotations of a placement at once: one read round on the way that commits, then one transaction. */
export async function scheduleRotationPlan(
  ctx: WriteContext,
  placementId: string,
  input: z.output<typeof RotationPlanInput>,
) {
  if (input.rotations.length > MAX_PLAN_ROTATIONS)
    throw tooMany(
      `A plan schedules at most ${MAX_PLAN_ROTATIONS} rotations at once; this one has ${input.rotations.length}. Send the rest in another plan.`,
      MAX_PLAN_ROTATIONS,
    );
  // Ids drawn once: every attempt judges the same rotations under the same ids.
  const planned = input.rotations.map((r) => ({ ...r, rotationId: newId('rot') }));
  const departmentIds = [...new Set(planned.map((r) => r.departmentId))];

  return runWrite<PlanResult>(ctx, async (attempt) => {
    // Each rotation's own months of its department's book (no more: rotations far apart read no months between).
    const booked = planned.filter(bounded);
    const { entities, books } = await readFacts(
      { placement: keys.placement(placementId), departments: departmentIds.map((id) => keys.department(id)) },
      booked.map((r) => ({ kind: 'department' as const, ownerId: r.departmentId, period: r })),
    );
    const placement = entities.placement;
    if (!placement) throw notFound('Placement', placementId);
    authorizeRotationChange(ctx.principal, placement);
    const departments = new Map(
      entities.departments.flatMap((d) => (d ? [[d.departmentId, departmentAsChecked(d)] as const] : [])),
    );
    const missing = planned.flatMap((r, index) => (departments.has(r.departmentId) ? [] : [{ index, ...r }]));
    if (missing.length > 0)
      throw validation(
        `Department ${[...new Set(missing.map((r) => r.departmentId))].join(', ')} does not exist`,
        missing.map(({ index }) => ({ path: `rotations.${index}.departmentId`, message: 'no such department' })),
      );
    const departmentDays = new Map<string, DayBook>();
    for (const [i, book] of books.entries()) {
      const id = booked[i]?.departmentId;
      if (id) departmentDays.set(id, merged([departmentDays.get(id) ?? new Map(), book]));
    }
    const facts = {
      rotations: planned,
      placement,
      hostInstitutionId: placement.hostInstitutionId,
      departments,
      departmentDays,
    };

    // First attempt of a commit: the visitor's coverage as the placement keeps it, and the
    // person's days left to the transaction's conditions. Anything refused is judged again on
    // everything, so each rotation's verdict names every rule it breaks.
    const copy = placement.coverage;
    let quick: Judged | undefined;
    if (attempt === 1 && !ctx.dryRun && copy) {
      const verdicts = checkRotationPlan({
        ...facts,
        staff: { staffId: placement.staffId, credentials: copy.credentials },
        hostRegion: copy.hostRegion,
        staffDays: undefined,
      });
      if (verdicts.every((v) => blocking(v).length === 0))
        quick = { departments, coverage: copy, coverageRead: false, verdicts };
    }
    const judged = quick ?? (await judgeOnEverything(facts, placement.staffId, copy));
    refuseBrokenRules(judged.verdicts, planned);

    const at = nowIso();
    const rotations: Rotation[] = planned.map((r) => ({
      rotationId: r.rotationId,
      placementId,
      programmeId: placement.programmeId,
      staffId: placement.staffId,
      hostInstitutionId: placement.hostInstitutionId,
      homeInstitutionId: placement.homeInstitutionId,
      departmentId: r.departmentId,
      startDate: r.startDate,
      endDate: r.endDate,
      activity: r.activity,
      ...(r.supervisor ? { supervisor: r.supervisor } : {}),
      status: 'SCHEDULED',
      sequence: 0,
      createdAt: at,
      updatedAt: at,
      version: 1,
    }));
    const writesFor = (count: number) =>
      planWrites(ctx, rotations.slice(0, count), judged, { placementId, staffId: placement.staffId, at });
    const writes = writesFor(rotations.length);
    if (writes.length + RESERVED_ITEMS > TRANSACTION_ITEMS) {
      let fits = rotations.length - 1;
      while (fits > 1 && writesFor(fits).length + RESERVED_ITEMS > TRANSACTION_ITEMS) fits--;
      throw tooMany(
        `These ${rotations.length} rotations need ${writes.length + RESERVED_ITEMS} records written in one transaction, and one takes at most ${TRANSACTION_ITEMS} (each month a rotation spans adds to it): schedule the first ${fits} in this plan and the rest in another.`,
        fits,
        { transactionItems: writes.length + RESERVED_ITEMS },
      );
    }
    const items = rotations.map((rotation, index) => ({
      index,
      rotationId: rotation.rotationId,
      ok: true,
      rotation,
      warnings: warnings(judged.verdicts[index] ?? []),
    }));
    return {
      entity: { placementId, items },
      version: 1,
      created: true,
      warnings: items.flatMap((item) => item.warnings),
      writes,
    };
  });
}

/** Day books of one owner over several periods, as one. */
function merged(books: readonly DayBook[]): DayBook {
  const days = new Map<string, readonly string[]>();
  for (const book of books) for (const [day, ids] of book) days.set(day, ids);
  return days;
}

/** Read the person (and the host's region, without a copy) and their days, and judge the plan on consistent reads only. */
async function judgeOnEverything(
  facts: Omit<RotationPlanFacts, 'staff' | 'hostRegion' | 'staffDays'> & {
    departments: Map<string, DepartmentAsChecked>;
  },
  staffId: string,
  copy: Coverage | undefined,
): Promise<Judged> {
  const { entities, books } = await readFacts(
    {
      staff: keys.staff(staffId),
      // The host's region never changes: a copy of it is as good as a read.
      host: copy ? undefined : keys.institution(facts.hostInstitutionId),
    },
    facts.rotations.filter(bounded).map((r) => ({ kind: 'staff' as const, ownerId: staffId, period: r })),
  );
  const staff = entities.staff;
  const hostRegion = copy?.hostRegion ?? entities.host?.region;
  if (!staff || !hostRegion)
    throw new AppError(
      'INTERNAL',
      `The visitor ${staffId} or host ${facts.hostInstitutionId} of a placement is missing`,
    );
  const verdicts = checkRotationPlan({ ...facts, staff, hostRegion, staffDays: merged(books) });
  return {
    departments: facts.departments,
    coverage: coverageOf(staff, hostRegion),
    coverageRead: true,
    verdicts,
  };
}

/** 409 naming every broken rule, with each rotation's verdict, when any rotation breaks one. */
function refuseBrokenRules(verdicts: Violation[][], planned: readonly { rotationId: string }[]): void {
  const items = planned.map(({ rotationId }, index) => {
    const verdict = verdicts[index] ?? [];
    const broken = blocking(verdict);
    return {
      index,
      rotationId,
      ok: broken.length === 0,
      ...(broken.length > 0 ? { violations: broken } : {}),
      warnings: warnings(verdict),
    };
  });
  const refused = items.filter((item) => !item.ok);
  if (refused.length === 0) return;
  const list = refused.map((item) => `rotations[${item.index}]: ${item.violations?.map((v) => v.code).join(', ')}`);
  throw new AppError(
    'RULE_VIOLATION',
    `${refused.length} of the plan's ${items.length} rotations break rules, so none was scheduled: ${list.join('; ')}`,
    { violations: refused.flatMap((item) => item.violations ?? []), items },
  );
}

/**
 * The transaction of a plan (or of its first rotations, to find how many fit): each rotation
 * and its audit record; per department, its version check, booking count and day-book months;
 * the person's day-book months; the placement's spans; the visitor's record as judged; and the
 * plan's own audit record, which the notifier turns into the visitor's one email.
 */
function planWrites(
  ctx: WriteContext,
  rotations: Rotation[],
  judged: Judged,
  plan: { placementId: string; staffId: string; at: string },
): TransactItem[] {
  const audit = auditRecord(ctx.principal, plan.at, {
    action: 'placement.rotationsScheduled',
    entityType: 'placement',
    entityId: plan.placementId,
    placementId: plan.placementId,
    before: null,
    after: { placementId: plan.placementId, rotations },
  });
  const perDepartment = new Map<string, Rotation[]>();
  for (const rotation of rotations)
    perDepartment.set(rotation.departmentId, [...(perDepartment.get(rotation.departmentId) ?? []), rotation]);
  const held = (list: Rotation[]) => list.map((r) => ({ rotationId: r.rotationId, period: r }));
  const departmentOf = (id: string) => {
    const department = judged.departments.get(id);
    if (!department) throw new Error(`Department ${id} of the plan was not read`);
    return department;
  };
  return [
    ...rotations.flatMap((rotation) => [
      write.create(
        'rotation',
        withCheck(rotation, { department: departmentOf(rotation.departmentId), coverage: judged.coverage }),
      ),
      write.audit(
        auditRecord(ctx.principal, plan.at, {
          action: 'rotation.scheduled',
          entityType: 'rotation',
          entityId: rotation.rotationId,
          placementId: plan.placementId,
          before: null,
          after: rotation,
          partOf: audit.auditId,
        }),
      ),
    ]),
    write.placementSpansBooked(plan.placementId, Object.fromEntries(rotations.map((r) => [r.rotationId, r])), {
      schedulable: PLACEMENT_SCHEDULABLE,
      coverage: judged.coverageRead ? judged.coverage : undefined,
    }),
    ...[...perDepartment].flatMap(([departmentId, list]) => {
      const department = departmentOf(departmentId);
      return [
        ...write.countBooking(departmentId, department.version, list.length),
        ...bookNewDays('department', departmentId, held(list), department.capacity),
      ];
    }),
    ...bookNewDays('staff', plan.staffId, held(rotations), 1),
    // CREDENTIAL_NOT_VALID was judged on credentials as of this version of the staff record.
    ...(rotations.some((r) => r.activity === 'CLINICAL')
      ? [write.unchanged('staff', plan.staffId, judged.coverage.staffVersion)]
      : []),
    write.audit(audit),
  ];
}
