/**
 * Who may see and do what: the one authorization module (DESIGN "Roles"). The route table
 * decides which roles may call a route at all; this module decides, for the resource at hand,
 * whether this caller may see it (otherwise 404: it need not know it exists) and act on it
 * (otherwise 403), and what of it the caller may read. Institutions, departments and programmes
 * are reference data every signed-in user may read, so refusing a change to them is a 403.
 * Pure: no I/O.
 *
 *   admin                 everything
 *   programme-coordinator programmes, and their placements and rotations at any institution; staff; departments
 *   hospital-coordinator  its institution's departments; placements and rotations its institution
 *                         hosts or sends; staff it sends or hosts
 *   staff                 its own profile, placements and rotations; confirms or declines its own
 *                         rotations; edits only its contact details and language
 *   every coordinator     its own email settings (the address its sign-in carries)
 */
import { AppError } from '../errors';
import type { Department, Placement, PlacementAction, Rotation, Staff } from '../schemas';
import type { Principal } from './principal';

const isProgrammeOffice = (p: Principal) => p.roles.includes('admin') || p.roles.includes('programme-coordinator');
const coordinates = (p: Principal, institutionId: string | undefined) =>
  p.roles.includes('hospital-coordinator') && Boolean(p.institutionId) && p.institutionId === institutionId;
const isSelf = (p: Principal, staffId: string) =>
  p.roles.includes('staff') && Boolean(p.staffId) && p.staffId === staffId;

const hidden = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${id} was not found`, { resource: what, id });
const refused = (message: string) => new AppError('FORBIDDEN', message);

// ---------- departments ----------

export function authorizeDepartmentChange(p: Principal, institutionId: string): void {
  if (isProgrammeOffice(p) || coordinates(p, institutionId)) return;
  throw refused(`Only the programme office or ${institutionId}'s hospital coordinators may change its departments`);
}

/** A host's occupancy (one department's, or all of them with who is there). */
export function authorizeInstitutionOccupancy(p: Principal, institutionId: string): void {
  if (isProgrammeOffice(p) || coordinates(p, institutionId)) return;
  throw refused(`Only the programme office or ${institutionId}'s hospital coordinators may see its occupancy`);
}

/**
 * Changing an institution: the programme office changes anything of it; its own hospital
 * coordinators change who its emails go to and in what language, not its names.
 */
export function authorizeInstitutionChange(p: Principal, institutionId: string, changing: readonly string[]): void {
  if (isProgrammeOffice(p)) return;
  if (
    coordinates(p, institutionId) &&
    changing.every((field) => field === 'contactEmails' || field === 'contactLanguage')
  )
    return;
  throw refused(
    coordinates(p, institutionId)
      ? 'A hospital coordinator changes its institution’s contacts and their language; its names are the programme office’s'
      : `Only the programme office or ${institutionId}'s hospital coordinators may change it`,
  );
}

export const authorizeOccupancy = (p: Principal, department: Department): void =>
  authorizeInstitutionOccupancy(p, department.institutionId);

// ---------- staff ----------

/** hostInstitutionIds: institutions hosting the person's placements (needed only for hospital coordinators). */
export function canSeeStaff(p: Principal, staff: Staff, hostInstitutionIds: readonly string[] = []): boolean {
  return (
    isProgrammeOffice(p) ||
    coordinates(p, staff.homeInstitutionId) ||
    hostInstitutionIds.some((id) => coordinates(p, id)) ||
    isSelf(p, staff.staffId)
  );
}

export function authorizeStaffRead(p: Principal, staff: Staff, hostInstitutionIds: readonly string[] = []): void {
  if (!canSeeStaff(p, staff, hostInstitutionIds)) throw hidden('Staff', staff.staffId);
}

/** Registering staff: the programme office, or a hospital coordinator for its own institution's people. */
export function authorizeStaffCreate(p: Principal, homeInstitutionId: string): void {
  if (isProgrammeOffice(p) || coordinates(p, homeInstitutionId)) return;
  throw refused(`A hospital coordinator registers only staff of its own institution`);
}

