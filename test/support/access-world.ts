/**
 * The world the access tests (authorization matrix, fuzz) ask about, built through the API with
 * admin and programme-coordinator tokens. Two sides, each a complete exchange:
 *
 *   own      the visitor (home: a GD hospital) placed in an HK host hospital within programme A,
 *            ACCEPTED, with coordinators' notes and one SCHEDULED rotation;
 *   foreign  another person, from another GD hospital, placed in another HK hospital within
 *            programme B, likewise — nothing in it belongs to any caller but admin and the
 *            programme office.
 *
 * Plus an unrelated HK hospital (its coordinator relates to nothing), a colleague of the visitor
 * (same home hospital, no placement: "another person"), and a stranger's placement in programme
 * A (the foreign person at the foreign host) so that filtered lists have something to hide.
 */
import { randomUUID } from 'node:crypto';
import type { Harness } from './harness';
import { expectStatus } from './fixtures';

/** Who calls: a role, and for the coordinator and staff roles, whose. */
export const CALLERS = [
  'admin',
  'programme-coordinator',
  'host-coordinator',
  'unrelated-coordinator',
  'home-coordinator',
  'visitor',
  'other-staff',
  'anonymous',
] as const;
export type Caller = (typeof CALLERS)[number];

export const SIDES = ['own', 'foreign'] as const;
export type Side = (typeof SIDES)[number];

/** The ids of one side; named as the route table names its path parameters. */
export interface Ids {
  /** The host institution. */
  institutionId: string;
  homeInstitutionId: string;
  /** A department of the host. */
  departmentId: string;
  programmeId: string;
  /** The visiting person. */
  staffId: string;
  placementId: string;
  rotationId: string;
  /** A committed spreadsheet import into the side's programme. */
  importId: string;
}

export interface AccessWorld {
  h: Harness;
  tokens: Record<Caller, string | undefined>;
  ids: Record<Side, Ids>;
  unrelatedInstitutionId: string;
  /** The visitor's colleague: staff of the same home hospital, with no placement. */
  otherStaffId: string;
  /** Programme A's placement of the foreign person at the foreign host. */
  strangerPlacementId: string;
  /** The visitor's calendar feed token (the link's credential). */
  feedToken: string;
  /** A new one-day SCHEDULED rotation in the side's placement, on a day no other rotation uses. */
  freshRotation(side: Side): Promise<string>;
  /** The current ETag of a resource, read by admin. */
  etag(path: string): Promise<string>;
}

/** A route's path template with the given segments (already escaped for the URL) put in. */
export const fillPath = (template: string, segments: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => segments[name]!);
/** The side's ids escaped for the URL, as path segments. */
export const escapedIds = (ids: Ids): Record<string, string> =>
  Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, encodeURIComponent(id)]));
/** The resource a change names — where its ETag is read: the route's path cut after its first parameter. */
export const resourceTemplate = (path: string) => path.replace(/(\{\w+\}).*$/, '$1');

export const names = (en: string) => ({ en, 'zh-Hant': `${en}（繁）`, 'zh-Hans': `${en}（简）` });

/** 2027 dates: placements run Feb–Nov; world rotations take the first week of February. */
const PERIOD = { startDate: '2027-02-01', endDate: '2027-11-30' };
const dayOf = (offset: number) => new Date(Date.UTC(2027, 2, 1 + offset)).toISOString().slice(0, 10); // from 2027-03-01

