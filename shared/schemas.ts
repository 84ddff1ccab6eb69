/**
 * The zod schemas: the shape of every entity the API returns and every input it accepts. The
 * handlers validate with them, the OpenAPI document is generated from them and the tests build
 * requests from them. Inputs are strict: an unknown field is a 400, never stored.
 *
 * Loading and building schemas is a large part of every function's cold start, so:
 * - they are written with zod/mini (the same zod, with functions instead of methods:
 *   z.optional(s) for s.optional(), .check(z.maxLength(n)) for .max(n)), a fraction of classic
 *   zod's size, with schemas that are cheaper to build;
 * - each is built through schema() (shared/lazy.ts): on first use, so a function builds only what
 *   its invocation parses, and a bundle leaves out every schema it never refers to. Build any
 *   schema added here through it too.
 */
import * as limits from './limits';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { lazy } from './lazy';
import { CONTROL_CHARACTERS, CONTROL_CHARACTERS_BUT_LINES } from './control-characters';

// zod/mini loads no error messages of its own: the same English ones classic zod gives.
z.config(en());

/**
 * Builds a schema on first use (marked free of side effects: a bundler drops the unused ones).
 * Declared here, not imported as lazy itself: esbuild honours the mark only on a function of
 * this module, and with `import { lazy as schema }` every bundle grows by 5–20 KB.
 */
const schema = /* @__NO_SIDE_EFFECTS__ */ <T extends object>(build: () => T): T => lazy(build);

// ---------- building blocks ----------

export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export const Language = schema(() => z.enum(LANGUAGES));
export type Language = z.infer<typeof Language>;

export const Region = schema(() => z.enum(['HK', 'GD']));
export type Region = z.infer<typeof Region>;

export const HA_CLUSTERS = ['HKE', 'HKW', 'KC', 'KE', 'KW', 'NTE', 'NTW'] as const;
export const Cluster = schema(() => z.enum(HA_CLUSTERS));

/** A calendar date in Asia/Hong_Kong, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const CalendarDate = schema(() => z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' }));
export type CalendarDate = z.infer<typeof CalendarDate>;

/** Opaque ids: url-safe, short, nothing that could be a key injection. */
export const Id = schema(() =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -')),
);

const noControl = () => z.refine<string>((v) => !CONTROL_CHARACTERS.test(v), 'must not contain control characters');
const noControlButLines = () =>
  z.refine<string>(
    (v) => !CONTROL_CHARACTERS_BUT_LINES.test(v),
    'must not contain control characters other than line breaks and tabs',
  );

/** One line: trimmed, not empty, at most `max` characters, no control character (names, numbers, cities). */
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noControl());
/** Several lines a person typed (a reason): trimmed, not empty, line breaks allowed, no other control character. */
const multilineText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noControlButLines());
const Email = schema(() => z.email().check(z.maxLength(254)));
const int = () => z.number().check(z.int());
const Phone = schema(() => z.string().check(z.regex(/^\+?[0-9 ()-]{6,24}$/)));
const ContactEmails = schema(() => z.array(Email).check(z.maxLength(20)));
const changesSomething = (p: object) => Object.keys(p).length > 0;

export const LocalizedName = schema(() =>
  z.strictObject({
    en: text(200),
    'zh-Hant': text(200),
    'zh-Hans': text(200),
  }),
);
export type LocalizedName = z.infer<typeof LocalizedName>;

/** Staff names: at least one script; emails fall back to what is there. */
export const PersonName = schema(() =>
  z
    .strictObject({ en: z.optional(text(200)), 'zh-Hant': z.optional(text(200)), 'zh-Hans': z.optional(text(200)) })
    .check(
      z.refine(
        (n) => Boolean(n.en || n['zh-Hant'] || n['zh-Hans']),
        'at least one of en, zh-Hant, zh-Hans is required',
      ),
    ),
);
export type PersonName = z.infer<typeof PersonName>;

const Period = { startDate: CalendarDate, endDate: CalendarDate };
const periodInOrder = (p: { startDate?: string; endDate?: string }) =>
  !p.startDate || !p.endDate || p.startDate <= p.endDate;
