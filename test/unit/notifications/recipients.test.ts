import { audiencesNow, planNotification, recipientsOf } from '../../../shared/notifications/recipients';
import {
  AUDIT_ACTIONS,
  PLACEMENT_STATUSES,
  type AuditAction,
  type AuditRecord,
  type Rotation,
} from '../../../shared/schemas';

const rotation: Rotation = {
  rotationId: 'rot_1',
  placementId: 'plc_1',
  programmeId: 'prg_1',
  staffId: 'stf_1',
  hostInstitutionId: 'qmh',
  homeInstitutionId: 'gdph',
  departmentId: 'qmh-cardio',
  startDate: '2026-03-02',
  endDate: '2026-03-27',
  activity: 'CLINICAL',
  status: 'SCHEDULED',
  sequence: 0,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 1,
};

function audit(
  action: AuditAction,
  before: object | null,
  after: object | null,
  extra: Partial<AuditRecord> = {},
): AuditRecord {
  return {
    auditId: 'aud_1',
    placementId: 'plc_1',
    at: '2026-01-05T02:00:00.000Z',
    actor: { sub: 'coordinator-1', role: 'programme-coordinator' },
    action,
    entityType: action.startsWith('rotation.') ? 'rotation' : 'placement',
    entityId: action.startsWith('rotation.') ? 'rot_1' : 'plc_1',
    before: before as AuditRecord['before'],
    after: after as AuditRecord['after'],
    ...extra,
  };
}

