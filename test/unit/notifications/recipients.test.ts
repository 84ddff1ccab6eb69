import { planNotification, recipientsOf } from '../../../shared/notifications/recipients';
import { AUDIT_ACTIONS, type AuditAction, type AuditRecord, type Rotation } from '../../../shared/schemas';

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

function audit(action: AuditAction, before: object | null, after: object | null, extra: Partial<AuditRecord> = {}): AuditRecord {
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
    const placement = { placementId: 'plc_1', programmeId: 'prg_1', staffId: 'stf_1', hostInstitutionId: 'qmh', startDate: '2026-03-02', endDate: '2027-01-15', status: 'OFFERED' };
    const plan = planNotification(audit('placement.offered', { ...placement, status: 'NOMINATED' }, placement));
    expect(plan).toMatchObject({ kind: 'placementOffered', audience: 'staff', placementId: 'plc_1', entityType: 'placement', placement: { staffId: 'stf_1' } });
  });

  it('the visitor hears of a rotation scheduled', () => {
    expect(planNotification(audit('rotation.scheduled', null, rotation))).toMatchObject({ kind: 'rotationScheduled', audience: 'staff', rotation: { rotationId: 'rot_1' } });
  });

  it('the visitor hears of a move of dates or department, with the old rotation, and whether to confirm again', () => {
    const confirmed = { ...rotation, status: 'CONFIRMED' };
    const moved = { ...rotation, startDate: '2026-03-09', endDate: '2026-04-03', status: 'SCHEDULED', sequence: 1 };
    const plan = planNotification(audit('rotation.updated', confirmed, moved));
    expect(plan).toMatchObject({ kind: 'rotationChanged', audience: 'staff', previous: { startDate: '2026-03-02' }, rotation: { startDate: '2026-03-09' }, needsConfirmation: true });
    expect(planNotification(audit('rotation.updated', rotation, { ...rotation, departmentId: 'qmh-paed' }))?.kind).toBe('rotationChanged');
  });

  it('but not of a new supervisor or activity', () => {
    expect(planNotification(audit('rotation.updated', rotation, { ...rotation, supervisor: { name: 'Dr Lee' }, activity: 'TRAINING' }))).toBeUndefined();
  });

  it('the visitor hears of a cancellation, with the reason given', () => {
    const plan = planNotification(audit('rotation.cancelled', rotation, { ...rotation, status: 'CANCELLED' }, { reason: 'Ward closed for renovation' }));
    expect(plan).toMatchObject({ kind: 'rotationCancelled', audience: 'staff', reason: 'Ward closed for renovation' });
  });

  it('coordinators hear of a confirmation and of a decline with its reason', () => {
    expect(planNotification(audit('rotation.confirmed', rotation, { ...rotation, status: 'CONFIRMED' }))).toMatchObject({ kind: 'rotationConfirmed', audience: 'coordinators' });
    const declined = { ...rotation, status: 'DECLINED', declineReason: 'Exam that week' };
    expect(planNotification(audit('rotation.declined', rotation, declined))).toMatchObject({ kind: 'rotationDeclined', audience: 'coordinators', reason: 'Exam that week' });
    expect(planNotification(audit('rotation.declined', rotation, declined, { reason: 'Said on the phone' }))?.reason).toBe('Said on the phone');
  });

  it('nothing else sends email', () => {
    const silent = AUDIT_ACTIONS.filter((a) => !['placement.offered', 'rotation.scheduled', 'rotation.updated', 'rotation.cancelled', 'rotation.confirmed', 'rotation.declined'].includes(a));
    for (const action of silent) expect(planNotification(audit(action, rotation, rotation))).toBeUndefined();
  });

  it('an audit record without the rotation still plans the message (the notifier reads the rotation)', () => {
    const plan = planNotification(audit('rotation.scheduled', null, { rotationId: 'rot_1' }));
    expect(plan).toMatchObject({ kind: 'rotationScheduled', placementId: 'plc_1', entityId: 'rot_1' });
    expect(plan?.rotation).toBeUndefined();
  });
});

describe('recipients', () => {
  const parties = {
    staff: { email: 'chen.xiaoyu@gdph.example.cn', preferredLanguage: 'zh-Hans' as const },
    programme: { contactEmails: ['exchange@ha.example.org.hk', 'Nurse.Office@ha.example.org.hk'] },
    host: { contactEmails: ['nurse.office@ha.example.org.hk', 'qmh-coord@ha.example.org.hk'] },
  };

  it('staff messages go to the visitor, in their language', () => {
    expect(recipientsOf('staff', parties)).toEqual([{ email: 'chen.xiaoyu@gdph.example.cn', language: 'zh-Hans' }]);
    expect(recipientsOf('staff', { ...parties, staff: { email: 'x@example.org' } })).toEqual([{ email: 'x@example.org', language: undefined }]);
  });

  it('coordinator messages go to the programme office and the host hospital, each address once, in all three languages', () => {
    expect(recipientsOf('coordinators', parties)).toEqual([
      { email: 'exchange@ha.example.org.hk' },
      { email: 'Nurse.Office@ha.example.org.hk' },
      { email: 'qmh-coord@ha.example.org.hk' },
    ]);
  });
});
