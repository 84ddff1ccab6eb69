/** The state machines: every allowed move and a refusal for each state that may not move. */
import {
  isLive,
  placementDueOn,
  placementMoveOn,
  placementTransition,
  rotationCompletesOn,
  rotationDueOn,
  rotationTransition,
} from '../../shared/domain/lifecycle';
import { PLACEMENT_ACTIONS, PLACEMENT_STATUSES, ROTATION_STATUSES } from '../../shared/schemas';

describe('placement transitions', () => {
  const allowed: Record<string, string> = {
    'NOMINATED offer': 'OFFERED',
    'OFFERED accept': 'ACCEPTED',
    'OFFERED decline': 'DECLINED',
    'ACCEPTED activate': 'ACTIVE',
    'ACTIVE complete': 'COMPLETED',
  };
  for (const from of ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'] as const) {
    allowed[`${from} withdraw`] = 'WITHDRAWN';
    allowed[`${from} cancel`] = 'CANCELLED';
  }

  it.each(PLACEMENT_STATUSES.flatMap((from) => PLACEMENT_ACTIONS.map((action) => [from, action] as const)))(
    '%s + %s',
    (from, action) => {
      const verdict = placementTransition(from, action);
      const expected = allowed[`${from} ${action}`];
      if (expected) expect(verdict).toEqual({ ok: true, to: expected });
      else expect(verdict.ok).toBe(false);
    },
  );
});

describe('rotation transitions', () => {
  it('confirms only a SCHEDULED rotation and sends a rescheduled CONFIRMED one back to SCHEDULED', () => {
    expect(rotationTransition('SCHEDULED', 'confirm')).toEqual({ ok: true, to: 'CONFIRMED' });
    expect(rotationTransition('CONFIRMED', 'confirm').ok).toBe(false);
    expect(rotationTransition('CONFIRMED', 'reschedule')).toEqual({ ok: true, to: 'SCHEDULED' });
    expect(rotationTransition('CONFIRMED', 'edit')).toEqual({ ok: true, to: 'CONFIRMED' });
    expect(rotationTransition('DECLINED', 'reschedule')).toEqual({ ok: true, to: 'SCHEDULED' });
  });

  it('never moves a cancelled or completed rotation', () => {
    for (const from of ['CANCELLED', 'COMPLETED'] as const) {
      for (const action of ['confirm', 'decline', 'cancel', 'reschedule', 'edit'] as const)
        expect(rotationTransition(from, action).ok).toBe(false);
    }
  });

  it('counts only rotations that hold their days as live', () => {
    expect(ROTATION_STATUSES.filter(isLive)).toEqual(['SCHEDULED', 'CONFIRMED', 'COMPLETED']);
  });
});

describe('the calendar', () => {
  const period = { startDate: '2027-03-01', endDate: '2027-03-31' };

  it('starts an accepted placement on its start date and ends an active one the day after its end', () => {
    expect(placementMoveOn({ ...period, status: 'ACCEPTED' }, '2027-02-28')).toBeUndefined();
    expect(placementMoveOn({ ...period, status: 'ACCEPTED' }, '2027-03-01')).toBe('activate');
    expect(placementMoveOn({ ...period, status: 'ACTIVE' }, '2027-03-31')).toBeUndefined();
    expect(placementMoveOn({ ...period, status: 'ACTIVE' }, '2027-04-01')).toBe('complete');
    for (const status of ['NOMINATED', 'OFFERED', 'DECLINED', 'WITHDRAWN', 'CANCELLED', 'COMPLETED'] as const)
      expect(placementDueOn({ ...period, status })).toBeUndefined();
  });

  it('completes a rotation still to happen the day after its end, once its placement is under way', () => {
    expect(rotationDueOn({ ...period, status: 'CONFIRMED' })).toBe('2027-04-01');
    expect(rotationCompletesOn({ ...period, status: 'SCHEDULED' }, 'ACTIVE', '2027-04-01')).toBe(true);
    expect(rotationCompletesOn({ ...period, status: 'CONFIRMED' }, 'ACTIVE', '2027-03-31')).toBe(false);
    expect(rotationCompletesOn({ ...period, status: 'CONFIRMED' }, 'OFFERED', '2027-05-01')).toBe(false);
    for (const status of ['DECLINED', 'CANCELLED', 'COMPLETED'] as const)
      expect(rotationDueOn({ ...period, status })).toBeUndefined();
  });
});
