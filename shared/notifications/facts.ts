/**
 * Joins a notification plan with the entities it names (read by the notifier) into the facts a
 * message states. Pure: the reading happens elsewhere.
 */
import type { Department, Institution, Placement, Programme, Staff } from '../schemas';
import type { NotificationPlan, RotationSnapshot } from './recipients';
import type { Audience, MessageFacts } from './render';

export interface World {
  placement: Pick<Placement, 'startDate' | 'endDate' | 'status'>;
  programme: Pick<Programme, 'names' | 'contactEmails' | 'contactLanguage'>;
  staff: Pick<Staff, 'names' | 'email' | 'preferredLanguage' | 'homeRegion'>;
  host: Pick<Institution, 'names' | 'contactEmails' | 'contactLanguage' | 'region'>;
  departments: ReadonlyMap<string, Pick<Department, 'names'>>;
}

/** What was read besides the world: the plan's rotation, and the rotations a placement message lists. */
export interface Read {
  /** The plan's snapshot, or the stored rotation when the audit record lacked one. */
  rotation?: RotationSnapshot;
  listed?: RotationSnapshot[];
  /** More rotations than `listed` holds. */
  more?: boolean;
}

/** Whom a reply reaches: the programme office, else the host hospital's coordinators, else no one. */
export type ReplyAudience = 'programmeOffice' | 'hostCoordinators';

/** The Reply-To address of every email about this world, and who reads it (the footer names them). */
export function replyToOf(
  world: Pick<World, 'programme' | 'host'>,
): { audience: ReplyAudience; address: string } | undefined {
  const office = world.programme.contactEmails[0];
  if (office) return { audience: 'programmeOffice', address: office };
  const host = world.host.contactEmails[0];
  return host ? { audience: 'hostCoordinators', address: host } : undefined;
}

function department(world: World, departmentId: string) {
  const found = world.departments.get(departmentId);
  if (!found) throw new Error(`Department ${departmentId} is not loaded`);
  return found.names;
}

const period = (world: World, r: RotationSnapshot) => ({
  startDate: r.startDate,
  endDate: r.endDate,
  department: department(world, r.departmentId),
});

/** A rotation as a message states it: where and when, what the visitor does there, and with whom. */
const rotationFacts = (world: World, r: RotationSnapshot) => ({
  ...period(world, r),
  activity: r.activity,
  ...(r.supervisor ? { supervisor: r.supervisor } : {}),
});

/** The facts of the message to one audience. */
export function messageFacts(plan: NotificationPlan, world: World, audience: Audience, read: Read = {}): MessageFacts {
  const { rotation, listed = [] } = read;
  const facts: MessageFacts = {
    kind: plan.kind,
    audience,
    placementId: plan.placementId,
    programme: world.programme.names,
    host: world.host.names,
    staffName: world.staff.names,
    placementPeriod: { startDate: world.placement.startDate, endDate: world.placement.endDate },
    reason: plan.reason,
    recordedBy: plan.recordedBy,
    ending: plan.ending,
    daysUntilStart: plan.daysUntilStart,
    needsConfirmation: plan.needsConfirmation,
    awaitingAcceptance: world.placement.status === 'OFFERED',
    rotationId: plan.entityType === 'rotation' ? plan.entityId : undefined,
    replyTo: replyToOf(world)?.audience,
  };
  if (rotation) facts.rotation = rotationFacts(world, rotation);
  if (plan.previous) facts.previous = rotationFacts(world, plan.previous);
  if (plan.changed) facts.changed = plan.changed;
  if (listed.length > 0) {
    facts.rotations = listed.map((r) => period(world, r));
    facts.moreRotations = read.more;
  }
  return facts;
}
