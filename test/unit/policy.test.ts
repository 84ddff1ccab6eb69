/**
 * shared/auth/policy.ts, function by function: who is allowed (ok), who may see but not act
 * (403) and who may not know the resource exists (404), for every kind of caller. Pure: no
 * table, no HTTP. The expectations are the rules in the policy's header.
 */
import {
  authorizeCredentialChange,
  authorizeDepartmentChange,
  authorizeOccupancy,
  authorizePlacementRead,
  authorizePlacementRecords,
  authorizePlacementTransition,
  authorizeRotationChange,
  authorizeRotationRead,
  authorizeRotationResponse,
  authorizeStaffCreate,
  authorizeStaffRead,
  canSeePlacement,
  canSeePlacementNow,
  canSeeStaff,
  confinedInstitution,
  placementView,
  staffChangeScope,
  staffListScope,
} from '../../shared/auth/policy';
import type { Principal } from '../../shared/auth/principal';
import { AppError } from '../../shared/errors';
import {
  PLACEMENT_ACTIONS,
  type Department,
  type Placement,
  type PlacementAction,
  type Rotation,
  type Staff,
} from '../../shared/schemas';

const HOST = 'inst_host';
const HOME = 'inst_home';
const OTHER = 'inst_other';
const VISITOR = 'staff_visitor';

const principals = {
  admin: { sub: 'u-admin', roles: ['admin'] },
  'programme-coordinator': { sub: 'u-pc', roles: ['programme-coordinator'] },
  'host-coordinator': { sub: 'u-host', roles: ['hospital-coordinator'], institutionId: HOST },
  'home-coordinator': { sub: 'u-home', roles: ['hospital-coordinator'], institutionId: HOME },
  'unrelated-coordinator': { sub: 'u-other', roles: ['hospital-coordinator'], institutionId: OTHER },
  'coordinator of nothing': { sub: 'u-none', roles: ['hospital-coordinator'] },
  visitor: { sub: 'u-visitor', roles: ['staff'], staffId: VISITOR },
  'other-staff': { sub: 'u-colleague', roles: ['staff'], staffId: 'staff_colleague' },
  'staff of no record': { sub: 'u-unlinked', roles: ['staff'] },
  'no role': { sub: 'u-nobody', roles: [] },
} satisfies Record<string, Principal>;
type Who = keyof typeof principals;
const WHO = Object.keys(principals) as Who[];

/**
 * An expectation row: one column per principal, in the order above —
 *   admin  pc  host  home  unrelated  coordinator-of-nothing  visitor  other-staff  unlinked-staff  no-role
 */
function row<T extends string>(columns: string): Record<Who, T> {
  const cells = columns.trim().split(/\s+/);
  if (cells.length !== WHO.length) throw new Error(`"${columns}" has ${cells.length} columns, not ${WHO.length}`);
  return Object.fromEntries(WHO.map((who, i) => [who, cells[i]])) as Record<Who, T>;
}

type Verdict = 'ok' | '403' | '404';
/** A refusal (403) or a hidden resource (404); anything else is a bug in the policy. */
function refusal(error: unknown): '403' | '404' {
  if (error instanceof AppError && error.code === 'FORBIDDEN') return '403';
  if (error instanceof AppError && error.code === 'NOT_FOUND') return '404';
  throw error;
}
/** What a policy function decided: it returned, refused or hid the resource. */
function verdictOf(decide: () => unknown): Verdict {
  try {
    decide();
    return 'ok';
  } catch (error) {
    return refusal(error);
  }
}

