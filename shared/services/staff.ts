/** Visiting staff: registration, their own contact details, credentials. */
import type * as z from 'zod';
import { keys } from '../table';
import { AppError, validation } from '../errors';
import type { Principal } from '../auth/principal';
import {
  authorizeCredentialChange,
  authorizeStaffCreate,
  authorizeStaffRead,
  canSeePlacementNow,
  placementView,
  staffChangeScope,
  visitorHearsOf,
} from '../auth/policy';
import {
  type CredentialInput,
  type StaffInput,
  StaffPatch,
  StaffSelfPatch,
  type Department,
  type Institution,
  type Placement,
  type Rotation,
  type Staff,
} from '../schemas';
import { PLACEMENT_ENDED_EARLY } from '../domain/lifecycle';
import {
  newId,
  publicProgramme,
  readFacts,
  repository,
  write,
  type ListOptions,
  type ProgrammeRecord,
  type TransactItem,
} from '../repository';
import { pointerWrites } from '../repository/imports';
import { assertVersion, auditRecord, existing, nowIso, runWrite, type WriteContext } from './write';

/** Institutions hosting a person's placements: a host's coordinators may see the person. */
async function hostsOf(principal: Principal, staff: Staff): Promise<string[]> {
  if (!principal.roles.includes('hospital-coordinator') || principal.institutionId === staff.homeInstitutionId)
    return [];
  // A hospital that hosts or hosted the person sees them; one whose placement never happened does not.
  return (await repository.listPlacementsOfStaff(staff.staffId))
    .filter((p) => !PLACEMENT_ENDED_EARLY.includes(p.status))
    .map((p) => p.hostInstitutionId);
}

const loadStaff = (id: string) => existing('Staff', id, repository.getStaff);

export async function getStaff(principal: Principal, id: string): Promise<Staff> {
  const staff = await loadStaff(id);
  authorizeStaffRead(principal, staff, await hostsOf(principal, staff));
  return staff;
}

export async function createStaff(ctx: WriteContext, input: z.output<typeof StaffInput>) {
  authorizeStaffCreate(ctx.principal, input.homeInstitutionId);
  return runWrite(ctx, async () => {
    const home = await repository.getInstitution(input.homeInstitutionId);
    if (!home)
      throw validation(`Institution ${input.homeInstitutionId} does not exist`, [
        { path: 'homeInstitutionId', message: 'no such institution' },
      ]);
    const { staff, writes } = newStaff(ctx.principal, input, home, nowIso());
    return { entity: staff, version: 1, created: true, writes };
  });
}

/**
 * A new person and the writes that register them (with their audit record): the single-item
 * route and the spreadsheet import register people the same way. `credentials` are recorded with
 * the person (an import row carries them); `exclusiveEmail` makes the write fail if someone
 * else registered the email meanwhile (the import then matches that person instead).
 */
