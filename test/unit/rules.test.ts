/** The rules as pure functions: no I/O, every rule allowed and refused, every broken rule named. */
import {
  checkCapacityChange,
  checkCompletion,
  checkConfirmable,
  checkPlacement,
  checkProgrammeWindow,
  checkRotation,
  checkRotationPlan,
  toRanges,
  uncoveredDays,
  type RotationFacts,
} from '../../shared/domain/rules';
import type { Department, Institution, Placement, Programme, Staff } from '../../shared/schemas';

const meta = { createdAt: '', updatedAt: '', version: 1 };
const names = { en: 'x', 'zh-Hant': 'x', 'zh-Hans': 'x' };
const hk: Institution = { institutionId: 'qmh', region: 'HK', names, cluster: 'HKW', contactEmails: [], ...meta };
const gd: Institution = { institutionId: 'gdph', region: 'GD', names, city: 'Guangzhou', contactEmails: [], ...meta };
const programme: Programme = {
  programmeId: 'p',
  names,
  direction: 'GD_TO_HK',
  startDate: '2027-01-01',
  endDate: '2027-12-31',
  status: 'OPEN',
  contactEmails: [],
  ...meta,
};
const staff: Staff = {
  staffId: 's',
  names: { en: 'Dr Li' },
  email: 'li@example.org',
  discipline: 'DOCTOR',
  specialty: 'Cardiology',
  homeInstitutionId: 'gdph',
  homeRegion: 'GD',
  credentials: [
    {
      credentialId: 'c1',
      type: 'MCHK_LIMITED_REGISTRATION',
      number: '1',
      region: 'HK',
      validFrom: '2027-01-01',
      validTo: '2027-06-30',
    },
    {
      credentialId: 'c2',
      type: 'ENTRY_PERMIT',
      number: '2',
      region: 'HK',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
    },
  ],
  ...meta,
};
const placement: Placement = {
  placementId: 'plc',
  programmeId: 'p',
  staffId: 's',
  hostInstitutionId: 'qmh',
  homeInstitutionId: 'gdph',
  startDate: '2027-02-01',
  endDate: '2027-11-30',
  status: 'ACCEPTED',
  ...meta,
};
const department: Department = {
  departmentId: 'med',
  institutionId: 'qmh',
  names,
  specialty: 'MED',
  capacity: 2,
  ...meta,
};

type FactOverrides = Partial<Omit<RotationFacts, 'rotation'>> & { rotation?: Partial<RotationFacts['rotation']> };
const facts = (overrides: FactOverrides = {}): RotationFacts => ({
  placement,
  hostInstitutionId: 'qmh',
  department,
  staff,
  hostRegion: 'HK',
  departmentDays: new Map(),
  staffDays: new Map(),
  ...overrides,
  rotation: {
    rotationId: 'r',
    departmentId: 'med',
    startDate: '2027-03-01',
    endDate: '2027-03-10',
    activity: 'CLINICAL',
    ...overrides.rotation,
  },
});
const codes = (violations: { code: string }[]) => violations.map((v) => v.code);