const periodMessage = { message: 'endDate must not be before startDate', path: ['endDate'] };

/** An instant in UTC, ISO 8601 with milliseconds ("2027-03-01T02:15:00.000Z"): OpenAPI's date-time. */
export const Timestamp = schema(() => z.iso.datetime());

const Meta = schema(() => ({
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: int(),
}));

// ---------- institutions & departments ----------

export const InstitutionInput = schema(() =>
  z
    .strictObject({
      region: Region,
      names: LocalizedName,
      cluster: z.optional(Cluster),
      city: z.optional(text(100)),
      contactEmails: z._default(ContactEmails, []),
      contactLanguage: z.optional(Language),
    })
    .check(
      z.refine((i) => (i.region === 'HK' ? Boolean(i.cluster) && !i.city : Boolean(i.city) && !i.cluster), {
        message: 'an HK institution has an HA cluster and no city; a GD institution has a city and no cluster',
        path: ['cluster'],
      }),
    ),
);
/** What may change of an institution: its names, and who its emails go to and in what language. */
export const InstitutionPatch = schema(() =>
  z
    .strictObject({
      names: z.optional(LocalizedName),
      contactEmails: z.optional(ContactEmails),
      /** null: none, so contacts who chose none get all three languages. */
      contactLanguage: z.optional(z.nullable(Language)),
    })
    .check(z.refine(changesSomething, 'nothing to change')),
);
export const Institution = schema(() =>
  z.object({
    institutionId: Id,
    region: Region,
    names: LocalizedName,
    cluster: z.optional(Cluster),
    city: z.optional(z.string()),
    contactEmails: z.array(z.string()),
    /** The language emails to its contact addresses are written in, when a reader chose none. */
    contactLanguage: z.optional(Language),
    ...Meta,
  }),
);
export type Institution = z.infer<typeof Institution>;

const Capacity = schema(() => z.number().check(z.int(), z.gte(0), z.lte(500)));
export const DepartmentInput = schema(() =>
  z.strictObject({
    names: LocalizedName,
    specialty: text(100),
    capacity: Capacity,
  }),
);
export const DepartmentPatch = schema(() =>
  z
    .strictObject({
      names: z.optional(LocalizedName),
      specialty: z.optional(text(100)),
      capacity: z.optional(Capacity),
    })
    .check(z.refine(changesSomething, 'nothing to change')),
);
export const Department = schema(() =>
  z.object({
    departmentId: Id,
    institutionId: Id,
    names: LocalizedName,
    specialty: z.string(),
    capacity: int(),
    ...Meta,
  }),
);
export type Department = z.infer<typeof Department>;

export const OccupancyQuery = schema(() =>
  z
    .strictObject({ from: CalendarDate, to: CalendarDate })
    .check(z.refine((q) => q.from <= q.to, { message: 'to must not be before from', path: ['to'] })),
);
export const Occupancy = schema(() =>
  z.object({
    departmentId: Id,
    capacity: int(),
    days: z.array(z.object({ date: CalendarDate, booked: int(), free: int(), rotationIds: z.array(Id) })),
  }),
);

// ---------- programmes ----------

export const Direction = schema(() => z.enum(['GD_TO_HK', 'HK_TO_GD']));
export type Direction = z.infer<typeof Direction>;
export const ProgrammeStatus = schema(() => z.enum(['PLANNING', 'OPEN', 'CLOSED']));

export const ProgrammeInput = schema(() =>
  z
    .strictObject({
      names: LocalizedName,
      direction: Direction,
      ...Period,
      status: z._default(ProgrammeStatus, 'PLANNING'),
      contactEmails: z._default(ContactEmails, []),
      contactLanguage: z.optional(Language),
    })
    .check(z.refine(periodInOrder, periodMessage)),
);
export const ProgrammePatch = schema(() =>
  z
    .strictObject({
      names: z.optional(LocalizedName),
      startDate: z.optional(CalendarDate),
      endDate: z.optional(CalendarDate),
      status: z.optional(ProgrammeStatus),
      contactEmails: z.optional(ContactEmails),
      /** null: none, so contacts who chose none get all three languages. */
      contactLanguage: z.optional(z.nullable(Language)),
    })
    .check(z.refine(changesSomething, 'nothing to change'), z.refine(periodInOrder, periodMessage)),
);
export const Programme = schema(() =>
  z.object({
    programmeId: Id,
    names: LocalizedName,
    direction: Direction,
    ...Period,
    status: ProgrammeStatus,
    contactEmails: z.array(z.string()),
    /** The language emails to its contact addresses are written in, when a reader chose none. */
    contactLanguage: z.optional(Language),
    ...Meta,
  }),
);
export type Programme = z.infer<typeof Programme>;

