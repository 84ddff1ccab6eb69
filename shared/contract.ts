/**
 * What each operation of the route table accepts and returns, by operationId. The API handler
 * validates with it and the OpenAPI document is generated from it, so the two cannot disagree.
 */
import * as z from 'zod';
import * as s from './schemas';

export interface OperationContract {
  body?: z.ZodType;
  query?: z.ZodType;
  /** Response body schema of the success status. */
  response?: z.ZodType;
  successStatus?: number;
  /** PATCH, DELETE and state changes need If-Match (428 without, 412 when stale). */
  requiresIfMatch?: boolean;
  /** Writes that honour ?dryRun=true. */
  dryRun?: boolean;
  /** Response content type when it is not JSON. */
  contentType?: string;
}

const list = (item: z.ZodType, extra: z.ZodRawShape = {}) => ({
  query: s.PageQuery.extend(extra),
  response: s.page(item),
});
const create = (body: z.ZodType, response: z.ZodType, dryRun = false): OperationContract => ({
  body,
  response,
  successStatus: 201,
  dryRun,
  query: dryRun ? s.DryRunQuery : undefined,
});
const change = (body: z.ZodType | undefined, response: z.ZodType, dryRun = false): OperationContract => ({
  body,
  response,
  requiresIfMatch: true,
  dryRun,
  query: dryRun ? s.DryRunQuery : undefined,
});

export const contracts: Record<string, OperationContract> = {
  getHealth: { response: s.Health },
  getOpenApi: { response: z.record(z.string(), z.unknown()) },

  listInstitutions: list(s.Institution, { region: s.Region.optional() }),
  createInstitution: create(s.InstitutionInput, s.Institution),
  getInstitution: { response: s.Institution },
  listDepartments: list(s.Department),
  createDepartment: create(s.DepartmentInput, s.Department),
  getDepartment: { response: s.Department },
  updateDepartment: change(s.DepartmentPatch, s.Department, true),
  getDepartmentOccupancy: { query: s.OccupancyQuery, response: s.Occupancy },

  listProgrammes: list(s.Programme),
  createProgramme: create(s.ProgrammeInput, s.Programme),
  getProgramme: { response: s.Programme },
  updateProgramme: change(s.ProgrammePatch, s.Programme, true),

  listStaff: list(s.Staff, { homeInstitutionId: s.Id.optional() }),
  createStaff: create(s.StaffInput, s.Staff),
  getStaff: { response: s.Staff },
  // The body is checked against StaffPatch or StaffSelfPatch by the handler, depending on who asks.
  updateStaff: change(s.StaffPatch, s.Staff),
  addCredential: create(s.CredentialInput, s.Staff),
  getMe: { response: s.Me },
  listMyRotations: list(s.Rotation),
  revokeMyCalendarFeed: { response: z.object({ calendarFeedUrl: z.string() }) },
  // A missing or wrong token is a 404 from the handler: the link must not reveal that the person exists.
  getCalendarFeed: { query: z.strictObject({ token: z.string().max(512).optional() }), contentType: 'text/calendar; charset=utf-8' },

  listPlacements: list(s.Placement, { status: s.PlacementStatus.optional() }),
  createPlacement: create(s.PlacementInput, s.Placement, true),
  getPlacement: { response: s.Placement },
  updatePlacement: change(s.PlacementPatch, s.Placement, true),
  transitionPlacement: change(s.PlacementTransition, s.Placement, true),
  getPlacementHistory: list(s.AuditRecord),
  listPlacementNotifications: list(s.Notification),

  listRotations: list(s.Rotation),
  createRotation: create(s.RotationInput, s.Rotation, true),
  getRotation: { response: s.Rotation },
  updateRotation: change(s.RotationPatch, s.Rotation, true),
  cancelRotation: change(undefined, s.Rotation, true),
  confirmRotation: change(undefined, s.Rotation),
  declineRotation: change(s.RotationDecline, s.Rotation),
};

export function contractOf(operationId: string): OperationContract {
  const contract = contracts[operationId];
  if (!contract) throw new Error(`No contract for operation ${operationId}`);
  return contract;
}
