/**
 * The zod schemas: the shape of every entity the API returns and every input it accepts. The
 * handlers validate with them, the OpenAPI document is generated from them and the tests build
 * requests from them. Inputs are strict: an unknown field is a 400, never stored.
 */
import * as z from 'zod';

// ---------- building blocks ----------

export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Region = z.enum(['HK', 'GD']);
export type Region = z.infer<typeof Region>;

export const HA_CLUSTERS = ['HKE', 'HKW', 'KC', 'KE', 'KW', 'NTE', 'NTW'] as const;
export const Cluster = z.enum(HA_CLUSTERS);

/** A calendar date in Asia/Hong_Kong, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const CalendarDate = z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' });
export type CalendarDate = z.infer<typeof CalendarDate>;

/** Opaque ids: url-safe, short, nothing that could be a key injection. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -');

const text = (max: number) => z.string().trim().min(1).max(max);
const Email = z.email().max(254);

export const LocalizedName = z.strictObject({
  en: text(200),
  'zh-Hant': text(200),
  'zh-Hans': text(200),
});
export type LocalizedName = z.infer<typeof LocalizedName>;

/** Staff names: at least one script; emails fall back to what is there. */
export const PersonName = z
  .strictObject({ en: text(200).optional(), 'zh-Hant': text(200).optional(), 'zh-Hans': text(200).optional() })
  .refine((n) => Boolean(n.en || n['zh-Hant'] || n['zh-Hans']), 'at least one of en, zh-Hant, zh-Hans is required');
export type PersonName = z.infer<typeof PersonName>;

const Period = { startDate: CalendarDate, endDate: CalendarDate };
const periodInOrder = (p: { startDate?: string; endDate?: string }) => !p.startDate || !p.endDate || p.startDate <= p.endDate;
const periodMessage = { message: 'endDate must not be before startDate', path: ['endDate'] };

const Meta = {
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
};

// ---------- institutions & departments ----------

export const InstitutionInput = z
  .strictObject({
    region: Region,
    names: LocalizedName,
    cluster: Cluster.optional(),
    city: text(100).optional(),
    contactEmails: z.array(Email).max(20).default([]),
  })
  .refine((i) => (i.region === 'HK' ? Boolean(i.cluster) && !i.city : Boolean(i.city) && !i.cluster), {
    message: 'an HK institution has an HA cluster and no city; a GD institution has a city and no cluster',
    path: ['cluster'],
  });
export const Institution = z.object({
  institutionId: Id,
  region: Region,
  names: LocalizedName,
  cluster: Cluster.optional(),
  city: z.string().optional(),
  contactEmails: z.array(z.string()),
  ...Meta,
});
export type Institution = z.infer<typeof Institution>;

