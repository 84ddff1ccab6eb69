/** Institutions and their departments: registration, capacity changes and occupancy. */
import type * as z from 'zod';
import { keys } from '../table';
import { ruleViolation, notFound, validation } from '../errors';
import type { Principal } from '../auth/principal';
import { authorizeDepartmentChange, authorizeInstitutionChange, authorizeOccupancy } from '../auth/policy';
import type {
  Department,
  DepartmentInput,
  DepartmentPatch,
  Institution,
  InstitutionInput,
  InstitutionPatch,
  Occupancy,
} from '../schemas';
import { checkCapacityChange } from '../domain/rules';
import { eachDay, lengthInDays } from '../domain/dates';
import { today } from '../clock';
import { items, newId, readFutureDayBook, readFacts, repository, write } from '../repository';
import { assertVersion, auditRecord, existing, nowIso, patched, runWrite, type WriteContext } from './write';

export async function createInstitution(ctx: WriteContext, input: z.output<typeof InstitutionInput>) {
  return runWrite(ctx, async () => {
    const at = nowIso();
    const institution: Institution = {
      institutionId: newId('inst'),
      ...input,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const audit = auditRecord(ctx.principal, at, {
      action: 'institution.created',
      entityType: 'institution',
      entityId: institution.institutionId,
      before: null,
      after: institution,
    });
    return {
      entity: institution,
      version: 1,
      created: true,
      writes: [write.create('institution', institution), write.audit(audit)],
    };
  });
}

export const getInstitution = (id: string) => existing('Institution', id, repository.getInstitution);

/** Names, contacts or their language: read at each email, so the next one follows the change. */
export async function updateInstitution(
  ctx: WriteContext,
  institutionId: string,
  patch: z.output<typeof InstitutionPatch>,
) {
  authorizeInstitutionChange(ctx.principal, institutionId, Object.keys(patch));
  return runWrite(ctx, async () => {
    const current = await getInstitution(institutionId);
    assertVersion(ctx, current, `Institution ${institutionId}`);
    const at = nowIso();
    const next: Institution = { ...patched(current, patch), updatedAt: at, version: current.version + 1 };
    const audit = auditRecord(ctx.principal, at, {
      action: 'institution.updated',
      entityType: 'institution',
      entityId: institutionId,
      before: current,
      after: next,
    });
    return {
      entity: next,
      version: next.version,
      writes: [write.replace('institution', next, current.version), write.audit(audit)],
    };
  });
}
export const getDepartment = (id: string) => existing('Department', id, repository.getDepartment);

export async function createDepartment(
  ctx: WriteContext,
  institutionId: string,
  input: z.output<typeof DepartmentInput>,
) {
  authorizeDepartmentChange(ctx.principal, institutionId);
  return runWrite(ctx, async () => {
    const institution = await getInstitution(institutionId);
    const at = nowIso();
    const department: Department = {
      departmentId: newId('dept'),
      institutionId: institution.institutionId,
      ...input,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const audit = auditRecord(ctx.principal, at, {
      action: 'department.created',
      entityType: 'department',
      entityId: department.departmentId,
      before: null,
      after: department,
    });
    return {
      entity: department,
      version: 1,
      created: true,
      writes: [
        write.create('department', department),
        write.unchanged('institution', institutionId, institution.version),
        write.audit(audit),
      ],
    };
  });
}

/**
 * A capacity reduction may not leave any day from today on over the new capacity. Every booking
 * bumps the department's booking count, so asserting the count read makes the check hold
 * against simultaneous bookings.
 */
export async function updateDepartment(
  ctx: WriteContext,
  departmentId: string,
  patch: z.output<typeof DepartmentPatch>,
) {
  return runWrite(ctx, async () => {
    const current = await getDepartment(departmentId);
    authorizeDepartmentChange(ctx.principal, current.institutionId);
    assertVersion(ctx, current, `Department ${departmentId}`);
    const at = nowIso();
    const next: Department = { ...current, ...patch, updatedAt: at, version: current.version + 1 };
    const writes = [write.replace('department', next, current.version)];
    if (patch.capacity !== undefined && patch.capacity < current.capacity) {
      // The count first: a booking committed after it is caught by the condition, one before it is in the book.
      const bookings = await repository.departmentBookingCount(departmentId);
      const book = await readFutureDayBook(departmentId, today());
      const violations = checkCapacityChange(departmentId, patch.capacity, book);
      if (violations.length) throw ruleViolation(violations);
      writes.push(write.noBookingSince(departmentId, bookings));
    }
    const audit = auditRecord(ctx.principal, at, {
      action: 'department.updated',
      entityType: 'department',
      entityId: departmentId,
      before: current,
      after: next,
    });
    writes.push(write.audit(audit));
    return { entity: next, version: next.version, writes };
  });
}

const MAX_OCCUPANCY_DAYS = 366;

export async function departmentOccupancy(
  principal: Principal,
  departmentId: string,
  from: string,
  to: string,
): Promise<z.output<typeof Occupancy>> {
  if (lengthInDays(from, to) > MAX_OCCUPANCY_DAYS)
    throw validation(`Ask for at most ${MAX_OCCUPANCY_DAYS} days at a time`, [
      { path: 'to', message: 'range too long' },
    ]);
  const { entities, books } = await readFacts({ department: keys.department(departmentId) }, [
    { kind: 'department', ownerId: departmentId, period: { startDate: from, endDate: to } },
  ]);
  const department = entities.department;
  if (!department) throw notFound('Department', departmentId);
  authorizeOccupancy(principal, department);
  const book = books[0]!;
  return {
    departmentId,
    capacity: department.capacity,
    days: [...eachDay(from, to)].map((date) => {
      const rotationIds = [...(book.get(date) ?? [])];
      return {
        date,
        booked: rotationIds.length,
        free: Math.max(0, department.capacity - rotationIds.length),
        rotationIds,
      };
    }),
  };
}
