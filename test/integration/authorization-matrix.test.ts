/**
 * The authorization matrix: every route of the route table × every caller × a
 * resource of the caller's own world and a foreign one, each cell asserting the exact status,
 * and — for every request that is refused, and every read or dry run — that nothing in the
 * table changed (a Scan before and after, IDEMPOTENCY items included: a refused POST must
 * release the key it claimed).
 *
 * The expectations are written from the rules (shared/auth/policy.ts's header) and the
 * route table's role lists, not from what the code happens to do:
 *   admin                  everything
 *   programme-coordinator  placements and rotations of any institution, staff, departments;
 *                          institutions and programmes are created and changed by admin only
 *                          (the route table)
 *   hospital-coordinator   its own institution's departments; placements and rotations its
 *                          institution hosts or whose visitor it sends; staff it sends or hosts.
 *                          A resource it may not know exists is a 404; one it may see but not
 *                          act on is a 403
 *   staff                  its own profile, placements and rotations; confirms or declines its own
 *                          rotations; accepts, declines or withdraws its own placement; edits
 *                          only its contact details and language
 * Institutions, departments and programmes are reference data every signed-in caller may read.
 *
 * The cases are keyed by operationId and the tests iterate the route table, so a new route
 * without a row here fails the run. Writes that succeed run as dry runs where the route has
 * them (a dry run is authorized exactly as the write), on fresh rotations for confirm and
 * decline, and otherwise create new resources, so every cell sees the world it expects.
 */
import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from '../support/harness';
import { expectStatus } from '../support/fixtures';
import {
  buildAccessWorld,
  CALLERS,
  escapedIds,
  fillPath,
  names,
  resourceTemplate,
  SAMPLES,
  SIDES,
  type AccessWorld,
  type Caller,
  type Ids,
  type Side,
} from '../support/access-world';
import { TableWatcher } from '../support/table-snapshot';
import { routes, type RouteDefinition, type Role } from '../../shared/routes';
import { contractOf } from '../../shared/contract';

let h: Harness;
let w: AccessWorld;
let watcher: TableWatcher;
beforeAll(async () => {
  h = await startHarness();
  w = await buildAccessWorld(h);
  watcher = new TableWatcher(h);
}, 120_000);
afterAll(() => h.close());

// ---------- the table ----------

type Outcome = 'ok' | 401 | 403 | 404;

interface Case {
  /** Several cases for one route differ by what they ask (e.g. a transition's action). */
  variant?: string;
  /**
   * One column per caller, in CALLERS order:
   *   admin  pc  host  unrelated  home  visitor  other-staff  anonymous
   * each "own/foreign", or one outcome for both. ok = the route's success status (200 for a dry
   * run, else the contract's: 201 on creates).
   */
  expect: string;
  /** The request's body; SAMPLES' valid one unless given. */
  body?: (ids: Ids) => unknown;
  /** A real change that uses its rotation up (confirm, decline): run each cell on a fresh one. */
  freshRotation?: boolean;
}

//                 admin   pc      host     unrelated  home     visitor  other   anonymous
const PUBLIC = 'ok      ok      ok       ok         ok       ok       ok      ok';
const SIGNED_IN = 'ok      ok      ok       ok         ok       ok       ok      401';
const ADMIN_ONLY = 'ok      403     403      403        403      403      403     401';
const OFFICE = 'ok      ok      403      403        403      403      403     401';
const HOST_DEPT = 'ok      ok      ok/403   403        403      403      403     401';
const COORD_LIST = 'ok      ok      ok       ok         ok       403      403     401';
const CONCERNED = 'ok      ok      ok/404   404        ok/404   ok/404   404     401';
const RECORDS = 'ok      ok      ok/404   404        ok/404   403      403     401';
const SCHEDULING = 'ok      ok      ok/404   404        403/404  403      403     401';
const RESPONSE = 'ok      ok      ok/404   404        403/404  ok/404   404     401';
const MINE_ONLY = '403     403     403      403        403      ok       ok      401';
// A coordinator's own settings (under its sign-in's address); a visitor's language is on its staff record.
const COORDINATOR_OWN = 'ok      ok      ok       ok         ok       403      403     401';
// Staff lists and registration: own = the visitor's home hospital's people, foreign = the foreign person's.
const HOME_STAFF = 'ok      ok      403      403        ok/403   403      403     401';
// The host sees the visitor's record; only the home side and the person change it, only the home side adds credentials.
const STAFF_EDIT = 'ok      ok      403/404  404        ok/404   ok/404   404     401';
const CREDENTIAL = 'ok      ok      403/404  404        ok/404   403      403     401';
// Placement transitions: the host activates and completes; the visitor accepts, declines or
// withdraws (the programme office may record it on their behalf); the rest is the office's.
const HOST_MOVE = 'ok      ok      ok/404   404        403/404  403/404  404     401';
const GUEST_MOVE = 'ok      ok      403/404  404        403/404  ok/404   404     401';
const OFFICE_MOVE = 'ok     ok      403/404  404        403/404  403/404  404     401';
// Authorized by the link, not the token: own = the visitor's link; foreign = the visitor's token on the foreign person's feed.
const LINK = 'ok/404  ok/404  ok/404   ok/404     ok/404   ok/404   ok/404  ok/404';

