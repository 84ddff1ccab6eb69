/**
 * Loads the demo data (local/demo-data.ts) THROUGH THE API, as the people it describes would:
 * the administrator registers institutions, departments, programmes and staff; the programme
 * office nominates, offers and schedules; each visitor accepts and confirms with their own
 * token. Every rule the handlers enforce applies; ids are the ones the server assigns.
 *
 * `request` is any function that sends one HTTP request to the API (fetch against `npm start`'s
 * server, or the test harness's `request`), so the same loader runs in both.
 */
import type { TokenSubject } from './jwt';
import * as demo from './demo-data';

export interface DemoResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes
  body: any;
}
export type DemoRequest = (
  method: string,
  path: string,
  options?: { token?: string; body?: unknown; headers?: Record<string, string> },
) => Promise<DemoResponse>;
export type MintToken = (subject: TokenSubject) => Promise<string>;

export interface DemoProgress {
  stage: string;
  done: number;
  total: number;
}

export interface DemoIds {
  institutions: Record<string, string>;
  departments: Record<string, string>;
  programmes: Record<string, string>;
  staff: Record<string, string>;
  placements: Record<string, string>;
  /** `{placementKey}#{n}`, n counting from 1. */
  rotations: Record<string, string>;
}

export interface DemoUser extends demo.DemoUserSpec {
  /** What to mint a token for (the ids are the server's). */
  subject: TokenSubject;
  institutionId?: string;
  staffId?: string;
}

export interface DemoData {
  /** false when the data was already there (a kept --data directory) and nothing was written. */
  loaded: boolean;
  ids: DemoIds;
  users: DemoUser[];
  counts: Record<string, number>;
}

export interface LoadOptions {
  token: MintToken;
  onProgress?: (progress: DemoProgress) => void;
  /** Requests in flight at once for independent writes (default 8). */
  concurrency?: number;
}

const emptyIds = (): DemoIds => ({
  institutions: {},
  departments: {},
  programmes: {},
  staff: {},
  placements: {},
  rotations: {},
});

/** The token subject of a demo visitor (the users list and the loader agree on it). */
const staffSubject = (person: demo.DemoStaff, staffId: string): TokenSubject => ({
  role: 'staff',
  staffId,
  sub: `demo-staff-${person.key.toLowerCase()}`,
  email: person.email,
});

/** The response when it is a success (2xx; the contract's exact status is the API tests' business). */
async function expectSuccess(response: Promise<DemoResponse>, what: string): Promise<DemoResponse> {
  const res = await response;
  if (res.status >= 200 && res.status < 300) return res;
  const body = res.body ?? {};
  const violations = Array.isArray(body.violations)
    ? ` [${body.violations.map((v: { code: string; message: string }) => `${v.code}: ${v.message}`).join('; ')}]`
    : '';
  const errors = Array.isArray(body.errors)
    ? ` [${body.errors.map((e: { path: string; message: string }) => `${e.path}: ${e.message}`).join('; ')}]`
    : '';
  const detail =
    typeof body === 'object' ? `${body.code ?? ''} ${body.detail ?? ''}`.trim() : String(body).slice(0, 200);
  throw new Error(`Demo data: ${what} answered ${res.status}: ${detail}${violations}${errors}`);
}

const etag = (res: DemoResponse, what: string): string => {
  const value = res.headers.get('etag');
  if (!value) throw new Error(`Demo data: ${what} answered without an ETag`);
  return value;
};

/** Run fn over items with at most `limit` in flight, keeping order of results. */
async function inPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Calls fn for each item (bounded concurrency) and reports progress of one stage. */
async function stage<T>(
  name: string,
  items: readonly T[],
  options: LoadOptions,
  fn: (item: T) => Promise<void>,
  concurrency = options.concurrency ?? 8,
): Promise<number> {
  let done = 0;
  options.onProgress?.({ stage: name, done, total: items.length });
  await inPool(items, concurrency, async (item) => {
    await fn(item);
    options.onProgress?.({ stage: name, done: ++done, total: items.length });
  });
  return items.length;
}