describe('checkRotation', () => {
  it('passes a rotation that keeps every rule', () => {
    expect(checkRotation(facts())).toEqual([]);
  });

  it('refuses a rotation outside the placement, at another hospital, for a closed placement', () => {
    const v = checkRotation(
      facts({
        placement: { ...placement, status: 'COMPLETED' },
        department: { ...department, institutionId: 'pwh' },
        rotation: { endDate: '2027-12-05' },
      }),
    );
    expect(codes(v)).toEqual([
      'PLACEMENT_NOT_SCHEDULABLE',
      'OUTSIDE_PLACEMENT_PERIOD',
      'DEPARTMENT_NOT_AT_HOST',
      'CREDENTIAL_NOT_VALID',
    ]);
  });

  it('names the other rotation and the shared days when the person is already elsewhere, ignoring itself', () => {
    const staffDays = new Map([
      ['2027-03-09', ['other']],
      ['2027-03-10', ['other', 'r']],
    ]);
    const [overlap] = checkRotation(facts({ staffDays }));
    expect(overlap).toMatchObject({
      code: 'ROTATION_OVERLAP',
      details: { conflictingRotationId: 'other', days: [{ from: '2027-03-09', to: '2027-03-10' }] },
    });
    expect(checkRotation(facts({ staffDays: new Map([['2027-03-05', ['r']]]) }))).toEqual([]);
  });

  it('refuses the day a department is full, and only those days', () => {
    const departmentDays = new Map([
      ['2027-03-01', ['a']],
      ['2027-03-02', ['a', 'b']],
      ['2027-03-03', ['a', 'b']],
    ]);
    const [full] = checkRotation(facts({ departmentDays }));
    expect(full).toMatchObject({
      code: 'CAPACITY_EXCEEDED',
      details: { capacity: 2, days: [{ from: '2027-03-02', to: '2027-03-03' }], rotationIds: ['a', 'b'] },
    });
  });

  it('needs a practice credential (not an entry permit) in the host region on every day of a CLINICAL rotation only', () => {
    const [missing] = checkRotation(facts({ rotation: { startDate: '2027-06-25', endDate: '2027-07-05' } }));
    expect(missing).toMatchObject({
      code: 'CREDENTIAL_NOT_VALID',
      details: { uncovered: [{ from: '2027-07-01', to: '2027-07-05' }] },
    });
    expect(
      checkRotation(facts({ rotation: { startDate: '2027-06-25', endDate: '2027-07-05', activity: 'TRAINING' } })),
    ).toEqual([]);
    expect(codes(checkRotation(facts({ hostRegion: 'GD' })))).toEqual(['CREDENTIAL_NOT_VALID']);
  });

  it('refuses a rotation longer than a year without walking its days', () => {
    const v = checkRotation(
      facts({
        placement: { ...placement, startDate: '2020-01-01', endDate: '2035-01-01' },
        rotation: { startDate: '2020-01-01', endDate: '2034-12-31' },
      }),
    );
    expect(codes(v)).toEqual(['ROTATION_TOO_LONG']);
  });

  it('leaves facts it was not given to the transaction, and still judges the rest', () => {
    const full = new Map([['2027-03-05', ['other-1', 'other-2']]]);
    const closedEarlyPlacement = { ...placement, status: 'COMPLETED' as const, endDate: '2027-03-05' };
    // The same plan, with the placement and both day books unread: only what is known is judged.
    const unread = facts({ placement: undefined, departmentDays: undefined, staffDays: undefined, hostRegion: 'GD' });
    expect(codes(checkRotation(unread))).toEqual(['CREDENTIAL_NOT_VALID']);
    expect(
      codes(checkRotation(facts({ placement: closedEarlyPlacement, departmentDays: full, staffDays: full }))),
    ).toEqual([
      'PLACEMENT_NOT_SCHEDULABLE',
      'OUTSIDE_PLACEMENT_PERIOD',
      'ROTATION_OVERLAP',
      'ROTATION_OVERLAP',
      'CAPACITY_EXCEEDED',
    ]);
  });
});

