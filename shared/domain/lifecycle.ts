/**
 * The state machines of placements and rotations (DESIGN "Domain"). Pure: which action moves
 * which state where. Who may take an action is shared/auth/policy.ts's business.
 */
import type { PlacementAction, PlacementStatus, RotationStatus } from '../schemas';
import { addDays, type Period } from './dates';

const PLACEMENT_TRANSITIONS: Record<PlacementAction, { from: readonly PlacementStatus[]; to: PlacementStatus }> = {
  offer: { from: ['NOMINATED'], to: 'OFFERED' },
  accept: { from: ['OFFERED'], to: 'ACCEPTED' },
  decline: { from: ['OFFERED'], to: 'DECLINED' },
  activate: { from: ['ACCEPTED'], to: 'ACTIVE' },
  complete: { from: ['ACTIVE'], to: 'COMPLETED' },
  withdraw: { from: ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'], to: 'WITHDRAWN' },
  cancel: { from: ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'], to: 'CANCELLED' },
};

export type TransitionVerdict<S> = { ok: true; to: S } | { ok: false; allowedFrom: readonly S[] };

export function placementTransition(
  from: PlacementStatus,
  action: PlacementAction,
): TransitionVerdict<PlacementStatus> {
  const rule = PLACEMENT_TRANSITIONS[action];
  return rule.from.includes(from) ? { ok: true, to: rule.to } : { ok: false, allowedFrom: rule.from };
}

/** A placement that ended before it was done: its rotations are cancelled with it. */
export const PLACEMENT_ENDED_EARLY: readonly PlacementStatus[] = ['DECLINED', 'WITHDRAWN', 'CANCELLED'];
/** A placement that can no longer change. */
export const PLACEMENT_CLOSED: readonly PlacementStatus[] = [...PLACEMENT_ENDED_EARLY, 'COMPLETED'];
/** Placements in these states may still get rotations scheduled or changed. */
export const PLACEMENT_SCHEDULABLE: readonly PlacementStatus[] = ['NOMINATED', 'OFFERED', 'ACCEPTED', 'ACTIVE'];
/** A visitor confirms rotations of a placement they have accepted. */
export const PLACEMENT_CONFIRMABLE: readonly PlacementStatus[] = ['ACCEPTED', 'ACTIVE'];

export type RotationAction = 'confirm' | 'decline' | 'cancel' | 'reschedule' | 'edit' | 'complete';

const ROTATION_TRANSITIONS: Record<RotationAction, { from: readonly RotationStatus[]; to?: RotationStatus }> = {
  confirm: { from: ['SCHEDULED'], to: 'CONFIRMED' },
  decline: { from: ['SCHEDULED', 'CONFIRMED'], to: 'DECLINED' },
  cancel: { from: ['SCHEDULED', 'CONFIRMED', 'DECLINED'], to: 'CANCELLED' },
  // A change of dates or department needs the visitor's (re)confirmation.
  reschedule: { from: ['SCHEDULED', 'CONFIRMED', 'DECLINED'], to: 'SCHEDULED' },
  // Activity or supervisor only: the state stays.
  edit: { from: ['SCHEDULED', 'CONFIRMED', 'DECLINED'] },
  // The day after its end, by the daily job (once its placement is under way).
  complete: { from: ['SCHEDULED', 'CONFIRMED'], to: 'COMPLETED' },
};

export function rotationTransition(from: RotationStatus, action: RotationAction): TransitionVerdict<RotationStatus> {
  const rule = ROTATION_TRANSITIONS[action];
  return rule.from.includes(from) ? { ok: true, to: rule.to ?? from } : { ok: false, allowedFrom: rule.from };
}

/** Rotations in these states hold their days (capacity, one person one place). */
export const LIVE_ROTATION: readonly RotationStatus[] = ['SCHEDULED', 'CONFIRMED', 'COMPLETED'];
export const isLive = (status: RotationStatus) => LIVE_ROTATION.includes(status);

// ---------- the calendar (the daily job) ----------

/** Placements under way: their rotations are done when their days are over. */
export const PLACEMENT_UNDER_WAY: readonly PlacementStatus[] = ['ACTIVE', 'COMPLETED'];

/**
 * The day the calendar next moves a placement, if it will: an ACCEPTED one becomes ACTIVE on
 * its start date, an ACTIVE one COMPLETED the day after its end.
 */
export function placementDueOn(
  placement: Period & { status: PlacementStatus; rotationSpans?: Record<string, unknown>; updatedAt?: string },
): string | undefined {
  // Ended early with rotations still to cancel (a large placement is cancelled in steps): due at once.
  if (PLACEMENT_ENDED_EARLY.includes(placement.status))
    return Object.keys(placement.rotationSpans ?? {}).length > 0 ? (placement.updatedAt ?? '').slice(0, 10) : undefined;
  if (placement.status === 'ACCEPTED') return placement.startDate;
  if (placement.status === 'ACTIVE') return addDays(placement.endDate, 1);
  return undefined;
}

/** The day a rotation still to happen (SCHEDULED or CONFIRMED) is done: the day after its end. */
export function rotationDueOn(rotation: Period & { status: RotationStatus }): string | undefined {
  return rotation.status === 'SCHEDULED' || rotation.status === 'CONFIRMED' ? addDays(rotation.endDate, 1) : undefined;
}

/** What the calendar does to a placement on `today`: start it, end it, or nothing. */
export function placementMoveOn(
  placement: Period & { status: PlacementStatus },
  today: string,
): 'activate' | 'complete' | undefined {
  if (placement.status !== 'ACCEPTED' && placement.status !== 'ACTIVE') return undefined;
  const due = placementDueOn(placement);
  if (!due || due > today) return undefined;
  return placement.status === 'ACCEPTED' ? 'activate' : 'complete';
}

/** Whether the calendar completes a rotation on `today`: its days are over and its placement is under way. */
export const rotationCompletesOn = (
  rotation: Period & { status: RotationStatus },
  placementStatus: PlacementStatus,
  today: string,
): boolean => {
  const due = rotationDueOn(rotation);
  return due !== undefined && due <= today && PLACEMENT_UNDER_WAY.includes(placementStatus);
};
