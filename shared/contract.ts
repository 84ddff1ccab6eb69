/**
 * What each operation of the route table accepts and returns, by operationId. The API handler
 * validates with it and the OpenAPI document is generated from it, so the two cannot disagree.
 */
import * as z from 'zod/mini';
import * as s from './schemas';
import * as v from './view-schemas';

export interface OperationContract {
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  /** Response body schema of the success status. */
  response?: z.ZodMiniType;
  successStatus?: number;
  /** PATCH, DELETE and state changes need If-Match (428 without, 412 when stale). */
  requiresIfMatch?: boolean;
  /** Writes that honour ?dryRun=true. */
  dryRun?: boolean;
  /** Response content type when it is not JSON. */
  contentType?: string;
  /** Where a created resource lives: the Location of a 201, filled in from its body ('/v1/rotations/{rotationId}'). */
  location?: string;
  /** What a dry run answers when it is not the usual verdict on one entity (an import's report per row). */
  dryRunResponse?: z.ZodMiniType;
  /** Request body limit when it is not the default (an uploaded file). */
  maxBodyBytes?: number;
}

type DryRunQuery = typeof s.DryRunQuery;
/** The helpers keep each schema's own type, so handlers receive their body and query typed (api-handler.ts). */
const list = <Item extends z.ZodMiniType, Extra extends z.core.$ZodShape = {}>(item: Item, extra?: Extra) => ({
  query: z.extend(s.PageQuery, extra ?? ({} as Extra)),
  response: s.page(item),
});
const create = <Body extends z.ZodMiniType, Response extends z.ZodMiniType, DryRun extends boolean = false>(
  body: Body,
  response: Response,
  options: { dryRun?: DryRun; location?: string } = {},
) => ({
  body,
  response,
  successStatus: 201,
  dryRun: options.dryRun ?? false,
  query: (options.dryRun ? s.DryRunQuery : undefined) as DryRun extends true ? DryRunQuery : undefined,
  location: options.location,
});
const change = <Body extends z.ZodMiniType | undefined, Response extends z.ZodMiniType, DryRun extends boolean = false>(
  body: Body,
  response: Response,
  dryRun?: DryRun,
) => ({
  body,
  response,
  requiresIfMatch: true,
  dryRun: dryRun ?? false,
  query: (dryRun ? s.DryRunQuery : undefined) as DryRun extends true ? DryRunQuery : undefined,
});

export type Contracts = Readonly<Record<string, OperationContract>>;

/**
 * One record per function group (shared/routes.ts), each handler importing only its own: esbuild
 * then leaves every other group's contracts and schemas out of the bundle (see schemas.ts), and
 * the function does not spend its cold start building them. Marked free of side effects for that.
 */
const group = /* @__NO_SIDE_EFFECTS__ */ <T extends Contracts>(build: () => T): T => build();

export const systemContracts = group(() => ({
  getHealth: { response: s.Health },
  getReadiness: { response: s.Readiness },
  getOpenApi: { response: z.record(z.string(), z.unknown()) },
}));

export const institutionsContracts = group(() => ({
  listInstitutions: list(s.Institution, { region: z.optional(s.Region) }),
  createInstitution: create(s.InstitutionInput, s.Institution, { location: '/v1/institutions/{institutionId}' }),
  getInstitution: { response: s.Institution },
  updateInstitution: change(s.InstitutionPatch, s.Institution, true),
  listDepartments: list(s.Department),
  createDepartment: create(s.DepartmentInput, s.Department, { location: '/v1/departments/{departmentId}' }),
  getDepartment: { response: s.Department },
  updateDepartment: change(s.DepartmentPatch, s.Department, true),
  getDepartmentOccupancy: { query: s.OccupancyQuery, response: s.Occupancy },
  getInstitutionOccupancy: { query: v.InstitutionOccupancyQuery, response: v.InstitutionOccupancy },
}));

export const programmesContracts = group(() => ({
  listProgrammes: list(s.Programme),
  createProgramme: create(s.ProgrammeInput, s.Programme, { location: '/v1/programmes/{programmeId}' }),
  getProgramme: { response: s.Programme },
  updateProgramme: change(s.ProgrammePatch, s.Programme, true),
}));