// ---------- staff ----------

export const DISCIPLINES = ['DOCTOR', 'NURSE', 'CHINESE_MEDICINE', 'ALLIED_HEALTH', 'PHARMACIST'] as const;
export const Discipline = schema(() => z.enum(DISCIPLINES));

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
export const CredentialType = schema(() => z.enum(CREDENTIAL_TYPES));

export const CredentialInput = schema(() =>
  z
    .strictObject({
      type: CredentialType,
      number: text(64),
      region: Region,
      validFrom: CalendarDate,
      validTo: CalendarDate,
    })
    .check(
      z.refine((c) => c.validFrom <= c.validTo, { message: 'validTo must not be before validFrom', path: ['validTo'] }),
    ),
);
export const Credential = schema(() =>
  z.object({
    credentialId: Id,
    type: CredentialType,
    number: z.string(),
    region: Region,
    validFrom: CalendarDate,
    validTo: CalendarDate,
  }),
);
export type Credential = z.infer<typeof Credential>;

export const StaffInput = schema(() =>
  z.strictObject({
    names: PersonName,
    email: Email,
    preferredLanguage: z.optional(Language),
    discipline: Discipline,
    specialty: text(100),
    homeInstitutionId: Id,
    phone: z.optional(Phone),
  }),
);
/** What staff may change about themselves: contact details and language. Coordinators may change more. */
export const StaffSelfPatch = schema(() =>
  z
    .strictObject({
      email: z.optional(Email),
      phone: z.optional(Phone),
      preferredLanguage: z.optional(Language),
    })
    .check(z.refine(changesSomething, 'nothing to change')),
);
export const StaffPatch = schema(() =>
  z
    .strictObject({
      names: z.optional(PersonName),
      email: z.optional(Email),
      phone: z.optional(Phone),
      preferredLanguage: z.optional(Language),
      discipline: z.optional(Discipline),
      specialty: z.optional(text(100)),
    })
    .check(z.refine(changesSomething, 'nothing to change')),
);
export const Staff = schema(() =>
  z.object({
    staffId: Id,
    names: PersonName,
    email: z.string(),
    preferredLanguage: z.optional(Language),
    discipline: Discipline,
    specialty: z.string(),
    homeInstitutionId: Id,
    /** The home institution's region, kept with the person so the direction rule needs no extra read. */
    homeRegion: Region,
    phone: z.optional(z.string()),
    credentials: z.array(Credential),
    ...Meta,
  }),
);
export type Staff = z.infer<typeof Staff>;

// ---------- placements ----------

export const PLACEMENT_STATUSES = [
  'NOMINATED',
  'OFFERED',
  'ACCEPTED',
  'DECLINED',
  'ACTIVE',
  'COMPLETED',
  'WITHDRAWN',
  'CANCELLED',
] as const;
export const PlacementStatus = schema(() => z.enum(PLACEMENT_STATUSES));
export type PlacementStatus = z.infer<typeof PlacementStatus>;
export const PLACEMENT_ACTIONS = ['offer', 'accept', 'decline', 'activate', 'complete', 'withdraw', 'cancel'] as const;
export const PlacementAction = schema(() => z.enum(PLACEMENT_ACTIONS));
export type PlacementAction = z.infer<typeof PlacementAction>;

const Notes = schema(() => z.string().check(z.maxLength(2000), noControlButLines()));