export function demoUsers(ids: Pick<DemoIds, 'institutions' | 'staff'>): DemoUser[] {
  return demo.users.map((user) => {
    const institutionId = user.institution ? ids.institutions[user.institution] : undefined;
    const person = user.staff ? demo.staff.find((s) => s.key === user.staff) : undefined;
    const staffId = user.staff ? ids.staff[user.staff] : undefined;
    if (user.institution && !institutionId) throw new Error(`Demo data: no id for institution ${user.institution}`);
    if (user.staff && (!staffId || !person)) throw new Error(`Demo data: no id for staff ${user.staff}`);
    const subject: TokenSubject =
      person && staffId
        ? staffSubject(person, staffId)
        : {
            role: user.role,
            sub: user.sub,
            email: user.email,
            ...(user.locale ? { locale: user.locale } : {}),
            ...(institutionId ? { institutionId } : {}),
          };
    return { ...user, subject, institutionId, staffId };
  });
}

export async function loadDemoData(request: DemoRequest, options: LoadOptions): Promise<DemoData> {
  const ids = emptyIds();
  const admin = await options.token({ role: 'admin', sub: 'demo-admin', email: 'admin@ha.example.org' });
  const office = await options.token({
    role: 'programme-coordinator',
    sub: 'demo-programme-office',
    email: 'gba.talents@ha.example.org',
  });
  const post = (path: string, token: string, body: unknown, what: string, headers?: Record<string, string>) =>
    expectSuccess(request('POST', path, { token, body, headers }), what);
  const counts: Record<string, number> = {};

  counts.institutions = await stage(
    'institutions',
    demo.institutions,
    options,
    async ({ key, departments: _d, ...input }) => {
      const res = await post('/v1/institutions', admin, input, `creating institution ${key}`);
      ids.institutions[key] = res.body.institutionId;
    },
  );

  const allDepartments = demo.institutions.flatMap((institution) =>
    institution.departments.map((department) => ({ institution, department })),
  );
  counts.departments = await stage(
    'departments',
    allDepartments,
    options,
    async ({ institution, department: { key, ...input } }) => {
      const res = await post(
        `/v1/institutions/${ids.institutions[institution.key]}/departments`,
        admin,
        input,
        `creating department ${key}`,
      );
      ids.departments[key] = res.body.departmentId;
    },
  );

  counts.programmes = await stage('programmes', demo.programmes, options, async ({ key, ...input }) => {
    const res = await post('/v1/programmes', admin, input, `creating programme ${key}`);
    ids.programmes[key] = res.body.programmeId;
  });

  counts.staff = await stage('staff', demo.staff, options, async ({ key, home, credentials: _c, ...input }) => {
    const res = await post(
      '/v1/staff',
      admin,
      { ...input, homeInstitutionId: ids.institutions[home] },
      `registering staff ${key}`,
    );
    ids.staff[key] = res.body.staffId;
  });

  // Credentials of one person are added one after the other (each changes the same record).
  const credentialsTotal = demo.staff.reduce((n, person) => n + person.credentials.length, 0);
  let credentialsDone = 0;
  options.onProgress?.({ stage: 'credentials', done: 0, total: credentialsTotal });
  await inPool(demo.staff, options.concurrency ?? 8, async (person) => {
    for (const credential of person.credentials) {
      await post(
        `/v1/staff/${ids.staff[person.key]}/credentials`,
        admin,
        credential,
        `adding ${credential.type} of ${person.key}`,
      );
      options.onProgress?.({ stage: 'credentials', done: ++credentialsDone, total: credentialsTotal });
    }
  });
  counts.credentials = credentialsTotal;

  // Placements: nominate, then offer (programme office) and accept (the visitor, own token).
  const staffByKey = new Map(demo.staff.map((person) => [person.key, person]));
  counts.placements = await stage('placements', demo.placements, options, async (placement) => {
    const { key, programme, staff, host, actions, rotations: _r, ...period } = placement;
    const person = staffByKey.get(staff)!;
    let res = await post(
      `/v1/programmes/${ids.programmes[programme]}/placements`,
      office,
      { ...period, staffId: ids.staff[staff], hostInstitutionId: ids.institutions[host] },
      `nominating ${key}`,
    );
    const placementId: string = res.body.placementId;
    ids.placements[key] = placementId;
    for (const action of actions) {
      const token = action === 'accept' ? await options.token(staffSubject(person, ids.staff[staff]!)) : office;
      res = await expectSuccess(
        request('POST', `/v1/placements/${placementId}/transitions`, {
          token,
          body: { action },
          headers: { 'if-match': etag(res, key) },
        }),
        `${action} of placement ${key}`,
      );
    }
  });

  // Rotations one after another: several share departments, and capacity is checked per write.
  const allRotations = demo.placements.flatMap((placement) =>
    placement.rotations.map((rotation, index) => ({ placement, rotation, n: index + 1 })),
  );
  counts.rotations = await stage(
    'rotations',
    allRotations,
    options,
    async ({ placement, rotation: { department, confirm, ...input }, n }) => {
      const res = await post(
        `/v1/placements/${ids.placements[placement.key]}/rotations`,
        office,
        { ...input, departmentId: ids.departments[department] },
        `scheduling rotation ${n} of ${placement.key}`,
      );
      const rotationId: string = res.body.rotationId;
      ids.rotations[`${placement.key}#${n}`] = rotationId;
      if (!confirm) return;
      const token = await options.token(staffSubject(staffByKey.get(placement.staff)!, ids.staff[placement.staff]!));
      await expectSuccess(
        request('POST', `/v1/rotations/${rotationId}/confirm`, {
          token,
          headers: { 'if-match': etag(res, rotationId) },
        }),
        `confirming rotation ${n} of ${placement.key}`,
      );
    },
    1,
  );

  return { loaded: true, ids, users: demoUsers(ids), counts };
}