/**
 * Whose staff the caller lists: the home institution to list by (undefined: everyone's). A
 * hospital coordinator lists only the people its own institution sends, and asking for another
 * institution's is refused rather than quietly answered with its own.
 */
export function staffListScope(p: Principal, requestedHomeInstitutionId: string | undefined): string | undefined {
  const confined = confinedInstitution(p);
  if (!confined) return requestedHomeInstitutionId;
  if (requestedHomeInstitutionId && requestedHomeInstitutionId !== confined)
    throw refused('A hospital coordinator lists only its own institution’s staff');
  return confined;
}

export type StaffChangeScope = 'all' | 'self';

/** What of a staff record the caller may change: everything (coordinators of the home side) or only contact details (the person). */
export function staffChangeScope(
  p: Principal,
  staff: Staff,
  hostInstitutionIds: readonly string[] = [],
): StaffChangeScope {
  authorizeStaffRead(p, staff, hostInstitutionIds);
  if (isProgrammeOffice(p) || coordinates(p, staff.homeInstitutionId)) return 'all';
  if (isSelf(p, staff.staffId)) return 'self';
  throw refused(`Only the programme office or ${staff.homeInstitutionId}'s coordinators may change this record`);
}

export function authorizeCredentialChange(
  p: Principal,
  staff: Staff,
  hostInstitutionIds: readonly string[] = [],
): void {
  authorizeStaffRead(p, staff, hostInstitutionIds);
  if (isProgrammeOffice(p) || coordinates(p, staff.homeInstitutionId)) return;
  throw refused('Only the programme office or the home institution records credentials');
}

// ---------- placements ----------

export function canSeePlacement(
  p: Principal,
  placement: Pick<Placement, 'hostInstitutionId' | 'homeInstitutionId' | 'staffId'>,
): boolean {
  return (
    isProgrammeOffice(p) ||
    coordinates(p, placement.hostInstitutionId) ||
    coordinates(p, placement.homeInstitutionId) ||
    isSelf(p, placement.staffId)
  );
}

/** A visitor hears of a placement, and of its rotations, only once it is offered: a nomination is the coordinators' plan. */
export const visitorHearsOf = (status: Placement['status']): boolean => status !== 'NOMINATED';

/**
 * Whether the caller is the visitor of this placement (or rotation) and nothing more: then the
 * placement's state decides what they hear of (visitorHearsOf).
 */
export const seesOnlyAsVisitor = (
  p: Principal,
  placement: Pick<Placement, 'hostInstitutionId' | 'homeInstitutionId' | 'staffId'>,
): boolean =>
  isSelf(p, placement.staffId) &&
  !isProgrammeOffice(p) &&
  !coordinates(p, placement.hostInstitutionId) &&
  !coordinates(p, placement.homeInstitutionId);

/**
 * Who may see this placement now: its parties (canSeePlacement), except that a visitor hears of
 * a placement only once it is offered — a nomination is the coordinators' plan until then.
 */
export function canSeePlacementNow(
  p: Principal,
  placement: Pick<Placement, 'hostInstitutionId' | 'homeInstitutionId' | 'staffId' | 'status'>,
): boolean {
  if (!canSeePlacement(p, placement)) return false;
  return !seesOnlyAsVisitor(p, placement) || visitorHearsOf(placement.status);
}

export function authorizePlacementRead(p: Principal, placement: Placement): void {
  if (!canSeePlacementNow(p, placement)) throw hidden('Placement', placement.placementId);
}

/** Audit trail and notifications: coordinators who can see the placement. */
export function authorizePlacementRecords(p: Principal, placement: Placement): void {
  authorizePlacementRead(p, placement);
  if (isSelf(p, placement.staffId) && !isProgrammeOffice(p)) throw refused('The audit trail is for coordinators');
}

const VISITOR_ACTIONS: readonly PlacementAction[] = ['accept', 'decline', 'withdraw'];
const HOST_ACTIONS: readonly PlacementAction[] = ['activate', 'complete'];