export const PlacementInput = schema(() =>
  z
    .strictObject({
      staffId: Id,
      hostInstitutionId: Id,
      ...Period,
      notes: z.optional(Notes),
    })
    .check(z.refine(periodInOrder, periodMessage)),
);
export const PlacementPatch = schema(() =>
  z
    .strictObject({ startDate: z.optional(CalendarDate), endDate: z.optional(CalendarDate), notes: z.optional(Notes) })
    .check(z.refine(changesSomething, 'nothing to change'), z.refine(periodInOrder, periodMessage)),
);
export const PlacementTransition = schema(() =>
  z.strictObject({
    action: PlacementAction,
    reason: z.optional(multilineText(1000)),
  }),
);
export const Placement = schema(() =>
  z.object({
    placementId: Id,
    programmeId: Id,
    staffId: Id,
    hostInstitutionId: Id,
    homeInstitutionId: Id,
    ...Period,
    status: PlacementStatus,
    notes: z.optional(z.string()),
    warnings: z.optional(z.array(z.object({ code: z.string(), message: z.string() }))),
    ...Meta,
  }),
);
export type Placement = z.infer<typeof Placement>;

// ---------- rotations ----------

export const ROTATION_STATUSES = ['SCHEDULED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'COMPLETED'] as const;
export const RotationStatus = schema(() => z.enum(ROTATION_STATUSES));
export type RotationStatus = z.infer<typeof RotationStatus>;
export const Activity = schema(() => z.enum(['CLINICAL', 'OBSERVATION', 'TRAINING']));
export type Activity = z.infer<typeof Activity>;

const Supervisor = schema(() => z.strictObject({ name: text(200), email: z.optional(Email) }));

export const RotationInput = schema(() =>
  z
    .strictObject({
      departmentId: Id,
      ...Period,
      activity: Activity,
      supervisor: z.optional(Supervisor),
    })
    .check(z.refine(periodInOrder, periodMessage)),
);
export const RotationPatch = schema(() =>
  z
    .strictObject({
      departmentId: z.optional(Id),
      startDate: z.optional(CalendarDate),
      endDate: z.optional(CalendarDate),
      activity: z.optional(Activity),
      supervisor: z.optional(Supervisor),
    })
    .check(z.refine(changesSomething, 'nothing to change'), z.refine(periodInOrder, periodMessage)),
);
export const RotationDecline = schema(() => z.strictObject({ reason: multilineText(1000) }));
export const Rotation = schema(() =>
  z.object({
    rotationId: Id,
    placementId: Id,
    programmeId: Id,
    staffId: Id,
    hostInstitutionId: Id,
    homeInstitutionId: Id,
    departmentId: Id,
    ...Period,
    activity: Activity,
    supervisor: z.optional(z.object({ name: z.string(), email: z.optional(z.string()) })),
    status: RotationStatus,
    /** Bumped by every change of dates or department; calendars use it as SEQUENCE. */
    sequence: int(),
    declineReason: z.optional(z.string()),
    /** What the last reschedule changed from (department and dates), so the visitor sees old → new. */
    previous: z.optional(z.object({ departmentId: Id, startDate: CalendarDate, endDate: CalendarDate })),
    ...Meta,
  }),
);
export type Rotation = z.infer<typeof Rotation>;

/**
 * The most rotations one plan schedules. A plan is written in one transaction, and DynamoDB
 * takes 100 items in one: a rotation within one calendar month needs up to 6 (the rotation, its
 * audit record, a month of its department's and of the visitor's day books, its department's
 * version check and booking counter), and the plan 4 more (the placement, the visitor's record,
 * the plan's own audit record, the Idempotency-Key's response). A rotation over more months
 * needs 2 more per month, so a plan of long rotations may fit fewer (TOO_MANY_ROTATIONS says how many).
 */
export const MAX_PLAN_ROTATIONS = 16;
/** Several rotations of one placement, scheduled together: all of them, or none. */
export const RotationPlanInput = schema(() =>
  z.strictObject({ rotations: z.array(RotationInput).check(z.minLength(1)) }),
);
/** One rotation of a plan: its verdict, and the rotation as stored (or as it would be, on a dry run). */
export const RotationPlanItem = schema(() =>
  z.object({
    /** Its place in the request's `rotations` (from 0). */
    index: int(),
    /** The id it is stored under (or was checked under, when the plan was refused). */
    rotationId: Id,
    ok: z.boolean(),
    rotation: z.optional(Rotation),
    /** The rules it breaks (the plan was refused). */
    violations: z.optional(z.array(Violation)),
    warnings: z.optional(z.array(Violation)),
  }),
);
export const RotationPlan = schema(() => z.object({ placementId: Id, items: z.array(RotationPlanItem) }));

// ---------- audit, notifications ----------

export const Actor = schema(() =>
  z.object({
    sub: z.string(),
    role: z.string(),
    /** Set when a coordinator records something on a visitor's behalf. */
    onBehalfOf: z.optional(z.string()),
  }),
);
export type Actor = z.infer<typeof Actor>;

/**
 * Every change is one audit record, written in the same transaction as the change; the notifier
 * reads these from the table's stream (items with type AUDIT), so the audit trail and the
 * change events cannot disagree.
 */
export const AUDIT_ACTIONS = [
  'institution.created',
  'institution.updated',
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
  /** Several rotations scheduled at once (a rotation plan); `after.rotations` lists them. */
  'placement.rotationsScheduled',
  'rotation.scheduled',
  /** Dates, department or details changed; before/after carry old and new. */
  'rotation.updated',
  'rotation.cancelled',
  'rotation.confirmed',
  'rotation.declined',
  'rotation.completed',
  'import.started',
  'import.completed',
] as const;
export const AuditAction = schema(() => z.enum(AUDIT_ACTIONS));
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRecord = schema(() =>
  z.object({
    auditId: Id,
    placementId: z.optional(Id),
    at: Timestamp,
    actor: Actor,
    action: AuditAction,
    entityType: z.enum(['institution', 'department', 'programme', 'staff', 'placement', 'rotation', 'import']),
    entityId: Id,
    before: z.nullable(z.record(z.string(), z.unknown())),
    after: z.nullable(z.record(z.string(), z.unknown())),
    /** Free text a person typed (a decline's reason). */
    reason: z.optional(z.string()),
    /** Why the system made a change on its own, for emails to put in the reader's language. */
    reasonCode: z.optional(z.enum(['PLACEMENT_DECLINED', 'PLACEMENT_WITHDRAWN', 'PLACEMENT_CANCELLED'])),
    /** The change this one is part of (a rotation of a plan: the plan's record), which the email tells of. */
    partOf: z.optional(Id),
  }),
);
export type AuditRecord = z.infer<typeof AuditRecord>;

export const NotificationStatus = schema(() => z.enum(['PENDING', 'SENT', 'FAILED', 'SUPPRESSED']));
export const Notification = schema(() =>
  z.object({
    notificationId: z.string(),
    placementId: Id,
    auditId: Id,
    recipient: z.string(),
    template: z.string(),
    language: z.string(),
    subject: z.optional(z.string()),
    sentAt: z.optional(Timestamp),
    status: NotificationStatus,
    /** Claims to send (a held-back turn counts too). */
    attempts: int(),
    lastError: z.optional(z.string()),
    /** FAILED and not given up: when the re-drive tries again. */
    nextAttemptAt: z.optional(Timestamp),
    /** When the change it reports happened: a recipient's emails go out in this order. */
    changeAt: z.optional(Timestamp),
    /** Every attempt: sent, failed (with the error), held back behind an earlier email, re-drive asked for. */
    history: z.optional(
      z.array(
        z.object({
          at: Timestamp,
          result: z.enum(['SENT', 'FAILED', 'HELD', 'SUPPRESSED', 'GAVE_UP', 'REDRIVE_REQUESTED']),
          detail: z.optional(z.string()),
        }),
      ),
    ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);

// ---------- lists, errors, the caller ----------

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
export const PageQuery = schema(() =>
  z.strictObject({
    limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
  }),
);
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });

export const DryRunQuery = schema(() => z.strictObject({ dryRun: z.optional(z.enum(['true', 'false'])) }));

/** One broken rule (or a warning), naming the ids and dates involved. */
export const Violation = schema(() =>
  z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
    severity: z.optional(z.enum(['error', 'warning'])),
  }),
);