export async function buildAccessWorld(h: Harness): Promise<AccessWorld> {
  const admin = await h.token({ role: 'admin', sub: 'access-admin' });
  const coordinator = await h.token({ role: 'programme-coordinator', sub: 'access-pc' });
  const post = (path: string, body: unknown, token = admin) =>
    expectStatus(h.request('POST', path, { token, body }), 201);
  const etag = async (path: string) => {
    const res = await h.request('GET', path, { token: admin });
    if (res.status !== 200) throw new Error(`GET ${path} for its ETag: ${res.status} ${res.text}`);
    return res.headers.get('etag')!;
  };

  const institution = async (body: object) => (await post('/v1/institutions', body)).institutionId as string;
  const host = await institution({ region: 'HK', names: names('Queen Mary Hospital'), cluster: 'HKW' });
  const home = await institution({
    region: 'GD',
    names: names("Guangdong Provincial People's Hospital"),
    city: 'Guangzhou',
  });
  const unrelated = await institution({ region: 'HK', names: names('Prince of Wales Hospital'), cluster: 'NTE' });
  const foreignHost = await institution({ region: 'HK', names: names('Queen Elizabeth Hospital'), cluster: 'KC' });
  const foreignHome = await institution({ region: 'GD', names: names("Shenzhen People's Hospital"), city: 'Shenzhen' });

  const department = async (institutionId: string) =>
    (
      await post(`/v1/institutions/${institutionId}/departments`, {
        names: names('Medicine'),
        specialty: 'MEDICINE',
        capacity: 50,
      })
    ).departmentId as string;
  const hostDepartment = await department(host);
  const foreignDepartment = await department(foreignHost);

  const programme = async (en: string) =>
    (
      await post('/v1/programmes', {
        names: names(en),
        direction: 'GD_TO_HK',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        status: 'OPEN',
      })
    ).programmeId as string;
  const programmeA = await programme('Healthcare Talents Visiting Programme 2027');
  const programmeB = await programme('Nursing Exchange 2027');

  let people = 0;
  const person = async (homeInstitutionId: string, credentials: boolean) => {
    people += 1;
    const staff = await post('/v1/staff', {
      names: { en: `Dr Access ${people}` },
      email: `access${people}@example.org`,
      discipline: 'DOCTOR',
      specialty: 'Cardiology',
      homeInstitutionId,
    });
    if (credentials) {
      for (const type of ['MCHK_LIMITED_REGISTRATION', 'ENTRY_PERMIT']) {
        await post(`/v1/staff/${staff.staffId}/credentials`, {
          type,
          number: `${type}-${people}`,
          region: 'HK',
          validFrom: '2027-01-01',
          validTo: '2027-12-31',
        });
      }
    }
    return staff.staffId as string;
  };
  const visitor = await person(home, true);
  const foreigner = await person(foreignHome, true);
  const colleague = await person(home, false);

  const placement = async (programmeId: string, staffId: string, hostInstitutionId: string) =>
    (
      await post(
        `/v1/programmes/${programmeId}/placements`,
        { staffId, hostInstitutionId, ...PERIOD, notes: 'Coordinators only: housing not yet arranged' },
        coordinator,
      )
    ).placementId as string;
  const accept = async (placementId: string) => {
    for (const action of ['offer', 'accept']) {
      const path = `/v1/placements/${placementId}`;
      await expectStatus(
        h.request('POST', `${path}/transitions`, {
          token: coordinator,
          body: { action },
          headers: { 'if-match': await etag(path) },
        }),
        200,
      );
    }
  };
  const ownPlacement = await placement(programmeA, visitor, host);
  const foreignPlacement = await placement(programmeB, foreigner, foreignHost);
  const strangerPlacement = await placement(programmeA, foreigner, foreignHost);
  await accept(ownPlacement);
  await accept(foreignPlacement);

  const rotation = async (
    placementId: string,
    departmentId: string,
    startDate: string,
    endDate: string,
    activity = 'CLINICAL',
  ) =>
    (await post(`/v1/placements/${placementId}/rotations`, { departmentId, startDate, endDate, activity }, coordinator))
      .rotationId as string;

  // Imports go into a programme of their own, so the placements they add leave A's and B's lists as they are.
  const importsProgramme = await programme('Imported Nominations 2027');
  const importInto = async (programmeId: string, homeInstitutionId: string, hostInstitutionId: string) => {
    const started = await post(
      `/v1/programmes/${programmeId}/imports`,
      { fileName: 'access.csv', content: importFile({ homeInstitutionId, institutionId: hostInstitutionId }) },
      coordinator,
    );
    for (let record = started; record.status !== 'COMPLETED'; )
      record = await expectStatus(
        h.request('POST', `/v1/imports/${started.importId}/process`, { token: coordinator }),
        200,
      );
    return started.importId as string;
  };

  const ids: Record<Side, Ids> = {
    own: {
      institutionId: host,
      homeInstitutionId: home,
      departmentId: hostDepartment,
      programmeId: programmeA,
      staffId: visitor,
      placementId: ownPlacement,
      rotationId: await rotation(ownPlacement, hostDepartment, '2027-02-01', '2027-02-07'),
      importId: await importInto(importsProgramme, home, host),
    },
    foreign: {
      institutionId: foreignHost,
      homeInstitutionId: foreignHome,
      departmentId: foreignDepartment,
      programmeId: programmeB,
      staffId: foreigner,
      placementId: foreignPlacement,
      rotationId: await rotation(foreignPlacement, foreignDepartment, '2027-02-01', '2027-02-07'),
      importId: await importInto(importsProgramme, foreignHome, foreignHost),
    },
  };

  const tokens: Record<Caller, string | undefined> = {
    admin,
    'programme-coordinator': coordinator,
    'host-coordinator': await h.token({ role: 'hospital-coordinator', sub: 'access-hc-host', institutionId: host }),
    'unrelated-coordinator': await h.token({
      role: 'hospital-coordinator',
      sub: 'access-hc-unrelated',
      institutionId: unrelated,
    }),
    'home-coordinator': await h.token({ role: 'hospital-coordinator', sub: 'access-hc-home', institutionId: home }),
    visitor: await h.token({ role: 'staff', sub: 'access-visitor', staffId: visitor }),
    'other-staff': await h.token({ role: 'staff', sub: 'access-colleague', staffId: colleague }),
    anonymous: undefined,
  };

  // /v1/me creates the calendar feed secret on first use; do it now, so later reads write nothing.
  const me = await expectStatus(h.request('GET', '/v1/me', { token: tokens.visitor }), 200);
  await expectStatus(h.request('GET', '/v1/me', { token: tokens['other-staff'] }), 200);
  const feedToken = new URL(me.calendarFeedUrl).searchParams.get('token')!;

  // Days from 2027-03-01 on, one per fresh rotation, per side (each side is a different person).
  const nextDay: Record<Side, number> = { own: 0, foreign: 0 };
  return {
    h,
    tokens,
    ids,
    unrelatedInstitutionId: unrelated,
    otherStaffId: colleague,
    strangerPlacementId: strangerPlacement,
    feedToken,
    async freshRotation(side) {
      const day = dayOf(nextDay[side]++);
      return rotation(ids[side].placementId, ids[side].departmentId, day, day, 'OBSERVATION');
    },
    etag,
  };
}