/** Every item of a paginated list (the lists cap a page at 100). */
async function listAll(request: DemoRequest, path: string, token: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await expectSuccess(request('GET', `${path}?${query}`, { token }), `listing ${path}`);
    items.push(...(res.body.items as Record<string, unknown>[]));
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

/**
 * The demo data already in the table (a kept --data directory), found through the API by the
 * programmes' and institutions' English names and the staff's e-mail addresses; undefined when
 * it is not there (or only partly: then the caller loads it).
 */
export async function findDemoData(
  request: DemoRequest,
  options: Pick<LoadOptions, 'token'>,
): Promise<DemoData | undefined> {
  const admin = await options.token({ role: 'admin', sub: 'demo-admin', email: 'admin@ha.example.org' });
  const ids = emptyIds();
  const byName = (items: Record<string, unknown>[]) =>
    new Map(items.map((item) => [(item.names as { en?: string }).en, item]));

  const programmes = byName(await listAll(request, '/v1/programmes', admin));
  for (const programme of demo.programmes) {
    const found = programmes.get(programme.names.en);
    if (!found) return undefined;
    ids.programmes[programme.key] = found.programmeId as string;
  }
  const institutions = byName(await listAll(request, '/v1/institutions', admin));
  for (const institution of demo.institutions) {
    const found = institutions.get(institution.names.en);
    if (!found) return undefined;
    ids.institutions[institution.key] = found.institutionId as string;
  }
  const staff = new Map((await listAll(request, '/v1/staff', admin)).map((item) => [item.email, item]));
  for (const person of demo.staff) {
    const found = staff.get(person.email);
    if (!found) return undefined;
    ids.staff[person.key] = found.staffId as string;
  }
  return { loaded: false, ids, users: demoUsers(ids), counts: {} };
}