/** RFC 9457 problem details. Open: members beyond the ones named here may be added (RFC 9457 §3.2). */
export const Problem = schema(() =>
  z.looseObject({
    type: z.string(),
    title: z.string(),
    status: int(),
    detail: z.string(),
    /** Stable, for programs to branch on (the title and detail are for people). */
    code: z.string(),
    instance: z.optional(z.string()),
    /** 409 RULE_VIOLATION: every broken rule. */
    violations: z.optional(z.array(Violation)),
    /** 400 VALIDATION_FAILED: every invalid field. */
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    /** 412 VERSION_MISMATCH: the version now stored (its ETag is this number in quotes). */
    currentVersion: z.optional(int()),
    /** 404 NOT_FOUND: what was looked for. */
    resource: z.optional(z.string()),
    id: z.optional(z.string()),
    /** 404 NOT_FOUND for a path parameter that cannot be an id. */
    parameter: z.optional(z.string()),
    /** 409 RULE_VIOLATION of a rotation plan: each rotation's verdict, in the order sent. */
    items: z.optional(z.array(RotationPlanItem)),
    /** 413 TOO_MANY_ROTATIONS: the most rotations this plan could schedule at once. */
    maxRotations: z.optional(int()),
  }),
);

/**
 * What a write with ?dryRun=true answers (200): the verdict and what would have been stored;
 * nothing is written. A dry run that breaks a rule answers the 409 the write would.
 */