const meta = { createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z', version: 3 };
const names = { en: 'Medicine', 'zh-Hant': '內科', 'zh-Hans': '内科' };
const department: Department = {
  departmentId: 'dept_1',
  institutionId: HOST,
  names,
  specialty: 'MEDICINE',
  capacity: 2,
  ...meta,
};
const visitor: Staff = {
  staffId: VISITOR,
  names: { en: 'Dr Visitor' },
  email: 'visitor@example.org',
  discipline: 'DOCTOR',
  specialty: 'Cardiology',
  homeInstitutionId: HOME,
  homeRegion: 'GD',
  credentials: [
    {
      credentialId: 'cred_1',
      type: 'MCHK_LIMITED_REGISTRATION',
      number: 'LR1',
      region: 'HK',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
    },
  ],
  ...meta,
};
const placement: Placement = {
  placementId: 'plc_1',
  programmeId: 'prog_1',
  staffId: VISITOR,
  hostInstitutionId: HOST,
  homeInstitutionId: HOME,
  startDate: '2027-02-01',
  endDate: '2027-11-30',
  status: 'ACCEPTED',
  notes: 'Coordinators only',
  ...meta,
};
const rotation: Rotation = {
  rotationId: 'rot_1',
  placementId: placement.placementId,
  programmeId: placement.programmeId,
  staffId: VISITOR,
  hostInstitutionId: HOST,
  homeInstitutionId: HOME,
  departmentId: department.departmentId,
  startDate: '2027-03-01',
  endDate: '2027-03-31',
  activity: 'CLINICAL',
  status: 'SCHEDULED',
  sequence: 0,
  ...meta,
};

/** Each decision of the policy against its expectation row. */
const decisions: [string, (p: Principal) => unknown, string][] = [
  //                                                                                              admin pc  host home unrel none vis other unlinked norole
  [
    'authorizeDepartmentChange (host department)',
    (p) => authorizeDepartmentChange(p, HOST),
    'ok   ok  ok   403  403   403  403 403   403      403',
  ],
  [
    'authorizeOccupancy (host department)',
    (p) => authorizeOccupancy(p, department),
    'ok   ok  ok   403  403   403  403 403   403      403',
  ],
  [
    'authorizeStaffRead (the visitor, hosted by host)',
    (p) => authorizeStaffRead(p, visitor, [HOST]),
    'ok   ok  ok   ok   404   404  ok  404   404      404',
  ],
  [
    'authorizeStaffRead (the visitor, no placement)',
    (p) => authorizeStaffRead(p, visitor),
    'ok   ok  404  ok   404   404  ok  404   404      404',
  ],
  [
    'authorizeStaffCreate (staff of home)',
    (p) => authorizeStaffCreate(p, HOME),
    'ok   ok  403  ok   403   403  403 403   403      403',
  ],
  [
    'authorizeCredentialChange (the visitor)',
    (p) => authorizeCredentialChange(p, visitor, [HOST]),
    'ok   ok  403  ok   404   404  403 404   404      404',
  ],
  [
    'authorizePlacementRead',
    (p) => authorizePlacementRead(p, placement),
    'ok   ok  ok   ok   404   404  ok  404   404      404',
  ],
  [
    'authorizePlacementRecords (history, emails)',
    (p) => authorizePlacementRecords(p, placement),
    'ok   ok  ok   ok   404   404  403 404   404      404',
  ],
  [
    'authorizeRotationRead',
    (p) => authorizeRotationRead(p, rotation),
    'ok   ok  ok   ok   404   404  ok  404   404      404',
  ],
  [
    'authorizeRotationChange (on the placement)',
    (p) => authorizeRotationChange(p, placement),
    'ok   ok  ok   403  404   404  403 404   404      404',
  ],
  [
    'authorizeRotationChange (on the rotation)',
    (p) => authorizeRotationChange(p, rotation),
    'ok   ok  ok   403  404   404  403 404   404      404',
  ],
  [
    'authorizeRotationResponse (confirm, decline)',
    (p) => authorizeRotationResponse(p, rotation),
    'ok   ok  ok   403  404   404  ok  404   404      404',
  ],
];

describe.each(decisions)('%s', (_name, decide, expected) => {
  const table = row<Verdict>(expected);
  it.each(WHO)('%s', (who) => expect(verdictOf(() => decide(principals[who]))).toBe(table[who]));
});

describe('authorizePlacementTransition', () => {
  // The programme office does everything; the host activates and completes; the visitor accepts, declines or withdraws.
  const expected: Record<PlacementAction, string> = {
    //          admin pc  host home unrel none vis other unlinked norole
    offer: 'ok   ok  403  403  404   404  403 404   404      404',
    accept: 'ok   ok  403  403  404   404  ok  404   404      404',
    decline: 'ok   ok  403  403  404   404  ok  404   404      404',
    activate: 'ok   ok  ok   403  404   404  403 404   404      404',
    complete: 'ok   ok  ok   403  404   404  403 404   404      404',
    withdraw: 'ok   ok  403  403  404   404  ok  404   404      404',
    cancel: 'ok   ok  403  403  404   404  403 404   404      404',
  };
  const cases = PLACEMENT_ACTIONS.flatMap((action) => WHO.map((who) => [action, who] as const));
  it.each(cases)('%s by %s', (action, who) => {
    expect(verdictOf(() => authorizePlacementTransition(principals[who], placement, action))).toBe(
      row<Verdict>(expected[action])[who],
    );
  });

  it("records the programme office's accept, decline and withdraw as on the visitor's behalf, and nobody else's", () => {
    for (const action of PLACEMENT_ACTIONS) {
      const onBehalf = ['accept', 'decline', 'withdraw'].includes(action) ? { onBehalfOf: VISITOR } : {};
      expect(authorizePlacementTransition(principals.admin, placement, action)).toEqual(onBehalf);
      expect(authorizePlacementTransition(principals['programme-coordinator'], placement, action)).toEqual(onBehalf);
    }
    expect(authorizePlacementTransition(principals.visitor, placement, 'accept')).toEqual({});
    expect(authorizePlacementTransition(principals['host-coordinator'], placement, 'activate')).toEqual({});
  });
});

describe('authorizeRotationResponse: on whose behalf', () => {
  it("is the visitor's own answer, or a coordinator's on the visitor's behalf", () => {
    expect(authorizeRotationResponse(principals.visitor, rotation)).toEqual({});
    for (const who of ['admin', 'programme-coordinator', 'host-coordinator'] as const) {
      expect(authorizeRotationResponse(principals[who], rotation)).toEqual({ onBehalfOf: VISITOR });
    }
  });
});

describe('canSeeStaff and canSeePlacement', () => {
  const seesStaff = row<'yes' | 'no'>('yes yes no  yes no  no  yes no  no  no');
  const seesHostedStaff = row<'yes' | 'no'>('yes yes yes yes no  no  yes no  no  no');
  const seesPlacement = row<'yes' | 'no'>('yes yes yes yes no  no  yes no  no  no');
  it.each(WHO)('%s', (who) => {
    const p = principals[who];
    expect(canSeeStaff(p, visitor) ? 'yes' : 'no').toBe(seesStaff[who]);
    expect(canSeeStaff(p, visitor, ['inst_elsewhere', HOST]) ? 'yes' : 'no').toBe(seesHostedStaff[who]);
    expect(canSeePlacement(p, placement) ? 'yes' : 'no').toBe(seesPlacement[who]);
  });

  it('does not take a missing institution claim for a match with a missing institution', () => {
    const orphan = {
      ...placement,
      hostInstitutionId: undefined as unknown as string,
      homeInstitutionId: undefined as unknown as string,
    };
    expect(canSeePlacement(principals['coordinator of nothing'], orphan)).toBe(false);
    expect(canSeeStaff(principals['staff of no record'], { ...visitor, staffId: undefined as unknown as string })).toBe(
      false,
    );
  });
});

describe('staffChangeScope', () => {
  //                                        admin pc  host home unrel none vis  other unlinked norole
  const expected = row<'all' | 'self' | '403' | '404'>('all all 403  all  404   404  self 404   404      404');
  const scopeOf = (p: Principal) => {
    try {
      return staffChangeScope(p, visitor, [HOST]);
    } catch (error) {
      return refusal(error);
    }
  };
  it.each(WHO)('%s', (who) => expect(scopeOf(principals[who])).toBe(expected[who]));
});

describe('placementView', () => {
  const seesNotes = row<'yes' | 'no'>('yes yes yes yes no  no  no  no  no  no');
  it.each(WHO)('%s', (who) => {
    const view = placementView(principals[who], placement);
    expect('notes' in view ? 'yes' : 'no').toBe(seesNotes[who]);
    const { notes: _notes, ...rest } = placement;
    expect(view).toMatchObject(rest);
  });
});

describe('confinedInstitution', () => {
  it('confines hospital coordinators to their institution (or to none without the claim), and nobody else', () => {
    const confined = Object.fromEntries(WHO.map((who) => [who, confinedInstitution(principals[who])]));
    expect(confined).toEqual({
      admin: undefined,
      'programme-coordinator': undefined,
      'host-coordinator': HOST,
      'home-coordinator': HOME,
      'unrelated-coordinator': OTHER,
      'coordinator of nothing': '(none)',
      visitor: undefined,
      'other-staff': undefined,
      'staff of no record': undefined,
      'no role': undefined,
    });
  });
});

describe('staffListScope', () => {
  const scope = (who: Who, asked?: string) => {
    try {
      return staffListScope(principals[who], asked);
    } catch (error) {
      return refusal(error);
    }
  };

  it("lists a hospital coordinator's own institution's staff, whatever it asks for, and refuses another's", () => {
    expect(scope('host-coordinator')).toBe(HOST);
    expect(scope('host-coordinator', HOST)).toBe(HOST);
    expect(scope('host-coordinator', HOME)).toBe('403');
    expect(scope('coordinator of nothing')).toBe('(none)');
  });

  it('lets the programme office list everyone or any one institution', () => {
    expect(scope('admin')).toBeUndefined();
    expect(scope('programme-coordinator', HOME)).toBe(HOME);
  });
});

describe('canSeePlacementNow: a nomination is not yet the visitor’s to see', () => {
  it('hides a NOMINATED placement from its visitor only, and shows it once offered', () => {
    const nominated = { ...placement, status: 'NOMINATED' as const };
    const seeing = (p: Placement) => WHO.filter((who) => canSeePlacementNow(principals[who], p));
    expect(seeing(nominated)).toEqual(['admin', 'programme-coordinator', 'host-coordinator', 'home-coordinator']);
    expect(seeing({ ...placement, status: 'OFFERED' })).toEqual([
      'admin',
      'programme-coordinator',
      'host-coordinator',
      'home-coordinator',
      'visitor',
    ]);
    expect(() => authorizePlacementRead(principals.visitor, nominated)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