describe('who hears what', () => {
  it('the visitor hears of an offer', () => {
    const placement = {
      placementId: 'plc_1',
      programmeId: 'prg_1',
      staffId: 'stf_1',
      hostInstitutionId: 'qmh',
      startDate: '2026-03-02',
      endDate: '2027-01-15',
      status: 'OFFERED',
    };
    const plan = planNotification(audit('placement.offered', { ...placement, status: 'NOMINATED' }, placement));
    expect(plan).toMatchObject({
      kind: 'placementOffered',
      audiences: ['staff'],
      placementId: 'plc_1',
      entityType: 'placement',
      placement: { staffId: 'stf_1' },
    });
  });

  it('the visitor hears of a rotation scheduled', () => {
    expect(planNotification(audit('rotation.scheduled', null, rotation))).toMatchObject({
      kind: 'rotationScheduled',
      audiences: ['staff'],
      rotation: { rotationId: 'rot_1' },
    });
  });

  it('the visitor hears of a move of dates or department, with the old rotation, and whether to confirm again', () => {
    const confirmed = { ...rotation, status: 'CONFIRMED' };
    const moved = { ...rotation, startDate: '2026-03-09', endDate: '2026-04-03', status: 'SCHEDULED', sequence: 1 };
    const plan = planNotification(audit('rotation.updated', confirmed, moved));
    expect(plan).toMatchObject({
      kind: 'rotationChanged',
      audiences: ['staff'],
      previous: { startDate: '2026-03-02' },
      rotation: { startDate: '2026-03-09' },
      needsConfirmation: true,
    });
    expect(planNotification(audit('rotation.updated', rotation, { ...rotation, departmentId: 'qmh-paed' }))?.kind).toBe(
      'rotationChanged',
    );
  });

  it('and of a new activity or supervisor, with what changed and nothing to confirm again once confirmed', () => {
    const confirmed = { ...rotation, status: 'CONFIRMED' as const, supervisor: { name: 'Dr Chan' } };
    const activity = planNotification(audit('rotation.updated', confirmed, { ...confirmed, activity: 'TRAINING' }));
    expect(activity).toMatchObject({
      kind: 'rotationChanged',
      audiences: ['staff'],
      changed: ['activity'],
      needsConfirmation: false,
    });
    const supervisor = planNotification(
      audit('rotation.updated', confirmed, { ...confirmed, supervisor: { name: 'Dr Lee', email: 'lee@ha.example' } }),
    );
    expect(supervisor).toMatchObject({ changed: ['supervisor'], needsConfirmation: false });
    // Only the address changed: still a change of whom the visitor reports to.
    expect(
      planNotification(
        audit('rotation.updated', confirmed, { ...confirmed, supervisor: { name: 'Dr Chan', email: 'c@ha.example' } }),
      )?.changed,
    ).toEqual(['supervisor']);
    // Not confirmed yet: the email asks for the confirmation still owed.
    expect(
      planNotification(audit('rotation.updated', rotation, { ...rotation, activity: 'OBSERVATION' })),
    ).toMatchObject({ changed: ['activity'], needsConfirmation: true });
  });

  it('but not of new details of a rotation the visitor declined, nor of a change that changes nothing', () => {
    const declined = { ...rotation, status: 'DECLINED' as const };
    expect(
      planNotification(audit('rotation.updated', declined, { ...declined, supervisor: { name: 'Dr Lee' } })),
    ).toBeUndefined();
    expect(planNotification(audit('rotation.updated', rotation, { ...rotation, version: 2 }))).toBeUndefined();
  });

  it('the visitor hears of a cancellation, with the reason given', () => {
    const plan = planNotification(
      audit(
        'rotation.cancelled',
        rotation,
        { ...rotation, status: 'CANCELLED' },
        { reason: 'Ward closed for renovation' },
      ),
    );
    expect(plan).toMatchObject({
      kind: 'rotationCancelled',
      audiences: ['staff'],
      reason: 'Ward closed for renovation',
    });
  });

  it('coordinators hear of a confirmation and of a decline with its reason', () => {
    expect(planNotification(audit('rotation.confirmed', rotation, { ...rotation, status: 'CONFIRMED' }))).toMatchObject(
      { kind: 'rotationConfirmed', audiences: ['coordinators'] },
    );
    const declined = { ...rotation, status: 'DECLINED', declineReason: 'Exam that week' };
    expect(planNotification(audit('rotation.declined', rotation, declined))).toMatchObject({
      kind: 'rotationDeclined',
      audiences: ['coordinators'],
      reason: 'Exam that week',
    });
    expect(
      planNotification(audit('rotation.declined', rotation, declined, { reason: 'Said on the phone' }))?.reason,
    ).toBe('Said on the phone');
  });

  it('nothing else sends email', () => {
    const speaking = [
      'placement.offered',
      'placement.declined',
      'placement.withdrawn',
      'placement.cancelled',
      'rotation.scheduled',
      'rotation.updated',
      'rotation.cancelled',
      'rotation.confirmed',
      'rotation.declined',
    ];
    const silent = AUDIT_ACTIONS.filter((a) => !speaking.includes(a));
    for (const action of silent) expect(planNotification(audit(action, rotation, rotation))).toBeUndefined();
  });

  it('the visitor hears of a rotation plan once, with its rotations; each rotation of it sends nothing itself', () => {
    const second = { ...rotation, rotationId: 'rot_2', startDate: '2026-03-30', endDate: '2026-04-24' };
    const plan = planNotification(
      audit('placement.rotationsScheduled', null, { placementId: 'plc_1', rotations: [rotation, second] }),
    );
    expect(plan).toMatchObject({
      kind: 'rotationsScheduled',
      audiences: ['staff'],
      placementId: 'plc_1',
      entityType: 'placement',
      needsConfirmation: true,
      rotations: [{ rotationId: 'rot_1' }, { rotationId: 'rot_2' }],
    });
    expect(planNotification(audit('rotation.scheduled', null, rotation, { partOf: 'aud_plan' }))).toBeUndefined();
    expect(planNotification(audit('placement.rotationsScheduled', null, { rotations: [] }))).toBeUndefined();
  });

  it('an audit record without the rotation still plans the message (the notifier reads the rotation)', () => {
    const plan = planNotification(audit('rotation.scheduled', null, { rotationId: 'rot_1' }));
    expect(plan).toMatchObject({ kind: 'rotationScheduled', placementId: 'plc_1', entityId: 'rot_1' });
    expect(plan?.rotation).toBeUndefined();
  });
});