export const dryRunOf = <T extends z.ZodMiniType>(entity: T) =>
  z.object({ dryRun: z.literal(true), valid: z.literal(true), warnings: z.array(Violation), result: entity });

/** A visitor's overview: themselves, their placements and what those refer to, and their calendar feed link. */
export const Me = schema(() =>
  z.object({
    staff: Staff,
    placements: z.array(Placement),
    programmes: z.array(Programme),
    institutions: z.array(Institution),
    departments: z.array(Department),
    calendarFeedUrl: z.string(),
  }),
);
/**
 * A coordinator's email settings: the address they apply to (their sign-in's), the language they
 * chose for their emails, and the one their sign-in carries (the ID token's `locale`), used when
 * they chose none. Version 0: nothing stored yet.
 */
export const EmailSettings = schema(() =>
  z.object({
    email: z.string(),
    language: z.optional(Language),
    signInLanguage: z.optional(Language),
    version: int(),
    updatedAt: z.optional(Timestamp),
  }),
);
export type EmailSettings = z.infer<typeof EmailSettings>;
/** Choose the language of one's emails; null goes back to the sign-in's, else the contact list's. */
export const EmailSettingsPatch = schema(() => z.strictObject({ language: z.nullable(Language) }));

export const Health = schema(() => z.object({ status: z.literal('ok'), time: Timestamp }));
/** Readiness: what was checked, and that it answered (a failure is a 503 problem). */
export const Readiness = schema(() =>
  z.object({ status: z.literal('ready'), time: Timestamp, checks: z.object({ table: z.literal('ok') }) }),
);

// ---------- batch work: imports, bulk actions, exports ----------