/**
 * Who moves a placement: the programme office does everything; the host's coordinators
 * activate and complete it; the visitor accepts, declines or withdraws. Returns whether the
 * action is recorded on the visitor's behalf (the audit says so).
 */
export function authorizePlacementTransition(
  p: Principal,
  placement: Placement,
  action: PlacementAction,
): { onBehalfOf?: string } {
  authorizePlacementRead(p, placement);
  if (isSelf(p, placement.staffId)) {
    if (VISITOR_ACTIONS.includes(action)) return {};
    throw refused(`A visitor may ${VISITOR_ACTIONS.join(', ')} a placement, not ${action} it`);
  }
  if (isProgrammeOffice(p)) return VISITOR_ACTIONS.includes(action) ? { onBehalfOf: placement.staffId } : {};
  if (coordinates(p, placement.hostInstitutionId) && HOST_ACTIONS.includes(action)) return {};
  throw refused(`Your role may not ${action} this placement`);
}

// ---------- rotations ----------

/**
 * Reading a rotation: its placement's parties, and its visitor only once the placement is offered.
 * The placement's state is needed only when the caller seesOnlyAsVisitor; a write that leaves it
 * to a condition of its transaction passes none, and hides the rotation when the condition fails.
 */
export function authorizeRotationRead(p: Principal, rotation: Rotation, placement?: Pick<Placement, 'status'>): void {
  if (!canSeePlacement(p, rotation)) throw hidden('Rotation', rotation.rotationId);
  if (placement && seesOnlyAsVisitor(p, rotation) && !visitorHearsOf(placement.status))
    throw hidden('Rotation', rotation.rotationId);
}

/** Scheduling and changing rotations: the programme office and the host's coordinators. */
export function authorizeRotationChange(
  p: Principal,
  placement: Pick<Placement, 'placementId' | 'hostInstitutionId' | 'homeInstitutionId' | 'staffId'>,
): void {
  if (!canSeePlacement(p, placement)) throw hidden('Placement', placement.placementId);
  if (isProgrammeOffice(p) || coordinates(p, placement.hostInstitutionId)) return;
  throw refused('Only the programme office or the host hospital schedules rotations');
}

/** Confirm or decline: the visitor, or a coordinator recording it on the visitor's behalf. */
export function authorizeRotationResponse(p: Principal, rotation: Rotation): { onBehalfOf?: string } {
  authorizeRotationRead(p, rotation);
  if (isSelf(p, rotation.staffId)) return {};
  if (isProgrammeOffice(p) || coordinates(p, rotation.hostInstitutionId)) return { onBehalfOf: rotation.staffId };
  throw refused('Only the visitor, or a coordinator on the visitor’s behalf, confirms or declines a rotation');
}

// ---------- a coordinator's email settings ----------

/**
 * Whose email settings the caller reads and changes: its own, the address its sign-in carries
 * (the route admits coordinators only; a visitor's language is on their staff record). A sign-in
 * without an address has no settings to keep.
 */
export function emailSettingsOwner(p: Principal): string {
  const email = p.email?.trim().toLowerCase();
  if (!email) throw refused('Your sign-in carries no email address, so there are no email settings to keep');
  return email;
}

// ---------- what a reader may see ----------

/** Coordinators' notes on a placement are not for the visitor. */
export function placementView(p: Principal, placement: Placement): Placement {
  if (
    isProgrammeOffice(p) ||
    coordinates(p, placement.hostInstitutionId) ||
    coordinates(p, placement.homeInstitutionId)
  )
    return placement;
  const { notes: _notes, ...visible } = placement;
  return visible;
}

/** The institution a hospital coordinator is confined to (for filtered lists), or undefined for wider roles. */
export function confinedInstitution(p: Principal): string | undefined {
  if (isProgrammeOffice(p)) return undefined;
  if (p.roles.includes('hospital-coordinator')) return p.institutionId ?? '(none)';
  return undefined;
}