export interface SampleRequest {
  body?: (ids: Ids) => unknown;
  query?: (ids: Ids, w: AccessWorld) => Record<string, string>;
  /** Keep the world true after a request that succeeded (e.g. a revoked feed link has a successor). */
  settle?: (body: any, w: AccessWorld) => void;
  /** The resource is the caller's own (under /v1/me): its ETag is read by the caller, not by admin. */
  callersOwn?: boolean;
}

/**
 * A valid request (body, query) for every operation that takes one, naming the side's ids: the
 * authorization matrix's default request and the fuzzer's starting point. Creates carry fresh
 * values so that repeating one creates another resource.
 */
let imported = 0;
/** A one-row nominations CSV (base64) naming a side's institutions by id, with a fresh email each time. */
export const importFile = (ids: Pick<Ids, 'homeInstitutionId' | 'institutionId'>) => {
  imported += 1;
  const rows = [
    'Email,Name (English),Discipline,Specialty,Home institution,Host institution,Start date,End date',
    `imported${imported}-${Date.now()}@example.org,Imported ${imported},NURSE,ICU,${ids.homeInstitutionId},${ids.institutionId},${PERIOD.startDate},${PERIOD.endDate}`,
  ];
  return Buffer.from(`${rows.join('\n')}\n`).toString('base64');
};

