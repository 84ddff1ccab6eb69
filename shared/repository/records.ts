/**
 * Records: what the table keeps of each entity. Most records are the entity itself; placements
 * and rotations keep a few fields the API never returns (copies that let a write check its rules
 * in one read round). `publicPlacement` and `publicRotation` are what the API shows of them.
 */
import { randomBytes } from 'node:crypto';
import type { Department, Institution, Placement, Programme, Region, Rotation, Staff } from '../schemas';
import type { Period } from '../domain/dates';
import { licensesPractice, type CredentialPeriod } from '../domain/rules';

/** Opaque, url-safe, unguessable ids with a readable prefix: rot_9x2Kq… */
export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

/**
 * What CREDENTIAL_NOT_VALID needs to know about a rotation's visitor at the host: the host's
 * region and the periods of the person's registrations and licences there (not entry permits, not
 * numbers or ids: the copy sits on items every index projects, and each byte is paid per write),
 * copied from the staff record at `staffVersion`. A write that relies on the copy asserts the
 * staff record is still at that version, so a stale copy costs a retry (which reads the staff
 * record and refreshes the copy), never a broken rule.
 */
export interface Coverage {
  hostRegion: Region;
  staffVersion: number;
  credentials: CredentialPeriod[];
}

export const coverageOf = (staff: Staff, hostRegion: Region): Coverage => ({
  hostRegion,
  staffVersion: staff.version,
  credentials: staff.credentials
    .filter((c) => c.region === hostRegion && licensesPractice(c))
    .map(({ type, region, validFrom, validTo }) => ({ type, region, validFrom, validTo })),
});

/**
 * Placement fields the API never returns: the live rotations' spans (kept so a change of the
 * placement's period is checked against a consistent read) and their change counter, and the
 * coverage of its visitor at its host (so scheduling a rotation needs one read round).
 */
export interface PlacementRecord extends Placement {
  rotationSpans: Record<string, Period>;
  scheduleVersion: number;
  coverage?: Coverage;
}

/**
 * Programme fields the API never returns: the periods of its placements still going ahead (all
 * but those that ended early) and their change counter. A change of the window is checked
 * against them on a consistent read and asserts the counter, so a placement written at the
 * same moment cannot end up outside the new window (PLACEMENT_OUTSIDE_WINDOW). The counter is
 * not the programme's version: a new placement does not make a client's If-Match stale.
 */
export interface ProgrammeRecord extends Programme {
  placementSpans: Record<string, Period>;
  placementsVersion: number;
}

/** The department a rotation was last checked against: what DEPARTMENT_NOT_AT_HOST and CAPACITY_EXCEEDED need of it, at `version`. */
export type DepartmentAsChecked = Pick<Department, 'departmentId' | 'institutionId' | 'capacity' | 'version'>;

/**
 * Rotation fields the API never returns: the department and coverage its last write was checked
 * against, so that changing it needs one read round (the rotation). Both are asserted by
 * version when relied on (see services/rotations.ts).
 */
export interface RotationRecord extends Rotation {
  checkedWith?: { department: DepartmentAsChecked; coverage: Coverage };
}

/** The record each kind of entity key finds (see RecordKey in shared/table.ts). */
export interface StoredRecords {
  institution: Institution;
  department: Department;
  programme: ProgrammeRecord;
  staff: Staff;
  placement: PlacementRecord;
  rotation: RotationRecord;
}
export type EntityKind = keyof StoredRecords;

/** What of a programme the API shows. */
export const publicProgramme = ({
  placementSpans: _spans,
  placementsVersion: _version,
  ...programme
}: ProgrammeRecord): Programme => programme;

/** What of a placement the API shows. */
export const publicPlacement = ({
  rotationSpans: _spans,
  scheduleVersion: _version,
  coverage: _coverage,
  ...placement
}: PlacementRecord): Placement => placement;

/** What of a rotation the API shows. */
export const publicRotation = ({ checkedWith: _checked, ...rotation }: RotationRecord): Rotation => rotation;