/** How a file reaches the import: limits and their reasons in shared/limits.ts. */
export { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_FILE_BYTES } from './limits';
const readingOptions = () => ({
  /** Overrides the detected encoding of a CSV. */
  encoding: z.optional(z.enum(['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'])),
  dateOrder: z.optional(z.enum(['DMY', 'MDY'])),
});
export const ImportUpload = schema(() =>
  z.union([
    z.strictObject({
      fileName: text(255),
      content: z
        .string()
        .check(z.minLength(1), z.maxLength(limits.MAX_IMPORT_BODY_BYTES), z.regex(/^[A-Za-z0-9+/=\s]+$/)),
      contentEncoding: z.optional(z.enum(['gzip'])),
      ...readingOptions(),
    }),
    z.strictObject({ fileName: text(255), uploadId: Id, ...readingOptions() }),
  ]),
);
export const ImportUploadFormRequest = schema(() =>
  z.strictObject({
    fileName: text(255),
    /** The file's size: refused here already when it is over the limit, before anything is sent. */
    size: int().check(z.gte(1)),
  }),
);
export const ImportUploadForm = schema(() =>
  z.object({
    uploadId: Id,
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: Timestamp,
    maxBytes: int(),
  }),
);
export const RowProblem = schema(() =>
  z.object({
    field: z.optional(z.string()),
    column: z.optional(z.string()),
    code: z.string(),
    message: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
    severity: z.optional(z.enum(['error', 'warning'])),
  }),
);
export const ROW_OUTCOMES = [
  'NEW',
  'PERSON_EXISTS',
  'ALREADY_NOMINATED',
  'INVALID',
  'CREATED',
  'NOMINATED',
  'REJECTED',
  'PENDING',
] as const;
export const ImportRow = schema(() =>
  z.object({
    row: int(),
    outcome: z.enum(ROW_OUTCOMES),
    name: z.optional(z.string()),
    email: z.optional(z.string()),
    staffId: z.optional(Id),
    placementId: z.optional(Id),
    problems: z.array(RowProblem),
  }),
);
export const ImportReport = schema(() =>
  z.object({
    dryRun: z.literal(true),
    valid: z.boolean(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.optional(
      z.object({
        used: z.string(),
        basis: z.string(),
        candidates: z.array(z.object({ encoding: z.string(), confidence: z.number(), names: z.array(z.string()) })),
      }),
    ),
    dateOrder: z.enum(['DMY', 'MDY']),
    columns: z.object({
      matched: z.array(z.object({ column: z.string(), field: z.string() })),
      ignored: z.array(z.string()),
      duplicates: z.array(z.string()),
    }),
    counts: z.object({ rows: int(), new: int(), personExists: int(), alreadyNominated: int(), invalid: int() }),
    rows: z.array(ImportRow),
  }),
);
const importShape = () => ({
  importId: Id,
  programmeId: Id,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.optional(z.string()),
  dateOrder: z.enum(['DMY', 'MDY']),
  status: z.enum(['RUNNING', 'COMPLETED']),
  createdBy: z.object({ sub: z.string(), role: z.string() }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  completedAt: z.optional(Timestamp),
  version: int(),
  headers: z.array(z.string()),
  total: int(),
  processed: int(),
  chunksDone: int(),
  chunks: int(),
  counts: z.object({ created: int(), nominated: int(), alreadyNominated: int(), rejected: int() }),
});
export const Import = schema(() => z.object(importShape()));
export const ImportDetail = schema(() => z.object({ ...importShape(), rows: z.array(ImportRow) }));

export const BULK_ACTIONS = ['offer', 'withdraw', 'cancel'] as const;
export const BulkTransition = schema(() =>
  z.strictObject({
    action: z.enum(BULK_ACTIONS),
    reason: z.optional(text(1000)),
    items: z
      .array(z.strictObject({ placementId: Id, version: z.number().check(z.int(), z.gte(1)) }))
      .check(z.minLength(1), z.maxLength(100)),
  }),
);
/**
 * Each item's result. On a dry run, `dryRun` and `valid` (the request was accepted: well formed and
 * allowed) are added; whether each item would succeed is in its result.
 */
export const BulkTransitionResult = schema(() =>
  z.object({
    dryRun: z.optional(z.literal(true)),
    valid: z.optional(z.boolean()),
    results: z.array(
      z.object({
        placementId: Id,
        ok: z.boolean(),
        status: int(),
        placement: z.optional(Placement),
        code: z.optional(z.string()),
        detail: z.optional(z.string()),
        violations: z.optional(z.array(z.unknown())),
        currentStatus: z.optional(z.string()),
      }),
    ),
    succeeded: int(),
    failed: int(),
  }),
);

export const ExportQuery = schema(() => z.strictObject({ lang: z.optional(Language) }));
export const OccupancyExportQuery = schema(() =>
  z.strictObject({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')),
    lang: z.optional(Language),
  }),
);
export const ProgrammeReport = schema(() =>
  z.object({
    programmeId: Id,
    months: z.array(z.string()),
    visitors: z.array(z.object({ discipline: z.string(), cluster: z.string(), month: z.string(), visitors: int() })),
    placementsByStatus: z.record(z.string(), int()),
    rotationsByStatus: z.record(z.string(), int()),
    declines: z.array(
      z.object({
        rotationId: Id,
        placementId: Id,
        staffName: z.string(),
        department: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        reason: z.string(),
      }),
    ),
  }),
);