describe('checkRotationPlan', () => {
  const surgery = { ...department, departmentId: 'sur', capacity: 1 };
  const plan = (
    rotations: { rotationId: string; departmentId: string; startDate: string; endDate: string }[],
    extra = {},
  ) =>
    checkRotationPlan({
      placement,
      hostInstitutionId: 'qmh',
      staff,
      hostRegion: 'HK',
      departments: new Map([
        ['med', department],
        ['sur', surgery],
      ]),
      departmentDays: new Map(),
      staffDays: new Map(),
      ...extra,
      rotations: rotations.map((r) => ({ activity: 'OBSERVATION' as const, ...r })),
    });

  it('passes rotations that keep every rule together, each with its own verdict', () => {
    const verdicts = plan([
      { rotationId: 'a', departmentId: 'med', startDate: '2027-03-01', endDate: '2027-03-31' },
      { rotationId: 'b', departmentId: 'sur', startDate: '2027-04-01', endDate: '2027-04-30' },
    ]);
    expect(verdicts).toEqual([[], []]);
  });

  it('refuses two rotations on the same days of the person, each naming the other and the days', () => {
    const [a, b, c] = plan([
      { rotationId: 'a', departmentId: 'med', startDate: '2027-03-01', endDate: '2027-03-10' },
      { rotationId: 'b', departmentId: 'med', startDate: '2027-03-08', endDate: '2027-03-20' },
      { rotationId: 'c', departmentId: 'med', startDate: '2027-03-21', endDate: '2027-03-31' },
    ]);
    expect(a).toEqual([
      expect.objectContaining({
        code: 'ROTATION_OVERLAP',
        details: { staffId: 's', conflictingRotationId: 'b', days: [{ from: '2027-03-08', to: '2027-03-10' }] },
      }),
    ]);
    expect(b).toEqual([
      expect.objectContaining({
        code: 'ROTATION_OVERLAP',
        details: expect.objectContaining({ conflictingRotationId: 'a' }),
      }),
    ]);
    expect(c).toEqual([]);
  });

  it('counts the department’s booked days and the plan’s other rotations against its capacity', () => {
    const departmentDays = new Map([['sur', new Map([['2027-05-03', ['x']]])]]);
    const [first, second] = plan(
      [
        { rotationId: 'a', departmentId: 'sur', startDate: '2027-05-01', endDate: '2027-05-05' },
        { rotationId: 'b', departmentId: 'med', startDate: '2027-05-06', endDate: '2027-05-10' },
      ],
      { departmentDays },
    );
    expect(first).toEqual([
      expect.objectContaining({
        code: 'CAPACITY_EXCEEDED',
        details: {
          departmentId: 'sur',
          capacity: 1,
          days: [{ from: '2027-05-03', to: '2027-05-03' }],
          rotationIds: ['x'],
        },
      }),
    ]);
    expect(second).toEqual([]);
  });

  it('judges the plan’s own overlaps even when the person’s booked days were not read', () => {
    const verdicts = plan(
      [
        { rotationId: 'a', departmentId: 'med', startDate: '2027-03-01', endDate: '2027-03-10' },
        { rotationId: 'b', departmentId: 'sur', startDate: '2027-03-10', endDate: '2027-03-12' },
      ],
      { staffDays: undefined },
    );
    expect(verdicts.map(codes)).toEqual([['ROTATION_OVERLAP'], ['ROTATION_OVERLAP']]);
  });
});

describe('checkPlacement', () => {
  it('passes a placement inside the window in the programme direction', () => {
    expect(checkPlacement({ placement, programme, staff, homeRegion: 'GD', host: hk })).toEqual([]);
  });

  it('refuses a placement outside the window, in the wrong direction, or in a closed programme', () => {
    const v = checkPlacement({
      placement: { startDate: '2026-12-01', endDate: '2027-01-31' },
      programme: { ...programme, status: 'CLOSED' },
      staff,
      homeRegion: 'HK',
      host: gd,
    });
    expect(codes(v)).toEqual([
      'PROGRAMME_CLOSED',
      'OUTSIDE_PROGRAMME_WINDOW',
      'DIRECTION_MISMATCH',
      'DIRECTION_MISMATCH',
      'ENTRY_PERMIT_NOT_COVERING',
    ]);
  });

  it('warns, without blocking, when the entry permit does not cover the stay', () => {
    const [warning] = checkPlacement({
      placement: { startDate: '2027-02-01', endDate: '2028-01-15' },
      programme: { ...programme, endDate: '2028-06-30' },
      staff,
      homeRegion: 'GD',
      host: hk,
    });
    expect(warning).toMatchObject({
      code: 'ENTRY_PERMIT_NOT_COVERING',
      severity: 'warning',
      details: { uncovered: [{ from: '2028-01-01', to: '2028-01-15' }] },
    });
  });

  it('refuses a new period that would leave a rotation outside', () => {
    const v = checkPlacement({
      placement: { startDate: '2027-02-01', endDate: '2027-03-31' },
      programme,
      staff,
      homeRegion: 'GD',
      host: hk,
      rotations: [{ rotationId: 'r9', startDate: '2027-03-20', endDate: '2027-04-05' }],
    });
    expect(v).toEqual([
      expect.objectContaining({
        code: 'ROTATION_OUTSIDE_PLACEMENT',
        details: expect.objectContaining({ rotationId: 'r9' }),
      }),
    ]);
  });
});

