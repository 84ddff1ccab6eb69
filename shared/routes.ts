/**
 * The route table: every HTTP route, the function group (one Lambda) that serves it and who may
 * call it. CDK builds the HTTP API from it, the local server routes by it, the OpenAPI document
 * describes it and the tests iterate over it. Add a route here and everything else follows.
 */

export const ROLES = ['admin', 'programme-coordinator', 'hospital-coordinator', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** One Lambda function per group; the folder functions/{group}/handler.ts exports `handler`. */
export const FUNCTION_GROUPS = [
  'system',
  'institutions',
  'programmes',
  'staff',
  'placements',
  'rotations',
  'calendar',
  'batch',
] as const;
export type FunctionGroup = (typeof FUNCTION_GROUPS)[number];

/**
 * How a route is authorized before the handler runs:
 * - 'jwt': the API Gateway JWT authorizer (Cognito) — the handler sees verified claims;
 * - 'none': public (health, the OpenAPI document);
 * - 'signed-link': calendar apps cannot send a JWT, so the handler checks the link's signature.
 */
export type RouteAuth = 'jwt' | 'none' | 'signed-link';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE';

export interface RouteDefinition {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly group: FunctionGroup;
  readonly auth: RouteAuth;
  /** Roles that may call the route at all; finer rules (own institution, own record) live in shared/auth. */
  readonly roles: readonly Role[];
  readonly summary: string;
  /** Per-route API Gateway throttling override (requests per second, burst); defaults apply otherwise. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

const ALL: readonly Role[] = ROLES;
const COORDINATORS: readonly Role[] = ['admin', 'programme-coordinator', 'hospital-coordinator'];
const PROGRAMME_OFFICE: readonly Role[] = ['admin', 'programme-coordinator'];
const ADMIN: readonly Role[] = ['admin'];

/** A route; its operationId, path and group keep their literal types, which type each handler's request. */
const r = <const Op extends string, const Path extends string, const Group extends FunctionGroup>(
  operationId: Op,
  method: HttpMethod,
  path: Path,
  group: Group,
  roles: readonly Role[],
  summary: string,
  extra: Partial<Pick<RouteDefinition, 'auth' | 'throttle'>> = {},
): RouteDefinition & { readonly operationId: Op; readonly path: Path; readonly group: Group } => ({
  operationId,
  method,
  path,
  group,
  roles,
  summary,
  auth: extra.auth ?? 'jwt',
  ...extra,
});

export const routes = [
  r('getHealth', 'GET', '/health', 'system', [], 'Liveness check (the function answers)', { auth: 'none' }),
  r('getReadiness', 'GET', '/health/ready', 'system', [], 'Readiness check (the table answers in time)', {
    auth: 'none',
    // Public, and it reads the table: a low limit keeps it from being a way to spend read capacity.
    throttle: { rateLimit: 5, burstLimit: 10 },
  }),
  r('getOpenApi', 'GET', '/openapi.json', 'system', [], 'This API described as OpenAPI 3.1', { auth: 'none' }),

  r('listInstitutions', 'GET', '/v1/institutions', 'institutions', ALL, 'List host and home institutions'),
  r('createInstitution', 'POST', '/v1/institutions', 'institutions', ADMIN, 'Register an institution'),
  r('getInstitution', 'GET', '/v1/institutions/{institutionId}', 'institutions', ALL, 'Get one institution'),
  r(
    'updateInstitution',
    'PATCH',
    '/v1/institutions/{institutionId}',
    'institutions',
    COORDINATORS,
    "Change an institution's names, or its contacts and their emails' language",
  ),
  r(
    'listDepartments',
    'GET',
    '/v1/institutions/{institutionId}/departments',
    'institutions',
    ALL,
    "List an institution's departments",
  ),
  r(
    'createDepartment',
    'POST',
    '/v1/institutions/{institutionId}/departments',
    'institutions',
    COORDINATORS,
    'Add a department with its capacity',
  ),
  r('getDepartment', 'GET', '/v1/departments/{departmentId}', 'institutions', ALL, 'Get one department'),
  r(
    'updateDepartment',
    'PATCH',
    '/v1/departments/{departmentId}',
    'institutions',
    COORDINATORS,
    "Change a department's name, specialty or capacity",
  ),
  r(
    'getDepartmentOccupancy',
    'GET',
    '/v1/departments/{departmentId}/occupancy',
    'institutions',
    COORDINATORS,
    'Live rotations and free capacity per day',
  ),
  r(
    'getInstitutionOccupancy',
    'GET',
    '/v1/institutions/{institutionId}/occupancy',
    'institutions',
    COORDINATORS,
    "Every department's booked days against its capacity over a range, and who is there",
  ),

  r('listProgrammes', 'GET', '/v1/programmes', 'programmes', ALL, 'List exchange programmes'),
  r('createProgramme', 'POST', '/v1/programmes', 'programmes', PROGRAMME_OFFICE, 'Create a programme'),
  r('getProgramme', 'GET', '/v1/programmes/{programmeId}', 'programmes', ALL, 'Get one programme'),
  r('updateProgramme', 'PATCH', '/v1/programmes/{programmeId}', 'programmes', PROGRAMME_OFFICE, 'Change a programme'),

  r('listStaff', 'GET', '/v1/staff', 'staff', COORDINATORS, 'List visiting staff'),
  r('createStaff', 'POST', '/v1/staff', 'staff', COORDINATORS, 'Register a visiting staff member'),
  r('getStaff', 'GET', '/v1/staff/{staffId}', 'staff', ALL, 'Get one staff member'),
  r('updateStaff', 'PATCH', '/v1/staff/{staffId}', 'staff', ALL, "Change a staff member's details"),
  r(
    'addCredential',
    'POST',
    '/v1/staff/{staffId}/credentials',
    'staff',
    COORDINATORS,
    'Record a registration, licence or permit',
  ),
  r('getMe', 'GET', '/v1/me', 'staff', ['staff'], 'My profile and calendar feed link'),
  r('listMyRotations', 'GET', '/v1/me/rotations', 'staff', ['staff'], 'My rotations'),
  r(
    'revokeMyCalendarFeed',
    'POST',
    '/v1/me/calendar-feed/revoke',
    'staff',
    ['staff'],
    'Revoke my calendar feed link (e.g. shared by mistake) and get a new one',
  ),
  r(
    'getMyEmailSettings',
    'GET',
    '/v1/me/email-settings',
    'staff',
    COORDINATORS,
    'My email settings: the language my emails are written in (coordinators)',
  ),
  r(
    'updateMyEmailSettings',
    'PATCH',
    '/v1/me/email-settings',
    'staff',
    COORDINATORS,
    'Choose the language my emails are written in (coordinators)',
  ),
  r(
    'getCalendarFeed',
    'GET',
    '/v1/staff/{staffId}/calendar.ics',
    'calendar',
    [],
    'Rotations as an iCalendar feed (signed link)',
    {
      auth: 'signed-link',
    },
  ),
  r(
    'headCalendarFeed',
    'HEAD',
    '/v1/staff/{staffId}/calendar.ics',
    'calendar',
    [],
    'The calendar feed’s headers only (calendar apps check for changes)',
    { auth: 'signed-link' },
  ),

  r(
    'listPlacements',
    'GET',
    '/v1/programmes/{programmeId}/placements',
    'placements',
    COORDINATORS,
    "List a programme's placements",
  ),
  r(
    'listProgrammeVisitors',
    'GET',
    '/v1/programmes/{programmeId}/visitors',
    'placements',
    COORDINATORS,
    "A programme's placements with their visitors, filtered (state, host, discipline, specialty, names, attention)",
  ),
  r(
    'getProgrammeOverview',
    'GET',
    '/v1/programmes/{programmeId}/overview',
    'placements',
    COORDINATORS,
    'A programme at a glance: pipeline, rotations awaiting confirmation, declines, starts ahead, permit warnings',
  ),
  r(
    'getProgrammeSchedule',
    'GET',
    '/v1/programmes/{programmeId}/schedule',
    'placements',
    COORDINATORS,
    "A programme's schedule: each visitor's placement and rotations, with the departments they use",
  ),
  r(
    'createPlacement',
    'POST',
    '/v1/programmes/{programmeId}/placements',
    'placements',
    PROGRAMME_OFFICE,
    'Nominate a staff member for a placement',
  ),
  r('getPlacement', 'GET', '/v1/placements/{placementId}', 'placements', ALL, 'Get one placement'),
  r(
    'updatePlacement',
    'PATCH',
    '/v1/placements/{placementId}',
    'placements',
    PROGRAMME_OFFICE,
    "Change a placement's period or notes",
  ),
  r(
    'transitionPlacement',
    'POST',
    '/v1/placements/{placementId}/transitions',
    'placements',
    ALL,
    'Offer, accept, decline, activate, complete, withdraw or cancel',
  ),
  r(
    'getPlacementHistory',
    'GET',
    '/v1/placements/{placementId}/history',
    'placements',
    COORDINATORS,
    'Audit trail, newest first',
  ),
  r(
    'listPlacementNotifications',
    'GET',
    '/v1/placements/{placementId}/notifications',
    'placements',
    COORDINATORS,
    'Emails sent about this placement',
  ),
  r(
    'redrivePlacementNotifications',
    'POST',
    '/v1/placements/{placementId}/notifications/redrive',
    'placements',
    COORDINATORS,
    'Try the emails about this placement that failed again now',
  ),

  r('listRotations', 'GET', '/v1/placements/{placementId}/rotations', 'rotations', ALL, "List a placement's rotations"),
  r(
    'createRotation',
    'POST',
    '/v1/placements/{placementId}/rotations',
    'rotations',
    COORDINATORS,
    'Schedule a rotation',
  ),
  r(
    'scheduleRotationPlan',
    'POST',
    '/v1/placements/{placementId}/rotation-plan',
    'rotations',
    COORDINATORS,
    'Schedule several rotations of a placement at once, checked together: all of them or none',
  ),
  r('getRotation', 'GET', '/v1/rotations/{rotationId}', 'rotations', ALL, 'Get one rotation'),
  r(
    'updateRotation',
    'PATCH',
    '/v1/rotations/{rotationId}',
    'rotations',
    COORDINATORS,
    'Reschedule or change a rotation',
  ),
  r('cancelRotation', 'DELETE', '/v1/rotations/{rotationId}', 'rotations', COORDINATORS, 'Cancel a rotation'),
  r('confirmRotation', 'POST', '/v1/rotations/{rotationId}/confirm', 'rotations', ALL, 'Confirm a rotation'),
  r(
    'declineRotation',
    'POST',
    '/v1/rotations/{rotationId}/decline',
    'rotations',
    ALL,
    'Decline a rotation with a reason',
  ),

  // Batch work: spreadsheet imports, bulk actions and exports (one function: it carries the spreadsheet libraries).
  r(
    'listImports',
    'GET',
    '/v1/programmes/{programmeId}/imports',
    'batch',
    PROGRAMME_OFFICE,
    "A programme's spreadsheet imports, newest first",
  ),
  r(
    'createImport',
    'POST',
    '/v1/programmes/{programmeId}/imports',
    'batch',
    PROGRAMME_OFFICE,
    'Import nominations from a CSV or XLSX file (?dryRun=true: the report per row, nothing written)',
  ),
  r(
    'createImportUploadForm',
    'POST',
    '/v1/programmes/{programmeId}/imports/uploads',
    'batch',
    PROGRAMME_OFFICE,
    'A form to post a large file to storage first (files too big to send inside a request)',
  ),
  r(
    'getImportTemplate',
    'GET',
    '/v1/programmes/{programmeId}/imports/template.xlsx',
    'batch',
    PROGRAMME_OFFICE,
    'The nominations template (XLSX with drop-down lists and instructions)',
  ),
  r('getImport', 'GET', '/v1/imports/{importId}', 'batch', PROGRAMME_OFFICE, 'An import with the outcome of each row'),
  r(
    'processImport',
    'POST',
    '/v1/imports/{importId}/process',
    'batch',
    PROGRAMME_OFFICE,
    'Write the next chunk of rows of an import; returns its progress',
  ),
  r(
    'getRejectedRowsXlsx',
    'GET',
    '/v1/imports/{importId}/rejected.xlsx',
    'batch',
    PROGRAMME_OFFICE,
    'The rows not imported, with an error column, to fix and upload again (XLSX)',
  ),
  r(
    'getRejectedRowsCsv',
    'GET',
    '/v1/imports/{importId}/rejected.csv',
    'batch',
    PROGRAMME_OFFICE,
    'The rows not imported, with an error column, to fix and upload again (CSV)',
  ),
  r(
    'bulkTransitionPlacements',
    'POST',
    '/v1/programmes/{programmeId}/placements/transitions',
    'batch',
    PROGRAMME_OFFICE,
    'Offer, withdraw or cancel many placements; each item reported',
  ),
  r(
    'exportRosterXlsx',
    'GET',
    '/v1/programmes/{programmeId}/roster.xlsx',
    'batch',
    COORDINATORS,
    'The programme roster, one row per rotation (XLSX)',
  ),
  r(
    'exportRosterCsv',
    'GET',
    '/v1/programmes/{programmeId}/roster.csv',
    'batch',
    COORDINATORS,
    'The programme roster, one row per rotation (CSV, UTF-8 with BOM)',
  ),
  r(
    'getProgrammeReport',
    'GET',
    '/v1/programmes/{programmeId}/report',
    'batch',
    COORDINATORS,
    'Visitors by discipline, host cluster and month; confirmations; declines with reasons',
  ),
  r(
    'exportProgrammeReportXlsx',
    'GET',
    '/v1/programmes/{programmeId}/report.xlsx',
    'batch',
    COORDINATORS,
    'The programme report as XLSX',
  ),
  r(
    'exportOccupancyXlsx',
    'GET',
    '/v1/institutions/{institutionId}/occupancy.xlsx',
    'batch',
    COORDINATORS,
    "A host hospital's department occupancy for a month (XLSX)",
  ),
] as const satisfies readonly RouteDefinition[];

type Route = (typeof routes)[number];
/** The operationIds of a function group's routes. */
export type OperationIdOf<Group extends FunctionGroup> = Extract<Route, { group: Group }>['operationId'];
/** The path template of an operation ('/v1/rotations/{rotationId}'). */
export type PathOf<Op extends string> = Extract<Route, { operationId: Op }>['path'];
/** The path parameters of a template: '/v1/rotations/{rotationId}' → { rotationId: string }. */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? { [Key in Name]: string } & PathParams<Rest>
  : Record<never, never>;

/** API Gateway's route key, also what the handlers dispatch on ("GET /v1/programmes/{programmeId}"). */
export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>) => `${route.method} ${route.path}`;

export const routesOf = (group: FunctionGroup) => routes.filter((route) => route.group === group);

export const routeByKey: ReadonlyMap<string, RouteDefinition> = new Map(
  routes.map((route) => [routeKey(route), route]),
);

/** Match a concrete path against the table (used by the local server, as API Gateway does in AWS). */
export function matchRoute(
  method: string,
  path: string,
): { route: RouteDefinition; pathParameters: Record<string, string> } | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.method !== method) continue;
    const template = route.path.split('/').filter(Boolean);
    if (template.length !== segments.length) continue;
    const pathParameters: Record<string, string> = {};
    let matched = true;
    for (const [i, part] of template.entries()) {
      const actual = segments[i] ?? '';
      const param = /^\{(\w+)\}(.*)$/.exec(part);
      const name = param?.[1];
      if (name) {
        const suffix = param[2] ?? '';
        if (!actual.endsWith(suffix) || actual.length === suffix.length) {
          matched = false;
          break;
        }
        let value: string;
        try {
          value = decodeURIComponent(actual.slice(0, actual.length - suffix.length));
        } catch {
          return undefined; // a malformed %-escape names nothing
        }
        pathParameters[name] = value;
      } else if (part !== actual) {
        matched = false;
        break;
      }
    }
    if (matched) return { route, pathParameters };
  }
  return undefined;
}