export function newStaff(
  principal: Principal,
  input: z.output<typeof StaffInput>,
  home: Institution,
  at: string,
  options: { credentials?: z.output<typeof CredentialInput>[]; exclusiveEmail?: { staleStaffId?: string } } = {},
): { staff: Staff; writes: TransactItem[] } {
  authorizeStaffCreate(principal, input.homeInstitutionId);
  const staff: Staff = {
    staffId: newId('staff'),
    ...input,
    homeRegion: home.region,
    credentials: (options.credentials ?? []).map((c) => ({ credentialId: newId('cred'), ...c })),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const audit = auditRecord(principal, at, {
    action: 'staff.created',
    entityType: 'staff',
    entityId: staff.staffId,
    before: null,
    after: staff,
  });
  return {
    staff,
    writes: [
      write.create('staff', staff),
      pointerWrites.staffEmail(staff, options.exclusiveEmail ?? false),
      write.audit(audit),
    ],
  };
}

/**
 * Coordinators of the home side change any detail; the person changes only email, phone and
 * language. A staff member sending other fields is refused by name, not silently ignored.
 */
export async function updateStaff(ctx: WriteContext, id: string, body: unknown) {
  return runWrite(ctx, async () => {
    const current = await loadStaff(id);
    const scope = staffChangeScope(ctx.principal, current, await hostsOf(ctx.principal, current));
    if (scope === 'self' && body && typeof body === 'object') {
      const allowed = new Set(Object.keys(StaffSelfPatch.shape));
      const refused = Object.keys(body).filter((k) => !allowed.has(k) && k in StaffPatch.shape);
      if (refused.length)
        throw new AppError(
          'FORBIDDEN',
          `You may change only your email, phone and preferred language, not ${refused.join(', ')}`,
        );
    }
    const parsed = (scope === 'self' ? StaffSelfPatch : StaffPatch).safeParse(body);
    if (!parsed.success)
      throw validation(
        'The body is not valid',
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
      );
    assertVersion(ctx, current, `Staff ${id}`);
    const at = nowIso();
    const next: Staff = { ...current, ...parsed.data, updatedAt: at, version: current.version + 1 };
    const audit = auditRecord(ctx.principal, at, {
      action: 'staff.updated',
      entityType: 'staff',
      entityId: id,
      before: current,
      after: next,
    });
    return {
      entity: next,
      version: next.version,
      writes: [
        write.replace('staff', next, current.version),
        write.audit(audit),
        // The import finds people by email; a pointer left at the old email is recognised as stale there.
        ...(next.email.toLowerCase() !== current.email.toLowerCase() ? [pointerWrites.staffEmail(next, false)] : []),
      ],
    };
  });
}

export async function addCredential(ctx: WriteContext, id: string, input: z.output<typeof CredentialInput>) {
  return runWrite(ctx, async () => {
    const current = await loadStaff(id);
    authorizeCredentialChange(ctx.principal, current, await hostsOf(ctx.principal, current));
    const { staff: next, writes } = credentialsAdded(ctx.principal, current, [input], nowIso());
    // A new credential is a new resource (201); the response is the staff record that now holds it.
    return { entity: next, version: next.version, created: true, writes };
  });
}

/**
 * A visitor's own overview in one request: themselves, their placements (newest first) and what
 * those refer to by id — programmes, home and host institutions, the host's departments — so a
 * phone shows names, not ids, without a request per rotation. One query for the placements, then
 * one BatchGet and one query per host institution (a person has a handful of placements).
 */
export async function myOverview(principal: Principal, staffId: string) {
  const me = await getStaff(principal, staffId);
  // A nomination is the coordinators' plan: the visitor sees a placement once it is offered.
  const placements = (await repository.listPlacementsOfStaff(staffId))
    .reverse()
    .filter((p) => canSeePlacementNow(principal, p))
    .map((p) => placementView(principal, p));
  const unique = (ids: string[]) => [...new Set(ids)];
  const programmeIds = unique(placements.map((p) => p.programmeId));
  const hostIds = unique(placements.map((p) => p.hostInstitutionId));
  const institutionIds = unique([me.homeInstitutionId, ...hostIds, ...placements.map((p) => p.homeInstitutionId)]);
  const [{ entities }, departments] = await Promise.all([
    readFacts({
      ...Object.fromEntries(programmeIds.map((id) => [`programme:${id}`, keys.programme(id)])),
      ...Object.fromEntries(institutionIds.map((id) => [`institution:${id}`, keys.institution(id)])),
    }),
    Promise.all(hostIds.map((id) => repository.allDepartmentsOf(id))),
  ]);
  const found = <T>(prefix: string, ids: string[]) =>
    ids.map((id) => entities[`${prefix}:${id}`] as T | undefined).filter((e): e is T => Boolean(e));
  return {
    staff: me,
    placements,
    programmes: found<ProgrammeRecord>('programme', programmeIds).map(publicProgramme),
    institutions: found<Institution>('institution', institutionIds),
    departments: departments.flat() as Department[],
  };
}

/**
 * A visitor's own rotations, a page at a time: only those of placements they have been offered
 * (a nomination's rotations are the coordinators' draft). The person's placements are read in
 * the same round as the first page; when drafts thin a page out, further pages of the same size
 * are read until it is full, and its cursor resumes after the last rotation kept, so a short
 * page means the end.
 */
export async function myRotations(staffId: string, options: ListOptions) {
  const [first, placements] = await Promise.all([
    repository.listRotationsOfStaff(staffId, options),
    repository.listPlacementsOfStaff(staffId),
  ]);
  const offered = new Set(placements.filter((p) => visitorHearsOf(p.status)).map((p) => p.placementId));
  const items: Rotation[] = [];
  for (let page = first; ; ) {
    for (const [i, rotation] of page.items.entries()) {
      if (!offered.has(rotation.placementId)) continue;
      items.push(rotation);
      if (items.length === options.limit) {
        const last = i === page.items.length - 1;
        return {
          items,
          nextCursor: last ? page.nextCursor : repository.cursorOfStaffRotationsAfter(rotation),
        };
      }
    }
    if (!page.nextCursor) return { items };
    page = await repository.listRotationsOfStaff(staffId, { limit: options.limit, cursor: page.nextCursor });
  }
}

/** A person with more credentials, and the writes that record them (the single-item route and the import). */
export function credentialsAdded(
  principal: Principal,
  current: Staff,
  added: z.output<typeof CredentialInput>[],
  at: string,
): { staff: Staff; writes: TransactItem[] } {
  if (current.credentials.length + added.length > 50) throw validation('A staff member holds at most 50 credentials');
  const next: Staff = {
    ...current,
    credentials: [...current.credentials, ...added.map((c) => ({ credentialId: newId('cred'), ...c }))],
    updatedAt: at,
    version: current.version + 1,
  };
  const audit = auditRecord(principal, at, {
    action: 'staff.credentialAdded',
    entityType: 'staff',
    entityId: current.staffId,
    before: current,
    after: next,
  });
  return { staff: next, writes: [write.replace('staff', next, current.version), write.audit(audit)] };
}