const CASES: Record<string, Case[]> = {
  getHealth: [{ expect: PUBLIC }],
  getOpenApi: [{ expect: PUBLIC }],
  getReadiness: [{ expect: PUBLIC }],

  listInstitutions: [{ expect: SIGNED_IN }],
  createInstitution: [{ expect: ADMIN_ONLY }],
  getInstitution: [{ expect: SIGNED_IN }],
  // Its own coordinators change its contacts, not its names.
  updateInstitution: [
    { expect: HOST_DEPT },
    { variant: 'names', expect: OFFICE, body: () => ({ names: names('Renamed Hospital') }) },
  ],
  listDepartments: [{ expect: SIGNED_IN }],
  createDepartment: [{ expect: HOST_DEPT }],
  getDepartment: [{ expect: SIGNED_IN }],
  updateDepartment: [{ expect: HOST_DEPT }],
  getDepartmentOccupancy: [{ expect: HOST_DEPT }],
  getInstitutionOccupancy: [{ expect: HOST_DEPT }],

  listProgrammes: [{ expect: SIGNED_IN }],
  createProgramme: [{ expect: OFFICE }],
  getProgramme: [{ expect: SIGNED_IN }],
  updateProgramme: [{ expect: OFFICE }],

  listStaff: [{ expect: HOME_STAFF }],
  createStaff: [{ expect: HOME_STAFF }],
  getStaff: [{ expect: CONCERNED }],
  updateStaff: [{ expect: STAFF_EDIT }],
  addCredential: [{ expect: CREDENTIAL }],
  getMe: [{ expect: MINE_ONLY }],
  listMyRotations: [{ expect: MINE_ONLY }],
  revokeMyCalendarFeed: [{ expect: MINE_ONLY }],
  getMyEmailSettings: [{ expect: COORDINATOR_OWN }],
  updateMyEmailSettings: [{ expect: COORDINATOR_OWN }],
  getCalendarFeed: [{ expect: LINK }],
  headCalendarFeed: [{ expect: LINK }],

  // Lists of a programme's placements: every coordinator may ask; what each sees is filtered (see below).
  listPlacements: [{ expect: COORD_LIST }],
  listProgrammeVisitors: [{ expect: COORD_LIST }],
  getProgrammeOverview: [{ expect: COORD_LIST }],
  getProgrammeSchedule: [{ expect: COORD_LIST }],
  createPlacement: [{ expect: OFFICE }],
  getPlacement: [{ expect: CONCERNED }],
  updatePlacement: [{ expect: OFFICE }],
  transitionPlacement: [
    { variant: 'activate', expect: HOST_MOVE, body: () => ({ action: 'activate' }) },
    { variant: 'withdraw', expect: GUEST_MOVE },
    { variant: 'cancel', expect: OFFICE_MOVE, body: () => ({ action: 'cancel' }) },
  ],
  getPlacementHistory: [{ expect: RECORDS }],
  listPlacementNotifications: [{ expect: RECORDS }],
  redrivePlacementNotifications: [{ expect: RECORDS }],

  listRotations: [{ expect: CONCERNED }],
  createRotation: [{ expect: SCHEDULING }],
  scheduleRotationPlan: [{ expect: SCHEDULING }],
  getRotation: [{ expect: CONCERNED }],
  updateRotation: [{ expect: SCHEDULING }],
  cancelRotation: [{ expect: SCHEDULING }],
  confirmRotation: [{ expect: RESPONSE, freshRotation: true }],
  declineRotation: [{ expect: RESPONSE, freshRotation: true }],

  // Batch work: imports and bulk actions are the programme office's; exports are for every
  // coordinator, confined to what their institution hosts or sends (tested in batch-exports).
  listImports: [{ expect: OFFICE }],
  createImport: [{ expect: OFFICE }],
  createImportUploadForm: [{ expect: OFFICE }],
  getImportTemplate: [{ expect: OFFICE }],
  getImport: [{ expect: OFFICE }],
  processImport: [{ expect: OFFICE }],
  getRejectedRowsXlsx: [{ expect: OFFICE }],
  getRejectedRowsCsv: [{ expect: OFFICE }],
  bulkTransitionPlacements: [{ expect: OFFICE }],
  exportRosterXlsx: [{ expect: COORD_LIST }],
  exportRosterCsv: [{ expect: COORD_LIST }],
  getProgrammeReport: [{ expect: COORD_LIST }],
  exportProgrammeReportXlsx: [{ expect: COORD_LIST }],
  exportOccupancyXlsx: [{ expect: HOST_DEPT }],
};

