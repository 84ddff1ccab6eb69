/**
 * The coordinators' read views: what the console's overview, visitors list, schedule board and
 * capacity heat map ask for, each answered by one request whatever the number of visitors (see
 * shared/services/programme-views.ts). Built like shared/schemas.ts: zod/mini, each schema on
 * first use.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy';
import {
  CalendarDate,
  Department,
  DISCIPLINES,
  Id,
  LocalizedName,
  PersonName,
  Placement,
  PlacementStatus,
  Rotation,
  RotationStatus,
} from './schemas';

/** See schemas.ts: declared here so esbuild honours the mark and leaves unused schemas out. */
const schema = /* @__NO_SIDE_EFFECTS__ */ <T extends object>(build: () => T): T => lazy(build);
const int = () => z.number().check(z.int());

/** Rows of the programme views are visitors; a page holds a whole intake (300+) so the console asks once. */
export const MAX_VISITOR_ROWS = 400;
const RowLimit = schema(() =>
  z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_VISITOR_ROWS)), MAX_VISITOR_ROWS),
);
const Cursor = schema(() => z.optional(z.string().check(z.maxLength(512))));

/** What a coordinator's list shows of a person. */
export const VisitorSummary = schema(() =>
  z.object({
    staffId: Id,
    names: PersonName,
    discipline: z.enum(DISCIPLINES),
    specialty: z.string(),
    homeInstitutionId: Id,
    email: z.string(),
  }),
);

/** What needs a coordinator's attention about one placement; each is a filter of the visitors list. */
export const ATTENTION_FLAGS = ['awaitingConfirmation', 'declinedRotation', 'startingSoon', 'permitWarning'] as const;
export const AttentionFlag = schema(() => z.enum(ATTENTION_FLAGS));
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];

const RotationCounts = schema(() =>
  z.object({ SCHEDULED: int(), CONFIRMED: int(), DECLINED: int(), CANCELLED: int(), COMPLETED: int() }),
);

export const VisitorRow = schema(() =>
  z.object({
    placement: Placement,
    visitor: VisitorSummary,
    rotationCounts: RotationCounts,
    flags: z.array(AttentionFlag),
  }),
);

export const VisitorsQuery = schema(() =>
  z.strictObject({
    status: z.optional(PlacementStatus),
    hostInstitutionId: z.optional(Id),
    discipline: z.optional(z.enum(DISCIPLINES)),
    specialty: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    /** Matched against the person's names in every script, and their email. */
    q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
    flag: z.optional(AttentionFlag),
    limit: RowLimit,
    cursor: Cursor,
  }),
);

export const VisitorsPage = schema(() =>
  z.object({ items: z.array(VisitorRow), total: int(), nextCursor: z.optional(z.string()) }),
);

/** One entry behind an overview figure: the placement and, for rotation figures, the rotation. */
export const OverviewEntry = schema(() =>
  z.object({
    placementId: Id,
    staffId: Id,
    visitor: PersonName,
    hostInstitutionId: Id,
    startDate: CalendarDate,
    endDate: CalendarDate,
    status: z.string(),
    rotationId: z.optional(Id),
    departmentId: z.optional(Id),
    department: z.optional(LocalizedName),
    /** The visitor's reason for a decline. */
    reason: z.optional(z.string()),
    /** The warning's code and words (entry permits). */
    warnings: z.optional(z.array(z.object({ code: z.string(), message: z.string() }))),
  }),
);

/** At most this many entries are listed behind each figure; the count is always whole. */
export const OVERVIEW_LIST_SIZE = 50;
const Figure = schema(() => z.object({ count: int(), items: z.array(OverviewEntry) }));

export const ProgrammeOverview = schema(() =>
  z.object({
    programmeId: Id,
    /** Today in Hong Kong: what "next 30 days" counts from. */
    today: CalendarDate,
    visitors: int(),
    pipeline: z.array(z.object({ status: PlacementStatus, count: int() })),
    awaitingConfirmation: Figure,
    declinedRotations: Figure,
    startingSoon: Figure,
    permitWarnings: Figure,
  }),
);

export const ScheduleRow = schema(() =>
  z.object({ placement: Placement, visitor: VisitorSummary, rotations: z.array(Rotation) }),
);
export const ScheduleQuery = schema(() => z.strictObject({ limit: RowLimit, cursor: Cursor }));
export const ProgrammeSchedule = schema(() =>
  z.object({
    programmeId: Id,
    items: z.array(ScheduleRow),
    /** Every department the rows' rotations use. */
    departments: z.array(Department),
    nextCursor: z.optional(z.string()),
  }),
);

/** A host's occupancy is asked for at most this many days at a time (a quarter). */
export const MAX_INSTITUTION_OCCUPANCY_DAYS = 92;
export const InstitutionOccupancyQuery = schema(() =>
  z
    .strictObject({ from: CalendarDate, to: CalendarDate })
    .check(z.refine((q) => q.from <= q.to, { message: 'to must not be before from', path: ['to'] })),
);
export const InstitutionOccupancy = schema(() =>
  z.object({
    institutionId: Id,
    from: CalendarDate,
    to: CalendarDate,
    departments: z.array(
      z.object({
        department: Department,
        /** One per day from `from` to `to`: the live rotations holding it. */
        days: z.array(z.object({ date: CalendarDate, booked: int(), rotationIds: z.array(Id) })),
      }),
    ),
    /** Who holds the days: every rotation the days name. */
    rotations: z.array(
      z.object({
        rotationId: Id,
        placementId: Id,
        programmeId: Id,
        staffId: Id,
        visitor: PersonName,
        departmentId: Id,
        startDate: CalendarDate,
        endDate: CalendarDate,
        status: RotationStatus,
        activity: z.string(),
      }),
    ),
  }),
);

export type VisitorRow = z.infer<typeof VisitorRow>;
export type OverviewEntry = z.infer<typeof OverviewEntry>;
