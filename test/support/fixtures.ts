/**
 * A small exchange built through the API (so every fixture passed the same rules a user's
 * request would): an HK host hospital with departments, a GD home hospital, a GD_TO_HK
 * programme, and helpers to add staff, placements and rotations.
 */
import type * as z from 'zod/mini';
import type { CredentialInput } from '../../shared/schemas';
import type { Harness } from './harness';

export interface World {
  h: Harness;
  admin: string;
  coordinator: string;
  programmeId: string;
  hostId: string;
  homeId: string;
  otherHostId: string;
  departments: { medicine: string; surgery: string; otherHospital: string };
}

const names = (en: string) => ({ en, 'zh-Hant': `${en}（繁）`, 'zh-Hans': `${en}（简）` });

export async function expectStatus<T = any>(
  promise: Promise<{ status: number; body: T; text: string }>,
  status: number,
): Promise<T> {
  const res = await promise;
  if (res.status !== status) throw new Error(`Expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

export async function buildWorld(h: Harness, options: { capacity?: number } = {}): Promise<World> {
  const admin = await h.token({ role: 'admin', sub: 'admin-1' });
  const coordinator = await h.token({ role: 'programme-coordinator', sub: 'pc-1' });
  const post = (path: string, body: unknown) => expectStatus(h.request('POST', path, { token: admin, body }), 201);
  const host = await post('/v1/institutions', {
    region: 'HK',
    names: names('Queen Mary Hospital'),
    cluster: 'HKW',
    contactEmails: ['qmh-coord@example.org'],
  });
  const otherHost = await post('/v1/institutions', {
    region: 'HK',
    names: names('Prince of Wales Hospital'),
    cluster: 'NTE',
  });
  const home = await post('/v1/institutions', {
    region: 'GD',
    names: names("Guangdong Provincial People's Hospital"),
    city: 'Guangzhou',
  });
  const dept = (institutionId: string, en: string, capacity: number) =>
    post(`/v1/institutions/${institutionId}/departments`, { names: names(en), specialty: en.toUpperCase(), capacity });
  const medicine = await dept(host.institutionId, 'Medicine', options.capacity ?? 2);
  const surgery = await dept(host.institutionId, 'Surgery', 1);
  const otherHospital = await dept(otherHost.institutionId, 'Paediatrics', 3);
  const programme = await post('/v1/programmes', {
    names: names('Healthcare Talents Visiting Programme 2027'),
    direction: 'GD_TO_HK',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    status: 'OPEN',
    contactEmails: ['programme-office@example.org'],
  });
  return {
    h,
    admin,
    coordinator,
    programmeId: programme.programmeId,
    hostId: host.institutionId,
    homeId: home.institutionId,
    otherHostId: otherHost.institutionId,
    departments: {
      medicine: medicine.departmentId,
      surgery: surgery.departmentId,
      otherHospital: otherHospital.departmentId,
    },
  };
}

let counter = 0;

/** A credential as POST /v1/staff/{staffId}/credentials takes it. */
type CredentialBody = z.input<typeof CredentialInput>;

/**
 * A GD doctor with an HK limited registration and an entry permit over 2027, unless told
 * otherwise: `credentials: false` for none, or the list to give instead.
 */
export async function addStaff(
  w: World,
  options: { credentials?: boolean | CredentialBody[]; language?: string; homeId?: string } = {},
) {
  counter += 1;
  const staff = await expectStatus(
    w.h.request('POST', '/v1/staff', {
      token: w.admin,
      body: {
        names: { en: `Dr Visitor ${counter}`, 'zh-Hans': `访问医生${counter}` },
        email: `visitor${counter}-${Date.now()}@example.org`,
        ...(options.language ? { preferredLanguage: options.language } : {}),
        discipline: 'DOCTOR',
        specialty: 'Cardiology',
        homeInstitutionId: options.homeId ?? w.homeId,
      },
    }),
    201,
  );
  const credentials: CredentialBody[] = Array.isArray(options.credentials)
    ? options.credentials
    : options.credentials === false
      ? []
      : [
          {
            type: 'MCHK_LIMITED_REGISTRATION',
            number: `LR${counter}`,
            region: 'HK',
            validFrom: '2027-01-01',
            validTo: '2027-12-31',
          },
          {
            type: 'ENTRY_PERMIT',
            number: `EP${counter}`,
            region: 'HK',
            validFrom: '2027-01-01',
            validTo: '2027-12-31',
          },
        ];
  for (const credential of credentials) {
    await expectStatus(
      w.h.request('POST', `/v1/staff/${staff.staffId}/credentials`, { token: w.admin, body: credential }),
      201,
    );
  }
  return staff as { staffId: string; email: string };
}

export async function addPlacement(
  w: World,
  staffId: string,
  period = { startDate: '2027-02-01', endDate: '2027-11-30' },
  hostId = w.hostId,
) {
  return expectStatus(
    w.h.request('POST', `/v1/programmes/${w.programmeId}/placements`, {
      token: w.coordinator,
      body: { staffId, hostInstitutionId: hostId, ...period },
    }),
    201,
  ) as Promise<{ placementId: string; version: number; status: string; warnings?: { code: string }[] }>;
}

export function rotationBody(w: World, overrides: Record<string, unknown> = {}) {
  return {
    departmentId: w.departments.medicine,
    startDate: '2027-03-01',
    endDate: '2027-03-31',
    activity: 'CLINICAL',
    ...overrides,
  };
}

export async function addRotation(w: World, placementId: string, overrides: Record<string, unknown> = {}) {
  return expectStatus(
    w.h.request('POST', `/v1/placements/${placementId}/rotations`, {
      token: w.coordinator,
      body: rotationBody(w, overrides),
    }),
    201,
  ) as Promise<{
    rotationId: string;
    version: number;
    status: string;
    sequence: number;
  }>;
}

/** Move a placement along its lifecycle with the ETags the API hands out. */
export async function transition(w: World, placementId: string, action: string, token = w.coordinator) {
  const current = await w.h.request('GET', `/v1/placements/${placementId}`, { token: w.admin });
  return w.h.request('POST', `/v1/placements/${placementId}/transitions`, {
    token,
    body: { action },
    headers: { 'if-match': current.headers.get('etag')! },
  });
}