function outcomes(kase: Case): Record<Caller, Record<Side, Outcome>> {
  const columns = kase.expect.trim().split(/\s+/);
  if (columns.length !== CALLERS.length)
    throw new Error(`"${kase.expect}" has ${columns.length} columns, not ${CALLERS.length}`);
  const parse = (cell: string): Outcome => {
    if (cell === 'ok') return 'ok';
    const status = Number(cell);
    if (status === 401 || status === 403 || status === 404) return status;
    throw new Error(`Unknown outcome ${cell} in "${kase.expect}"`);
  };
  return Object.fromEntries(
    CALLERS.map((caller, i) => {
      const [own, foreign = own] = columns[i]!.split('/');
      return [caller, { own: parse(own!), foreign: parse(foreign!) }];
    }),
  ) as Record<Caller, Record<Side, Outcome>>;
}

const ROLE_OF: Record<Caller, Role | undefined> = {
  admin: 'admin',
  'programme-coordinator': 'programme-coordinator',
  'host-coordinator': 'hospital-coordinator',
  'unrelated-coordinator': 'hospital-coordinator',
  'home-coordinator': 'hospital-coordinator',
  visitor: 'staff',
  'other-staff': 'staff',
  anonymous: undefined,
};

const casesOf = (route: RouteDefinition) => CASES[route.operationId] ?? [];
const label = (route: RouteDefinition, kase: Case) =>
  `${route.operationId}${kase.variant ? ` (${kase.variant})` : ''}: ${route.method} ${route.path}`;

// ---------- the table is whole and agrees with the route table ----------