export const SAMPLES: Record<string, SampleRequest> = {
  createInstitution: { body: () => ({ region: 'GD', names: names('Foshan First Hospital'), city: 'Foshan' }) },
  createDepartment: { body: () => ({ names: names('Cardiology'), specialty: 'CARDIOLOGY', capacity: 2 }) },
  updateInstitution: { body: () => ({ contactLanguage: 'zh-Hant' }) },
  updateDepartment: { body: () => ({ capacity: 60 }) },
  getDepartmentOccupancy: { query: () => ({ from: '2027-02-01', to: '2027-02-28' }) },
  getInstitutionOccupancy: { query: () => ({ from: '2027-02-01', to: '2027-02-28' }) },
  createProgramme: {
    body: () => ({
      names: names('Paediatric Surgery Exchange'),
      direction: 'HK_TO_GD',
      startDate: '2027-04-01',
      endDate: '2027-06-30',
    }),
  },
  updateProgramme: { body: () => ({ status: 'OPEN' }) },
  listStaff: { query: (ids) => ({ homeInstitutionId: ids.homeInstitutionId }) },
  createStaff: {
    body: (ids) => ({
      names: { en: 'Nurse New' },
      email: `new-${randomUUID()}@example.org`,
      discipline: 'NURSE',
      specialty: 'ICU',
      homeInstitutionId: ids.homeInstitutionId,
    }),
  },
  updateStaff: { body: () => ({ phone: '+852 2255 3838' }) },
  addCredential: {
    body: () => ({
      type: 'NCHK_TEMPORARY_REGISTRATION',
      number: `T-${randomUUID().slice(0, 8)}`,
      region: 'HK',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
    }),
  },
  getCalendarFeed: { query: (_ids, w) => ({ token: w.feedToken }) },
  headCalendarFeed: { query: (_ids, w) => ({ token: w.feedToken }) },
  updateMyEmailSettings: { body: () => ({ language: 'zh-Hant' }), callersOwn: true },
  revokeMyCalendarFeed: {
    settle: (body, w) => {
      // Only the visitor's own revocation changes the world's link; another person's changes theirs.
      const url = new URL(body.calendarFeedUrl);
      if (url.pathname.includes(`/${w.ids.own.staffId}/`)) w.feedToken = url.searchParams.get('token')!;
    },
  },
  createPlacement: { body: (ids) => ({ staffId: ids.staffId, hostInstitutionId: ids.institutionId, ...PERIOD }) },
  updatePlacement: { body: () => ({ notes: 'Housing arranged' }) },
  transitionPlacement: { body: () => ({ action: 'withdraw', reason: 'Family reasons' }) },
  createRotation: {
    body: (ids) => ({
      departmentId: ids.departmentId,
      startDate: '2027-10-04',
      endDate: '2027-10-08',
      activity: 'OBSERVATION',
    }),
  },
  scheduleRotationPlan: {
    body: (ids) => ({
      rotations: [
        { departmentId: ids.departmentId, startDate: '2027-10-11', endDate: '2027-10-15', activity: 'OBSERVATION' },
        { departmentId: ids.departmentId, startDate: '2027-10-18', endDate: '2027-10-22', activity: 'TRAINING' },
      ],
    }),
  },
  updateRotation: { body: () => ({ supervisor: { name: 'Dr Chan Tai Man' } }) },
  declineRotation: { body: () => ({ reason: 'Clashes with my licensing exam' }) },
  createImport: { body: (ids) => ({ fileName: 'nominations.csv', content: importFile(ids) }) },
  createImportUploadForm: { body: () => ({ fileName: 'nominations.xlsx', size: 4_800_000 }) },
  bulkTransitionPlacements: {
    body: (ids) => ({ action: 'offer', items: [{ placementId: ids.placementId, version: 1 }] }),
  },
  exportOccupancyXlsx: { query: () => ({ month: '2027-02' }) },
};
