/**
 * Joins a notification plan with the entities it names (read by the notifier) into the facts a
 * message states. Pure: the reading happens elsewhere.
 */
import type { Department, Institution, Placement, Programme, Staff } from '../schemas';
import type { NotificationPlan, RotationSnapshot } from './recipients';
import type { MessageFacts } from './render';

export interface World {
  placement: Pick<Placement, 'startDate' | 'endDate'>;
  programme: Pick<Programme, 'names' | 'contactEmails'>;
  staff: Pick<Staff, 'names' | 'email' | 'preferredLanguage'>;
  host: Pick<Institution, 'names' | 'contactEmails'>;
  departments: ReadonlyMap<string, Pick<Department, 'names'>>;
}

function department(world: World, departmentId: string) {
  const found = world.departments.get(departmentId);
  if (!found) throw new Error(`Department ${departmentId} is not loaded`);
  return found.names;
}

/** `rotation` is the plan's snapshot, or the stored rotation when the audit record lacked one. */
export function messageFacts(plan: NotificationPlan, world: World, rotation?: RotationSnapshot): MessageFacts {
  const facts: MessageFacts = {
    kind: plan.kind,
    audience: plan.audience,
    placementId: plan.placementId,
    programme: world.programme.names,
    host: world.host.names,
    staffName: world.staff.names,
    placementPeriod: { startDate: world.placement.startDate, endDate: world.placement.endDate },
    reason: plan.reason,
    daysUntilStart: plan.daysUntilStart,
    needsConfirmation: plan.needsConfirmation,
  };
  if (rotation) {
    facts.rotation = { startDate: rotation.startDate, endDate: rotation.endDate, department: department(world, rotation.departmentId), activity: rotation.activity };
  }
  if (plan.previous) {
    facts.previous = { startDate: plan.previous.startDate, endDate: plan.previous.endDate, department: department(world, plan.previous.departmentId) };
  }
  return facts;
}