export const DepartmentInput = z.strictObject({
  names: LocalizedName,
  specialty: text(100),
  capacity: z.number().int().min(0).max(500),
});
export const DepartmentPatch = z
  .strictObject({ names: LocalizedName.optional(), specialty: text(100).optional(), capacity: z.number().int().min(0).max(500).optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const Department = z.object({
  departmentId: Id,
  institutionId: Id,
  names: LocalizedName,
  specialty: z.string(),
  capacity: z.number().int(),
  ...Meta,
});
export type Department = z.infer<typeof Department>;

export const OccupancyQuery = z.strictObject({ from: CalendarDate, to: CalendarDate }).refine(
  (q) => q.from <= q.to,
  { message: 'to must not be before from', path: ['to'] },
);
export const Occupancy = z.object({
  departmentId: Id,
  capacity: z.number().int(),
  days: z.array(z.object({ date: CalendarDate, booked: z.number().int(), free: z.number().int(), rotationIds: z.array(Id) })),
});

// ---------- programmes ----------

export const Direction = z.enum(['GD_TO_HK', 'HK_TO_GD']);
export type Direction = z.infer<typeof Direction>;
export const ProgrammeStatus = z.enum(['PLANNING', 'OPEN', 'CLOSED']);

export const ProgrammeInput = z
  .strictObject({
    names: LocalizedName,
    direction: Direction,
    ...Period,
    status: ProgrammeStatus.default('PLANNING'),
    contactEmails: z.array(Email).max(20).default([]),
  })
  .refine(periodInOrder, periodMessage);
export const ProgrammePatch = z
  .strictObject({
    names: LocalizedName.optional(),
    startDate: CalendarDate.optional(),
    endDate: CalendarDate.optional(),
    status: ProgrammeStatus.optional(),
    contactEmails: z.array(Email).max(20).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(periodInOrder, periodMessage);
export const Programme = z.object({
  programmeId: Id,
  names: LocalizedName,
  direction: Direction,
  ...Period,
  status: ProgrammeStatus,
  contactEmails: z.array(z.string()),
  ...Meta,
});
export type Programme = z.infer<typeof Programme>;

// ---------- staff ----------

export const DISCIPLINES = ['DOCTOR', 'NURSE', 'CHINESE_MEDICINE', 'ALLIED_HEALTH', 'PHARMACIST'] as const;
export const Discipline = z.enum(DISCIPLINES);

export const CREDENTIAL_TYPES = [
  'MCHK_LIMITED_REGISTRATION',
  'MCHK_FULL_REGISTRATION',
  'NCHK_TEMPORARY_REGISTRATION',
  'NCHK_REGISTRATION',
  'CMCHK_REGISTRATION',
  'HK_ALLIED_HEALTH_REGISTRATION',
  'MAINLAND_PRACTISING_LICENCE',
  'MAINLAND_SHORT_TERM_PRACTICE_PERMIT',
  'ENTRY_PERMIT',
] as const;
export const CredentialType = z.enum(CREDENTIAL_TYPES);

export const CredentialInput = z
  .strictObject({
    type: CredentialType,
    number: text(64),
    region: Region,
    validFrom: CalendarDate,
    validTo: CalendarDate,
  })
  .refine((c) => c.validFrom <= c.validTo, { message: 'validTo must not be before validFrom', path: ['validTo'] });
export const Credential = z.object({
  credentialId: Id,
  type: CredentialType,
  number: z.string(),
  region: Region,
  validFrom: CalendarDate,
  validTo: CalendarDate,
});
export type Credential = z.infer<typeof Credential>;

export const StaffInput = z.strictObject({
  names: PersonName,
  email: Email,
  preferredLanguage: Language.optional(),
  discipline: Discipline,
  specialty: text(100),
  homeInstitutionId: Id,
  phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/).optional(),
});
/** What staff may change about themselves: contact details and language. Coordinators may change more. */
export const StaffSelfPatch = z
  .strictObject({
    email: Email.optional(),
    phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/).optional(),
    preferredLanguage: Language.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const StaffPatch = z
  .strictObject({
    names: PersonName.optional(),
    email: Email.optional(),
    phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/).optional(),
    preferredLanguage: Language.optional(),
    discipline: Discipline.optional(),
    specialty: text(100).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const Staff = z.object({
  staffId: Id,
  names: PersonName,
  email: z.string(),
  preferredLanguage: Language.optional(),
  discipline: Discipline,
  specialty: z.string(),
  homeInstitutionId: Id,
  /** The home institution's region, kept with the person so the direction rule needs no extra read. */
  homeRegion: Region.optional(),
  phone: z.string().optional(),
  credentials: z.array(Credential),
  ...Meta,
});
export type Staff = z.infer<typeof Staff>;

// ---------- placements ----------

export const PLACEMENT_STATUSES = ['NOMINATED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN', 'CANCELLED'] as const;
export const PlacementStatus = z.enum(PLACEMENT_STATUSES);
export type PlacementStatus = z.infer<typeof PlacementStatus>;
export const PLACEMENT_ACTIONS = ['offer', 'accept', 'decline', 'activate', 'complete', 'withdraw', 'cancel'] as const;
export const PlacementAction = z.enum(PLACEMENT_ACTIONS);
export type PlacementAction = z.infer<typeof PlacementAction>;

export const PlacementInput = z
  .strictObject({
    staffId: Id,
    hostInstitutionId: Id,
    ...Period,
    notes: z.string().max(2000).optional(),
  })
  .refine(periodInOrder, periodMessage);
export const PlacementPatch = z
  .strictObject({ startDate: CalendarDate.optional(), endDate: CalendarDate.optional(), notes: z.string().max(2000).optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(periodInOrder, periodMessage);
export const PlacementTransition = z.strictObject({
  action: PlacementAction,
  reason: z.string().trim().min(1).max(1000).optional(),
});
export const Placement = z.object({
  placementId: Id,
  programmeId: Id,
  staffId: Id,
  hostInstitutionId: Id,
  homeInstitutionId: Id,
  ...Period,
  status: PlacementStatus,
  notes: z.string().optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
  ...Meta,
});
export type Placement = z.infer<typeof Placement>;

// ---------- rotations ----------

export const ROTATION_STATUSES = ['SCHEDULED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'COMPLETED'] as const;
export const RotationStatus = z.enum(ROTATION_STATUSES);
export type RotationStatus = z.infer<typeof RotationStatus>;
export const Activity = z.enum(['CLINICAL', 'OBSERVATION', 'TRAINING']);
export type Activity = z.infer<typeof Activity>;

const Supervisor = z.strictObject({ name: text(200), email: Email.optional() });

export const RotationInput = z
  .strictObject({
    departmentId: Id,
    ...Period,
    activity: Activity,
    supervisor: Supervisor.optional(),
  })
  .refine(periodInOrder, periodMessage);
export const RotationPatch = z
  .strictObject({
    departmentId: Id.optional(),
    startDate: CalendarDate.optional(),
    endDate: CalendarDate.optional(),
    activity: Activity.optional(),
    supervisor: Supervisor.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(periodInOrder, periodMessage);
export const RotationDecline = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
export const Rotation = z.object({
  rotationId: Id,
  placementId: Id,
  programmeId: Id,
  staffId: Id,
  hostInstitutionId: Id,
  homeInstitutionId: Id,
  departmentId: Id,
  ...Period,
  activity: Activity,
  supervisor: z.object({ name: z.string(), email: z.string().optional() }).optional(),
  status: RotationStatus,
  /** Bumped by every change of dates or department; calendars use it as SEQUENCE. */
  sequence: z.number().int(),
  declineReason: z.string().optional(),
  ...Meta,
});
export type Rotation = z.infer<typeof Rotation>;

// ---------- audit, notifications ----------

export const Actor = z.object({
  sub: z.string(),
  role: z.string(),
  /** Set when a coordinator records something on a visitor's behalf. */
  onBehalfOf: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

/**
 * Every change is one audit record, written in the same transaction as the change; the notifier
 * reads these from the table's stream (items with type AUDIT), so the audit trail and the
 * change events cannot disagree.
 */
export const AUDIT_ACTIONS = [
  'institution.created',
  'department.created',
  'department.updated',
  'programme.created',
  'programme.updated',
  'staff.created',
  'staff.updated',
  'staff.credentialAdded',
  'placement.nominated',
  'placement.updated',
  'placement.offered',
  'placement.accepted',
  'placement.declined',
  'placement.activated',
  'placement.completed',
  'placement.withdrawn',
  'placement.cancelled',
  'rotation.scheduled',
  /** Dates, department or details changed; before/after carry old and new. */
  'rotation.updated',
  'rotation.cancelled',
  'rotation.confirmed',
  'rotation.declined',
  'rotation.completed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRecord = z.object({
  auditId: Id,
  placementId: Id.optional(),
  at: z.string(),
  actor: Actor,
  action: AuditAction,
  entityType: z.enum(['institution', 'department', 'programme', 'staff', 'placement', 'rotation']),
  entityId: Id,
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Free text a person typed (a decline's reason). */
  reason: z.string().optional(),
  /** Why the system made a change on its own, for emails to put in the reader's language. */
  reasonCode: z.enum(['PLACEMENT_DECLINED', 'PLACEMENT_WITHDRAWN', 'PLACEMENT_CANCELLED']).optional(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const NotificationStatus = z.enum(['PENDING', 'SENT', 'FAILED', 'SUPPRESSED']);
export const Notification = z.object({
  notificationId: z.string(),
  placementId: Id,
  auditId: Id,
  recipient: z.string(),
  template: z.string(),
  language: z.string(),
  subject: z.string().optional(),
  sentAt: z.string().optional(),
  status: NotificationStatus,
  attempts: z.number().int(),
  lastError: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// ---------- lists, errors, the caller ----------

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(2048).optional(),
});
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().optional() });

export const DryRunQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).optional() });

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string().optional(),
  violations: z
    .array(z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional(), severity: z.string().optional() }))
    .optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** The signed-in visitor: profile, placements (newest first) and the calendar feed link to subscribe to. */
export const Me = z.object({ staff: Staff, placements: z.array(Placement), calendarFeedUrl: z.string() });
export const Health = z.object({ status: z.literal('ok'), time: z.string() });