describe('a placement that ends early', () => {
  const placement = {
    placementId: 'plc_1',
    programmeId: 'prg_1',
    staffId: 'stf_1',
    hostInstitutionId: 'qmh',
    startDate: '2026-03-02',
    endDate: '2027-01-15',
  };
  const ended = (action: AuditAction, from: string, to: string, extra: Partial<AuditRecord> = {}) =>
    planNotification(audit(action, { ...placement, status: from }, { ...placement, status: to }, extra));
  const visitor = { sub: 'staff-1', role: 'staff' };
  const office = { sub: 'coordinator-1', role: 'programme-coordinator', onBehalfOf: 'stf_1' };

  it('the visitor declining or withdrawing tells the coordinators, with the reason they typed', () => {
    expect(
      ended('placement.declined', 'OFFERED', 'DECLINED', { actor: visitor, reason: 'Family reasons' }),
    ).toMatchObject({
      kind: 'placementEnded',
      audiences: ['coordinators'],
      ending: 'DECLINED',
      reason: 'Family reasons',
      entityType: 'placement',
      placement: { staffId: 'stf_1' },
      changedAt: '2026-01-05T02:00:00.000Z',
    });
    const withdrawn = ended('placement.withdrawn', 'ACCEPTED', 'WITHDRAWN', { actor: visitor });
    expect(withdrawn).toMatchObject({ kind: 'placementEnded', audiences: ['coordinators'], ending: 'WITHDRAWN' });
    expect(withdrawn?.reason).toBeUndefined();
    expect(withdrawn?.recordedBy).toBeUndefined();
  });

  it('recorded by the programme office on the visitor’s behalf: the coordinators hear it, and the visitor gets a copy', () => {
    expect(ended('placement.withdrawn', 'ACTIVE', 'WITHDRAWN', { actor: office })).toMatchObject({
      audiences: ['coordinators', 'staff'],
      recordedBy: 'programme',
    });
  });

  it('cancelled by the programme office: the visitor hears, with the reason given', () => {
    expect(ended('placement.cancelled', 'ACCEPTED', 'CANCELLED', { reason: 'Host ward closed' })).toMatchObject({
      kind: 'placementEnded',
      audiences: ['staff'],
      ending: 'CANCELLED',
      reason: 'Host ward closed',
    });
  });

  it('the visitor never hears of the end of a placement that was only a nomination', () => {
    expect(ended('placement.cancelled', 'NOMINATED', 'CANCELLED')).toBeUndefined();
    expect(ended('placement.withdrawn', 'NOMINATED', 'WITHDRAWN', { actor: office })).toMatchObject({
      audiences: ['coordinators'],
    });
    // A record without the state before is not trusted to have been offered.
    expect(planNotification(audit('placement.cancelled', null, { ...placement, status: 'CANCELLED' }))).toBeUndefined();
  });

  it('its rotations cancelled with it send no email of their own', () => {
    const cancelled = { ...rotation, status: 'CANCELLED' };
    for (const reasonCode of ['PLACEMENT_DECLINED', 'PLACEMENT_WITHDRAWN', 'PLACEMENT_CANCELLED'] as const) {
      expect(planNotification(audit('rotation.cancelled', rotation, cancelled, { reasonCode }))).toBeUndefined();
    }
    // A rotation cancelled on its own still tells the visitor.
    expect(planNotification(audit('rotation.cancelled', rotation, cancelled))).toMatchObject({
      kind: 'rotationCancelled',
      audiences: ['staff'],
    });
  });
});

describe('recorded on the visitor’s behalf', () => {
  it('a confirmation or decline recorded by a coordinator goes to the coordinators and, as a copy, to the visitor', () => {
    const confirmed = planNotification(
      audit(
        'rotation.confirmed',
        rotation,
        { ...rotation, status: 'CONFIRMED' },
        { actor: { sub: 'pc-1', role: 'programme-coordinator', onBehalfOf: 'stf_1' } },
      ),
    );
    expect(confirmed).toMatchObject({
      kind: 'rotationConfirmed',
      audiences: ['coordinators', 'staff'],
      recordedBy: 'programme',
    });
    const declined = planNotification(
      audit(
        'rotation.declined',
        rotation,
        { ...rotation, status: 'DECLINED' },
        { actor: { sub: 'hc-1', role: 'hospital-coordinator', onBehalfOf: 'stf_1' }, reason: 'Phoned in sick' },
      ),
    );
    expect(declined).toMatchObject({
      kind: 'rotationDeclined',
      audiences: ['coordinators', 'staff'],
      recordedBy: 'host',
      reason: 'Phoned in sick',
    });
  });

  it('the visitor acting for themselves gets no copy', () => {
    const plan = planNotification(
      audit(
        'rotation.confirmed',
        rotation,
        { ...rotation, status: 'CONFIRMED' },
        { actor: { sub: 'staff-1', role: 'staff' } },
      ),
    );
    expect(plan?.audiences).toEqual(['coordinators']);
    expect(plan?.recordedBy).toBeUndefined();
  });
});

describe('the placement’s state when the message goes out', () => {
  const heard = (
    kind: Parameters<typeof audiencesNow>[0]['kind'],
    entityType: 'placement' | 'rotation',
    audiences: ('staff' | 'coordinators')[] = ['staff'],
  ) => PLACEMENT_STATUSES.filter((status) => audiencesNow({ kind, entityType, audiences }, status).includes('staff'));

  it('the visitor hears of rotations only while the placement is offered, accepted or active — never of a nomination’s', () => {
    for (const kind of ['rotationScheduled', 'rotationChanged', 'rotationCancelled'] as const)
      expect(heard(kind, 'rotation')).toEqual(['OFFERED', 'ACCEPTED', 'ACTIVE']);
    // A plan's email is about the placement's rotations: the same holds (an offer lists them later).
    expect(heard('rotationsScheduled', 'placement')).toEqual(['OFFERED', 'ACCEPTED', 'ACTIVE']);
  });

  it('reminders go only once the placement is accepted: confirming is impossible before', () => {
    expect(heard('reminderConfirm', 'rotation')).toEqual(['ACCEPTED', 'ACTIVE']);
    expect(heard('reminderStart', 'rotation')).toEqual(['ACCEPTED', 'ACTIVE']);
  });

  it('coordinators are told whatever the state; placement messages were decided by the change itself', () => {
    expect(
      audiencesNow(
        { kind: 'rotationConfirmed', entityType: 'rotation', audiences: ['coordinators', 'staff'] },
        'NOMINATED',
      ),
    ).toEqual(['coordinators']);
    expect(heard('placementOffered', 'placement')).toEqual([...PLACEMENT_STATUSES]);
  });
});