describe('checkProgrammeWindow', () => {
  const window = { programmeId: 'p', startDate: '2027-01-01', endDate: '2027-12-31' };
  const going = [
    { placementId: 'a', startDate: '2027-02-01', endDate: '2027-06-30' },
    { placementId: 'b', startDate: '2027-03-01', endDate: '2027-11-30' },
  ];

  it('allows a window that still holds every placement going ahead', () => {
    expect(checkProgrammeWindow({ ...window, endDate: '2027-11-30' }, going)).toEqual([]);
  });

  it('names every placement a narrower window would leave outside, and a window ending before it starts', () => {
    const violations = checkProgrammeWindow({ ...window, startDate: '2027-12-31', endDate: '2027-06-30' }, going);
    expect(violations.map((v) => [v.code, v.details?.placementId])).toEqual([
      ['INVALID_WINDOW', undefined],
      ['PLACEMENT_OUTSIDE_WINDOW', 'a'],
      ['PLACEMENT_OUTSIDE_WINDOW', 'b'],
    ]);
  });
});

describe('checkCompletion and checkConfirmable', () => {
  const spans = {
    r1: { startDate: '2027-01-01', endDate: '2027-03-31' },
    r2: { startDate: '2027-04-01', endDate: '2027-06-30' },
  };

  it('refuses to complete a placement while a rotation ends after today, naming it', () => {
    const [violation] = checkCompletion({ placementId: 'p', rotationSpans: spans }, '2027-05-01');
    expect(violation).toMatchObject({ code: 'ROTATIONS_AHEAD', details: { rotationIds: ['r2'] } });
    expect(checkCompletion({ placementId: 'p', rotationSpans: spans }, '2027-06-30')).toEqual([]);
  });

  it('lets rotations be confirmed only once the placement is accepted', () => {
    expect(checkConfirmable({ placementId: 'p', status: 'OFFERED' })).toMatchObject([
      { code: 'PLACEMENT_NOT_ACCEPTED' },
    ]);
    expect(checkConfirmable({ placementId: 'p', status: 'ACCEPTED' })).toEqual([]);
    expect(checkConfirmable({ placementId: 'p', status: 'ACTIVE' })).toEqual([]);
  });
});

describe('helpers', () => {
  it('folds dates into ranges across month and year ends', () => {
    expect(toRanges(['2027-01-01', '2026-12-31', '2027-01-03', '2027-02-28', '2027-03-01'])).toEqual([
      { from: '2026-12-31', to: '2027-01-01' },
      { from: '2027-01-03', to: '2027-01-03' },
      { from: '2027-02-28', to: '2027-03-01' },
    ]);
  });

  it('counts a credential valid on its last day', () => {
    expect(
      uncoveredDays(
        { startDate: '2027-06-29', endDate: '2027-07-01' },
        staff.credentials,
        'HK',
        (c) => c.type !== 'ENTRY_PERMIT',
      ),
    ).toEqual([{ from: '2027-07-01', to: '2027-07-01' }]);
  });

  it('refuses a capacity below existing bookings, naming the days', () => {
    const book = new Map([
      ['2027-03-01', ['a', 'b']],
      ['2027-03-02', ['a']],
    ]);
    expect(checkCapacityChange('med', 2, book)).toEqual([]);
    expect(checkCapacityChange('med', 1, book)[0]).toMatchObject({
      code: 'CAPACITY_BELOW_BOOKINGS',
      details: { days: [{ from: '2027-03-01', to: '2027-03-01' }], rotationIds: ['a', 'b'] },
    });
  });
});