export const staffContracts = group(() => ({
  listStaff: list(s.Staff, { homeInstitutionId: z.optional(s.Id) }),
  createStaff: create(s.StaffInput, s.Staff, { location: '/v1/staff/{staffId}' }),
  getStaff: { response: s.Staff },
  // The body is checked against StaffPatch or StaffSelfPatch by the handler, depending on who asks.
  updateStaff: change(s.StaffPatch, s.Staff),
  addCredential: create(s.CredentialInput, s.Staff),
  getMe: { response: s.Me },
  listMyRotations: list(s.Rotation),
  revokeMyCalendarFeed: { response: z.object({ calendarFeedUrl: z.string() }) },
  getMyEmailSettings: { response: s.EmailSettings },
  updateMyEmailSettings: change(s.EmailSettingsPatch, s.EmailSettings),
}));

export const calendarContracts = group(() => ({
  // A missing or wrong token is a 404 from the handler: the link must not reveal that the person exists.
  getCalendarFeed: {
    query: z.strictObject({ token: z.optional(z.string().check(z.maxLength(512))) }),
    contentType: 'text/calendar; charset=utf-8',
  },
  headCalendarFeed: {
    query: z.strictObject({ token: z.optional(z.string().check(z.maxLength(512))) }),
    contentType: 'text/calendar; charset=utf-8',
  },
}));

export const placementsContracts = group(() => ({
  listPlacements: list(s.Placement, { status: z.optional(s.PlacementStatus) }),
  createPlacement: create(s.PlacementInput, s.Placement, { dryRun: true, location: '/v1/placements/{placementId}' }),
  getPlacement: { response: s.Placement },
  updatePlacement: change(s.PlacementPatch, s.Placement, true),
  transitionPlacement: change(s.PlacementTransition, s.Placement, true),
  getPlacementHistory: list(s.AuditRecord),
  listPlacementNotifications: list(s.Notification),
  redrivePlacementNotifications: { response: z.object({ items: z.array(s.Notification) }), successStatus: 202 },
  listProgrammeVisitors: { query: v.VisitorsQuery, response: v.VisitorsPage },
  getProgrammeOverview: { response: v.ProgrammeOverview },
  getProgrammeSchedule: { query: v.ScheduleQuery, response: v.ProgrammeSchedule },
}));

export const rotationsContracts = group(() => ({
  listRotations: list(s.Rotation),
  createRotation: create(s.RotationInput, s.Rotation, { dryRun: true, location: '/v1/rotations/{rotationId}' }),
  scheduleRotationPlan: create(s.RotationPlanInput, s.RotationPlan, { dryRun: true }),
  getRotation: { response: s.Rotation },
  updateRotation: change(s.RotationPatch, s.Rotation, true),
  cancelRotation: change(undefined, s.Rotation, true),
  confirmRotation: change(undefined, s.Rotation),
  declineRotation: change(s.RotationDecline, s.Rotation),
}));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

export const batchContracts = group(() => ({
  listImports: list(s.Import),
  createImport: {
    ...create(s.ImportUpload, s.Import, { dryRun: true, location: '/v1/imports/{importId}' }),
    dryRunResponse: s.ImportReport,
    maxBodyBytes: s.MAX_IMPORT_BODY_BYTES + 4096,
  },
  createImportUploadForm: { body: s.ImportUploadFormRequest, response: s.ImportUploadForm, successStatus: 201 },
  getImportTemplate: { query: s.ExportQuery, contentType: XLSX },
  getImport: { response: s.ImportDetail },
  processImport: { response: s.Import },
  getRejectedRowsXlsx: { contentType: XLSX },
  getRejectedRowsCsv: { contentType: CSV },
  bulkTransitionPlacements: {
    body: s.BulkTransition,
    response: s.BulkTransitionResult,
    dryRun: true,
    // A dry run answers the same per-item report, marked `dryRun` (each item's verdict is its result).
    dryRunResponse: s.BulkTransitionResult,
    query: s.DryRunQuery,
  },
  exportRosterXlsx: { query: s.ExportQuery, contentType: XLSX },
  exportRosterCsv: { query: s.ExportQuery, contentType: CSV },
  getProgrammeReport: { response: s.ProgrammeReport },
  exportProgrammeReportXlsx: { query: s.ExportQuery, contentType: XLSX },
  exportOccupancyXlsx: { query: s.OccupancyExportQuery, contentType: XLSX },
}));

/** Every operation's contract (the OpenAPI document, the tests). */
export const contracts: Contracts = /* @__PURE__ */ Object.assign(
  {},
  systemContracts,
  institutionsContracts,
  programmesContracts,
  staffContracts,
  calendarContracts,
  placementsContracts,
  rotationsContracts,
  batchContracts,
);

export function contractOf(operationId: string): OperationContract {
  const contract = contracts[operationId];
  if (!contract) throw new Error(`No contract for operation ${operationId}`);
  return contract;
}