describe('recipients', () => {
  const parties = {
    staff: { email: 'chen.xiaoyu@gdph.example.cn', preferredLanguage: 'zh-Hans' as const },
    programme: { contactEmails: ['exchange@ha.example.org.hk', 'Nurse.Office@ha.example.org.hk'] },
    host: { contactEmails: ['nurse.office@ha.example.org.hk', 'qmh-coord@ha.example.org.hk'] },
  };

  const HK_ORDER = ['en', 'zh-Hant', 'zh-Hans'];
  const GD_ORDER = ['zh-Hans', 'zh-Hant', 'en'];

  it('staff messages go to the visitor, in their language; without one, in all three, their region’s first', () => {
    expect(recipientsOf(['staff'], parties)).toEqual([
      { email: 'chen.xiaoyu@gdph.example.cn', language: 'zh-Hans', audience: 'staff' },
    ]);
    expect(recipientsOf(['staff'], { ...parties, staff: { email: 'x@example.org', homeRegion: 'GD' } })).toEqual([
      { email: 'x@example.org', audience: 'staff', order: GD_ORDER },
    ]);
    expect(recipientsOf(['staff'], { ...parties, staff: { email: 'x@example.org', homeRegion: 'HK' } })).toEqual([
      { email: 'x@example.org', audience: 'staff', order: HK_ORDER },
    ]);
  });

  it('coordinator messages go to the programme office and the host hospital, each address once, greeted by their list', () => {
    expect(recipientsOf(['coordinators'], parties)).toEqual([
      { email: 'exchange@ha.example.org.hk', audience: 'coordinators', order: HK_ORDER, contact: 'programmeOffice' },
      {
        email: 'Nurse.Office@ha.example.org.hk',
        audience: 'coordinators',
        order: HK_ORDER,
        contact: 'programmeOffice',
      },
      { email: 'qmh-coord@ha.example.org.hk', audience: 'coordinators', order: HK_ORDER, contact: 'hostCoordinators' },
    ]);
  });

  it("a coordinator reads their own language, else their list's; only with neither all three, the host region's first", () => {
    const languages = {
      ...parties,
      programme: { ...parties.programme, contactLanguage: 'en' as const },
      host: { contactEmails: ['qmh-coord@ha.example.org.hk', 'gz-office@gd.example.cn'], region: 'GD' as const },
      personal: new Map([
        ['nurse.office@ha.example.org.hk', 'zh-Hant' as const],
        ['qmh-coord@ha.example.org.hk', 'zh-Hans' as const],
      ]),
    };
    expect(recipientsOf(['coordinators'], languages)).toEqual([
      { email: 'exchange@ha.example.org.hk', audience: 'coordinators', language: 'en', contact: 'programmeOffice' },
      {
        email: 'Nurse.Office@ha.example.org.hk',
        audience: 'coordinators',
        language: 'zh-Hant',
        contact: 'programmeOffice',
      },
      {
        email: 'qmh-coord@ha.example.org.hk',
        audience: 'coordinators',
        language: 'zh-Hans',
        contact: 'hostCoordinators',
      },
      { email: 'gz-office@gd.example.cn', audience: 'coordinators', order: GD_ORDER, contact: 'hostCoordinators' },
    ]);
  });

  it('a message to both goes to each address once: one email, one notification record', () => {
    const visitorIsListed = { ...parties, host: { contactEmails: ['CHEN.XIAOYU@gdph.example.cn'] } };
    expect(recipientsOf(['coordinators', 'staff'], visitorIsListed).map((r) => [r.email, r.audience])).toEqual([
      ['exchange@ha.example.org.hk', 'coordinators'],
      ['Nurse.Office@ha.example.org.hk', 'coordinators'],
      ['CHEN.XIAOYU@gdph.example.cn', 'coordinators'],
    ]);
    expect(recipientsOf(['coordinators', 'staff'], parties).map((r) => r.audience)).toEqual([
      'coordinators',
      'coordinators',
      'coordinators',
      'staff',
    ]);
  });
});