describe('the matrix itself', () => {
  it('has a case for every route of the route table, and none for a route that does not exist', () => {
    expect(routes.filter((route) => casesOf(route).length === 0).map((route) => route.operationId)).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !routes.some((route) => route.operationId === id))).toEqual([]);
  });

  it('agrees with the route table: no token → 401 on JWT routes, a role the route does not list → 403, public routes open to all', () => {
    const disagreements: string[] = [];
    for (const route of routes) {
      for (const kase of casesOf(route)) {
        const table = outcomes(kase);
        for (const caller of CALLERS) {
          for (const side of SIDES) {
            const role = ROLE_OF[caller];
            const cell = table[caller][side];
            const required: Outcome | undefined =
              route.auth !== 'jwt'
                ? undefined
                : role === undefined
                  ? 401
                  : route.roles.includes(role)
                    ? undefined
                    : 403;
            if (route.auth === 'none' && cell !== 'ok')
              disagreements.push(`${label(route, kase)} ${caller}/${side}: public route, expected ok`);
            if (required !== undefined && cell !== required)
              disagreements.push(
                `${label(route, kase)} ${caller}/${side}: route table says ${required}, matrix says ${cell}`,
              );
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

// ---------- every route × every caller × own / foreign ----------

const CODE_OF: Record<401 | 403 | 404, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/** The ETag of the caller's own resource, as the caller reads it ("0" for a caller refused it: the If-Match is then beside the point). */
async function callersEtag(path: string, caller: Caller): Promise<string> {
  const res = await h.request('GET', path, { token: w.tokens[caller] });
  return res.status === 200 ? res.headers.get('etag')! : '"0"';
}

async function runCell(route: RouteDefinition, kase: Case, caller: Caller, side: Side, expected: Outcome) {
  const contract = contractOf(route.operationId);
  const ids: Ids = { ...w.ids[side] };
  if (kase.freshRotation) {
    ids.rotationId = await w.freshRotation(side);
    watcher.invalidate();
  }
  const path = fillPath(route.path, escapedIds(ids));
  const dryRun = Boolean(contract.dryRun);
  const sample = SAMPLES[route.operationId] ?? {};
  const query = new URLSearchParams({ ...sample.query?.(ids, w), ...(dryRun ? { dryRun: 'true' } : {}) }).toString();
  const headers: Record<string, string> = {};
  if (contract.requiresIfMatch)
    headers['if-match'] = sample.callersOwn
      ? await callersEtag(path, caller)
      : await w.etag(fillPath(resourceTemplate(route.path), escapedIds(ids)));
  if (route.method === 'POST' && !dryRun) headers['idempotency-key'] = randomUUID();
  const body = (kase.body ?? sample.body)?.(ids);
  const writes = expected === 'ok' && route.method !== 'GET' && route.method !== 'HEAD' && !dryRun;

  const { result: res, changed } = await watcher.observe(
    () => h.request(route.method, `${path}${query ? `?${query}` : ''}`, { token: w.tokens[caller], body, headers }),
    {
      mayWrite: writes,
    },
  );
  if (res.status < 300) sample.settle?.(res.body, w);
  const status = expected === 'ok' ? (dryRun ? 200 : (contract.successStatus ?? 200)) : expected;
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  if (expected !== 'ok') {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    // A HEAD response carries no body (no problem code); its status and type say it.
    if (route.method !== 'HEAD') expect(res.body.code).toBe(CODE_OF[expected]);
  }
  if (dryRun && expected === 'ok') expect(res.body).toMatchObject({ dryRun: true, valid: true });
  // Refused, read or dry-run: the table is exactly as it was.
  if (!writes) expect({ changed }).toEqual({ changed: undefined });
}

for (const route of routes) {
  const routeCases = casesOf(route);
  if (routeCases.length === 0) {
    it(`${route.operationId} (${route.method} ${route.path}) has a row in the authorization matrix`, () => {
      throw new Error(`Add ${route.operationId} to CASES in authorization-matrix.test.ts`);
    });
    continue;
  }
  for (const kase of routeCases) {
    const table = outcomes(kase);
    const cells = CALLERS.flatMap((caller) => SIDES.map((side) => [caller, side, table[caller][side]] as const));
    describe(label(route, kase), () => {
      it.each(cells)('%s on the %s resource → %s', (caller, side, expected) =>
        runCell(route, kase, caller, side, expected),
      );
    });
  }
}

// ---------- what a caller sees and may change within a resource ----------

describe('property-level rules', () => {
  const staffPath = () => `/v1/staff/${w.ids.own.staffId}`;
  const patchStaff = async (caller: Caller, body: object) =>
    h.request('PATCH', staffPath(), {
      token: w.tokens[caller],
      body,
      headers: { 'if-match': await w.etag(staffPath()) },
    });

  it.each([
    ['discipline', { discipline: 'NURSE' }, ['discipline']],
    ['specialty', { specialty: 'Neurosurgery' }, ['specialty']],
    ['names', { names: { en: 'Dr Somebody Else' } }, ['names']],
    [
      'all three, with an allowed field alongside',
      { email: 'new@example.org', discipline: 'PHARMACIST', specialty: 'Oncology', names: { en: 'X' } },
      ['discipline', 'specialty', 'names'],
    ],
  ])('a visitor may not change their own %s: 403 naming the fields, nothing changed', async (_what, body, fields) => {
    const { result: res, changed } = await watcher.observe(() => patchStaff('visitor', body));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    for (const field of fields) expect(res.body.detail).toContain(field);
    expect(changed).toBeUndefined();
  });

  it('a visitor changes their own email, phone and preferred language', async () => {
    const change = {
      email: `visitor-${randomUUID().slice(0, 6)}@example.org`,
      phone: '+86 20 8382 7812',
      preferredLanguage: 'zh-Hans',
    };
    const res = await watcher.observe(() => patchStaff('visitor', change), { mayWrite: true });
    expect(res.result.status).toBe(200);
    expect(res.result.body).toMatchObject(change);
    const stored = await expectStatus(h.request('GET', staffPath(), { token: w.tokens.admin }), 200);
    expect(stored).toMatchObject({ ...change, discipline: 'DOCTOR', specialty: 'Cardiology' });
  });

  it("the home hospital's coordinator may change the visitor's discipline and specialty", async () => {
    const res = await watcher.observe(
      () => patchStaff('home-coordinator', { specialty: 'Interventional Cardiology' }),
      { mayWrite: true },
    );
    expect(res.result.status).toBe(200);
    expect(res.result.body.specialty).toBe('Interventional Cardiology');
  });

  it('a visitor reading their placement does not see the coordinators’ notes; the coordinators concerned do', async () => {
    const path = `/v1/placements/${w.ids.own.placementId}`;
    const asVisitor = await watcher.observe(() => h.request('GET', path, { token: w.tokens.visitor }));
    expect(asVisitor.result.status).toBe(200);
    expect(asVisitor.result.body).not.toHaveProperty('notes');
    expect(asVisitor.result.text).not.toContain('housing');
    for (const caller of ['admin', 'programme-coordinator', 'host-coordinator', 'home-coordinator'] as const) {
      const res = await h.request('GET', path, { token: w.tokens[caller] });
      expect(res.body.notes).toContain('housing not yet arranged');
    }
    // Nor in what a transition answers them (a dry run answers with the placement as it would be).
    const withdraw = await watcher.observe(async () =>
      h.request('POST', `${path}/transitions?dryRun=true`, {
        token: w.tokens.visitor,
        body: { action: 'withdraw' },
        headers: { 'if-match': await w.etag(path) },
      }),
    );
    expect(withdraw.result.status).toBe(200);
    expect(withdraw.result.body.result.status).toBe('WITHDRAWN');
    expect(withdraw.result.body.result).not.toHaveProperty('notes');
    expect(withdraw.changed).toBeUndefined();
  });

  it("a staff member never sees another person's record or credentials (404), only their own", async () => {
    const attempts: [Caller, string][] = [
      ['other-staff', `/v1/staff/${w.ids.own.staffId}`],
      ['visitor', `/v1/staff/${w.ids.foreign.staffId}`],
      ['visitor', `/v1/staff/${w.otherStaffId}`],
    ];
    for (const [caller, path] of attempts) {
      const res = await h.request('GET', path, { token: w.tokens[caller] });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).not.toContain('MCHK');
    }
    const me = await expectStatus(h.request('GET', '/v1/me', { token: w.tokens['other-staff'] }), 200);
    expect(me.staff.staffId).toBe(w.otherStaffId);
    expect(me.staff.credentials).toEqual([]);
    const mine = await expectStatus(
      h.request('GET', `/v1/staff/${w.ids.own.staffId}`, { token: w.tokens.visitor }),
      200,
    );
    expect(mine.credentials.length).toBeGreaterThan(0);
    // /v1/me/rotations holds the caller's rotations only.
    const rotations = await expectStatus(
      h.request('GET', '/v1/me/rotations?limit=100', { token: w.tokens.visitor }),
      200,
    );
    expect(rotations.items.length).toBeGreaterThan(0);
    expect(rotations.items.every((r: { staffId: string }) => r.staffId === w.ids.own.staffId)).toBe(true);
    expect(
      (await expectStatus(h.request('GET', '/v1/me/rotations', { token: w.tokens['other-staff'] }), 200)).items,
    ).toEqual([]);
  });

  it("a hospital coordinator's list of a programme's placements holds only what its institution hosts or sends", async () => {
    const listed = async (caller: Caller, programmeId: string) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await expectStatus(
          h.request(
            'GET',
            `/v1/programmes/${programmeId}/placements?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
            { token: w.tokens[caller] },
          ),
          200,
        );
        ids.push(...page.items.map((p: { placementId: string }) => p.placementId));
        cursor = page.nextCursor;
      } while (cursor);
      return ids.sort();
    };
    const { own, foreign } = w.ids;
    expect(await listed('admin', own.programmeId)).toEqual([own.placementId, w.strangerPlacementId].sort());
    expect(await listed('programme-coordinator', own.programmeId)).toEqual(
      [own.placementId, w.strangerPlacementId].sort(),
    );
    expect(await listed('host-coordinator', own.programmeId)).toEqual([own.placementId]);
    expect(await listed('home-coordinator', own.programmeId)).toEqual([own.placementId]);
    expect(await listed('unrelated-coordinator', own.programmeId)).toEqual([]);
    expect(await listed('host-coordinator', foreign.programmeId)).toEqual([]);
    expect(await listed('admin', foreign.programmeId)).toEqual([foreign.placementId]);
  });

  it("a hospital coordinator's visitors list, overview, schedule and capacity hold only its institution's visitors", async () => {
    const { own, foreign } = w.ids;
    const seen = async (caller: Caller, programmeId: string) => {
      const token = w.tokens[caller];
      const visitors = await expectStatus(h.request('GET', `/v1/programmes/${programmeId}/visitors`, { token }), 200);
      const schedule = await expectStatus(h.request('GET', `/v1/programmes/${programmeId}/schedule`, { token }), 200);
      const overview = await expectStatus(h.request('GET', `/v1/programmes/${programmeId}/overview`, { token }), 200);
      const fromVisitors = visitors.items.map(
        (row: { placement: { placementId: string } }) => row.placement.placementId,
      );
      const fromSchedule = schedule.items.map(
        (row: { placement: { placementId: string } }) => row.placement.placementId,
      );
      const rotationStaff = schedule.items.flatMap((row: { rotations: { staffId: string }[] }) =>
        row.rotations.map((r) => r.staffId),
      );
      const awaitingStaff = overview.awaitingConfirmation.items.map((e: { staffId: string }) => e.staffId);
      expect(fromSchedule.sort()).toEqual([...fromVisitors].sort());
      expect(overview.visitors).toBe(fromVisitors.length);
      return { placements: fromVisitors.sort(), staff: [...new Set([...rotationStaff, ...awaitingStaff])].sort() };
    };
    expect((await seen('programme-coordinator', own.programmeId)).placements).toEqual(
      [own.placementId, w.strangerPlacementId].sort(),
    );
    for (const caller of ['host-coordinator', 'home-coordinator'] as const) {
      const view = await seen(caller, own.programmeId);
      expect(view.placements).toEqual([own.placementId]);
      expect(view.staff).toEqual([own.staffId]);
    }
    expect(await seen('unrelated-coordinator', own.programmeId)).toEqual({ placements: [], staff: [] });
    expect(await seen('host-coordinator', foreign.programmeId)).toEqual({ placements: [], staff: [] });
    // Capacity: the host sees who is at its hospital; another hospital's coordinator may not ask.
    const occupancy = (caller: Caller, institutionId: string) =>
      h.request('GET', `/v1/institutions/${institutionId}/occupancy?from=2027-02-01&to=2027-02-28`, {
        token: w.tokens[caller],
      });
    const mine = await expectStatus(occupancy('host-coordinator', own.institutionId), 200);
    expect(new Set(mine.rotations.map((r: { staffId: string }) => r.staffId))).toEqual(new Set([own.staffId]));
    expect((await occupancy('host-coordinator', foreign.institutionId)).status).toBe(403);
    expect((await occupancy('unrelated-coordinator', own.institutionId)).status).toBe(403);
  });

  it('a hospital coordinator lists only the staff its own institution sends', async () => {
    const listed = async (caller: Caller, query = '') => {
      const page = await expectStatus(
        h.request('GET', `/v1/staff?limit=100${query}`, { token: w.tokens[caller] }),
        200,
      );
      return page.items.map((s: { homeInstitutionId: string }) => s.homeInstitutionId) as string[];
    };
    const { own, foreign } = w.ids;
    const home = await listed('home-coordinator');
    expect(home.length).toBeGreaterThanOrEqual(2); // the visitor and the colleague
    expect(new Set(home)).toEqual(new Set([own.homeInstitutionId]));
    expect(await listed('home-coordinator', `&homeInstitutionId=${own.homeInstitutionId}`)).toEqual(home);
    // The host sees the visitor's record (it hosts them) but does not list another hospital's people.
    expect(await listed('host-coordinator')).toEqual([]);
    expect(await listed('unrelated-coordinator')).toEqual([]);
    expect(await listed('admin')).toEqual(expect.arrayContaining([own.homeInstitutionId, foreign.homeInstitutionId]));
  });

  it('a POST refused by the policy (after its Idempotency-Key was claimed) leaves no key behind', async () => {
    // The matrix's real POSTs all carry a fresh key and its snapshots include IDEMPOTENCY items,
    // so a refused cell that kept its key fails there too; this is the case spelled out.
    const key = randomUUID();
    const res = await watcher.observe(() =>
      h.request('POST', `/v1/placements/${w.ids.foreign.placementId}/rotations`, {
        token: w.tokens['host-coordinator'],
        body: {
          departmentId: w.ids.foreign.departmentId,
          startDate: '2027-10-04',
          endDate: '2027-10-05',
          activity: 'OBSERVATION',
        },
        headers: { 'idempotency-key': key },
      }),
    );
    expect(res.result.status).toBe(404);
    expect(res.changed).toBeUndefined();
  });
});
