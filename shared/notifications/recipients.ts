/**
 * Who hears about a change, and what (DESIGN "Notifications"): the visitor hears of an offer, of
 * every rotation scheduled (a plan of several in one email), moved (dates or department), given a new activity or supervisor, or
 * cancelled, and of a placement the programme office cancelled; the coordinators — the programme
 * office and the host hospital — hear when a visitor confirms or declines a rotation, or declines
 * or withdraws from a placement. What a coordinator records on the visitor's behalf goes to both.
 * Everything else in the audit trail sends nothing.
 *
 * And in which language each reader gets it: the visitor's own; a coordinator's own (chosen, or
 * from their sign-in), else their contact list's; else all three, the likeliest first. Pure.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { PLACEMENT_CONFIRMABLE } from '../domain/lifecycle';
import {
  Activity,
  type AuditRecord,
  type Language,
  type Region,
  RotationStatus,
  type PlacementStatus,
} from '../schemas';
import type { Audience } from './render';
import type { ChangedField, ContactRole, MessageKind, PlacementEnding, ReasonCode, RecordedBy } from './wording';

/** The fields of a rotation a message needs, as the audit record's before/after carry them. */
export const RotationSnapshot = lazy(() =>
  z.object({
    rotationId: z.string(),
    placementId: z.string(),
    programmeId: z.string(),
    staffId: z.string(),
    hostInstitutionId: z.string(),
    departmentId: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    activity: z.optional(Activity),
    supervisor: z.optional(z.object({ name: z.string(), email: z.optional(z.string()) })),
    status: RotationStatus,
    sequence: z.optional(z.number()),
    declineReason: z.optional(z.string()),
    updatedAt: z.optional(z.string()),
  }),
);
export type RotationSnapshot = z.infer<typeof RotationSnapshot>;

export const PlacementSnapshot = lazy(() =>
  z.object({
    placementId: z.string(),
    programmeId: z.string(),
    staffId: z.string(),
    hostInstitutionId: z.string(),
    startDate: z.string(),
    endDate: z.string(),
  }),
);
export type PlacementSnapshot = z.infer<typeof PlacementSnapshot>;

export interface NotificationPlan {
  kind: MessageKind;
  /** Who hears it: one message per audience, each address once. */
  audiences: readonly Audience[];
  placementId: string;
  entityType: 'placement' | 'rotation';
  entityId: string;
  /** The entity after the change, when the audit record carries it whole (else read it). */
  rotation?: RotationSnapshot;
  placement?: PlacementSnapshot;
  /** rotationChanged: the rotation before the change, and what the change touched. */
  previous?: RotationSnapshot;
  changed?: ChangedField[];
  /** Only what a person typed. */
  reason?: string;
  needsConfirmation?: boolean;
  /** A coordinator recorded it on the visitor's behalf. */
  recordedBy?: RecordedBy;
  /** placementEnded: how it ended, and when (its rotations were cancelled at that instant). */
  ending?: PlacementEnding;
  changedAt?: string;
  /** Reminders: days from today to the rotation's first day. */
  daysUntilStart?: number;
  /** rotationsScheduled: the plan's rotations, as scheduled. */
  rotations?: RotationSnapshot[];
}

const ROTATION_MESSAGES: Partial<Record<AuditRecord['action'], { kind: MessageKind; audiences: readonly Audience[] }>> =
  {
    'rotation.scheduled': { kind: 'rotationScheduled', audiences: ['staff'] },
    'rotation.updated': { kind: 'rotationChanged', audiences: ['staff'] },
    'rotation.cancelled': { kind: 'rotationCancelled', audiences: ['staff'] },
    'rotation.confirmed': { kind: 'rotationConfirmed', audiences: ['coordinators'] },
    'rotation.declined': { kind: 'rotationDeclined', audiences: ['coordinators'] },
  };

const PLACEMENT_ENDINGS: Partial<Record<AuditRecord['action'], PlacementEnding>> = {
  'placement.declined': 'DECLINED',
  'placement.withdrawn': 'WITHDRAWN',
  'placement.cancelled': 'CANCELLED',
};

const snapshot = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * What a change of a rotation touched that its visitor should hear of: its dates or department
 * (a move, to be confirmed again), its activity or its supervisor (news, nothing to confirm).
 */
export function changedFields(before: RotationSnapshot, after: RotationSnapshot): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.startDate !== after.startDate || before.endDate !== after.endDate) fields.push('dates');
  if (before.departmentId !== after.departmentId) fields.push('department');
  if (before.activity !== after.activity) fields.push('activity');
  if (
    (before.supervisor?.name ?? '') !== (after.supervisor?.name ?? '') ||
    (before.supervisor?.email ?? '') !== (after.supervisor?.email ?? '')
  )
    fields.push('supervisor');
  return fields;
}

/** Rotations still going ahead: a new activity or supervisor of one declined is nobody's news. */
const GOING_AHEAD: readonly RotationSnapshot['status'][] = ['SCHEDULED', 'CONFIRMED'];

/** Why the system itself changed something (no reason a person typed). */
export const systemReason = (audit: Pick<AuditRecord, 'reasonCode'>): ReasonCode | undefined => audit.reasonCode;

/** The reason a person typed, if any. */
const typedReason = (audit: AuditRecord) => (systemReason(audit) ? undefined : audit.reason);

function recordedBy(audit: AuditRecord): RecordedBy | undefined {
  if (!audit.actor.onBehalfOf) return undefined;
  return audit.actor.role === 'hospital-coordinator' ? 'host' : 'programme';
}

/** Placements whose visitor knows of them and which still run: their rotations are news to the visitor. */
const VISITOR_FOLLOWS: readonly PlacementStatus[] = ['OFFERED', 'ACCEPTED', 'ACTIVE'];

/** Whether the visitor had been offered the placement before this change (a nomination is internal; unknown counts as no). */
const wasOffered = (audit: AuditRecord) => VISITOR_FOLLOWS.includes(audit.before?.status as PlacementStatus);

function placementEnded(audit: AuditRecord, ending: PlacementEnding): NotificationPlan | undefined {
  const by = recordedBy(audit);
  // The visitor declined or withdrew: the coordinators hear of it (and the visitor too, when a
  // coordinator recorded it for them). The programme office cancelled it: the visitor hears.
  const audiences: Audience[] = ending === 'CANCELLED' ? ['staff'] : by ? ['coordinators', 'staff'] : ['coordinators'];
  const told = wasOffered(audit) ? audiences : audiences.filter((a) => a !== 'staff');
  if (told.length === 0) return undefined;
  return {
    ...placementPlan(audit, 'placementEnded', told),
    ending,
    reason: typedReason(audit),
    recordedBy: by,
    changedAt: audit.at,
  };
}

function placementPlan(audit: AuditRecord, kind: MessageKind, audiences: readonly Audience[]): NotificationPlan {
  const placement = snapshot(PlacementSnapshot, audit.after ?? audit.before);
  return {
    kind,
    audiences,
    placementId: audit.placementId ?? placement?.placementId ?? audit.entityId,
    entityType: 'placement',
    entityId: audit.entityId,
    placement,
  };
}

/** A rotation plan: the visitor hears of all its rotations in one email, not one per rotation. */
function rotationsScheduled(audit: AuditRecord): NotificationPlan | undefined {
  const rotations = snapshot(z.array(RotationSnapshot), audit.after?.rotations);
  if (!rotations?.length) return undefined;
  return {
    kind: 'rotationsScheduled',
    audiences: ['staff'],
    placementId: audit.placementId ?? audit.entityId,
    entityType: 'placement',
    entityId: audit.entityId,
    rotations,
    needsConfirmation: true,
  };
}

/** What, if anything, this change should tell whom. */
export function planNotification(audit: AuditRecord): NotificationPlan | undefined {
  if (audit.action === 'placement.offered') return placementPlan(audit, 'placementOffered', ['staff']);
  if (audit.action === 'placement.rotationsScheduled') return rotationsScheduled(audit);
  // Part of a larger change (a rotation of a plan): that change's one email tells of it.
  if (audit.partOf) return undefined;
  const ending = PLACEMENT_ENDINGS[audit.action];
  if (ending) return audit.entityType === 'placement' ? placementEnded(audit, ending) : undefined;

  const message = ROTATION_MESSAGES[audit.action];
  if (!message || audit.entityType !== 'rotation') return undefined;
  // Cancelled because its placement ended: the placement's own email says so, once.
  if (audit.action === 'rotation.cancelled' && systemReason(audit)) return undefined;
  const rotation = snapshot(RotationSnapshot, audit.after ?? audit.before);
  const placementId = audit.placementId ?? rotation?.placementId;
  if (!placementId) return undefined;
  const plan: NotificationPlan = {
    ...message,
    placementId,
    entityType: 'rotation',
    entityId: audit.entityId,
    rotation,
  };

  if (audit.action === 'rotation.updated') {
    const previous = snapshot(RotationSnapshot, audit.before);
    // Without both sides we cannot say old → new, and an email that cannot is not worth sending.
    if (!previous || !rotation) return undefined;
    const changed = changedFields(previous, rotation);
    if (changed.length === 0 || !GOING_AHEAD.includes(rotation.status)) return undefined;
    plan.previous = previous;
    plan.changed = changed;
    // A move sends it back to SCHEDULED; new details leave it as it was — still to confirm, or confirmed.
    plan.needsConfirmation = rotation.status === 'SCHEDULED';
  }
  if (audit.action === 'rotation.confirmed' || audit.action === 'rotation.declined') {
    plan.recordedBy = recordedBy(audit);
    // Recorded by a coordinator: the visitor gets a copy.
    if (plan.recordedBy) plan.audiences = ['coordinators', 'staff'];
  }
  if (audit.action === 'rotation.declined') plan.reason = audit.reason ?? rotation?.declineReason;
  if (audit.action === 'rotation.cancelled') plan.reason = typedReason(audit);
  return plan;
}

/**
 * The audiences that may still hear this message, given the placement's state when it is
 * delivered. The visitor hears nothing of the rotations of a placement not yet offered (an
 * internal nomination) or already ended (its own email said so), and is reminded to confirm,
 * or that a rotation starts, only once confirming is possible: the placement accepted.
 */
export function audiencesNow(
  plan: Pick<NotificationPlan, 'kind' | 'audiences' | 'entityType'>,
  placementStatus: PlacementStatus,
): Audience[] {
  const reminder = plan.kind === 'reminderConfirm' || plan.kind === 'reminderStart';
  const aboutRotations = plan.entityType === 'rotation' || plan.kind === 'rotationsScheduled';
  const visitorHears = reminder
    ? PLACEMENT_CONFIRMABLE.includes(placementStatus)
    : !aboutRotations || VISITOR_FOLLOWS.includes(placementStatus);
  return plan.audiences.filter((audience) => audience !== 'staff' || visitorHears);
}

export interface Recipient {
  email: string;
  /** Undefined: we do not know, so the email carries all three languages, in `order`. */
  language?: Language;
  /** The three languages, likeliest first, for a reader whose language is not known. */
  order?: readonly Language[];
  /** Which version of the message this reader gets. */
  audience: Audience;
  /** A coordinator: whose contact list the address is on. */
  contact?: ContactRole;
}

export interface Parties {
  staff: { email: string; preferredLanguage?: Language; homeRegion?: Region };
  programme: { contactEmails: string[]; contactLanguage?: Language };
  host: { contactEmails: string[]; contactLanguage?: Language; region?: Region };
  /** Coordinators' own languages (chosen, or from their sign-in), by address in lower case. */
  personal?: ReadonlyMap<string, Language>;
}

/**
 * A reader whose language nobody recorded gets all three, the likeliest first: in Hong Kong
 * English (the Hospital Authority writes its business in it), then Traditional Chinese; in
 * Guangdong Simplified Chinese, then Traditional. The subject is in the first.
 */
export const LIKELY_LANGUAGES: Record<Region, readonly Language[]> = {
  HK: ['en', 'zh-Hant', 'zh-Hans'],
  GD: ['zh-Hans', 'zh-Hant', 'en'],
};
const likeliest = (region: Region | undefined) => (region ? LIKELY_LANGUAGES[region] : LIKELY_LANGUAGES.HK);

/** The addresses of coordinators a message may go to (whose own languages the notifier looks up). */
export const coordinatorAddresses = (parties: Pick<Parties, 'programme' | 'host'>) => [
  ...parties.programme.contactEmails,
  ...parties.host.contactEmails,
];

/**
 * The addresses one message goes to, each once (an address listed twice is still one person,
 * and one notification record: the first audience that names it wins), each with the language
 * it is read in. A coordinator's own language comes first, then their list's. The programme
 * office runs the exchange at the host's end, so an address on either list with no language
 * known is most likely read in the host's region.
 */
export function recipientsOf(audiences: readonly Audience[], parties: Parties): Recipient[] {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  const add = (
    address: string,
    audience: Audience,
    language: Language | undefined,
    region: Region | undefined,
    contact?: ContactRole,
  ) => {
    const key = address.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    recipients.push({
      email: address.trim(),
      audience,
      ...(language ? { language } : { order: likeliest(region) }),
      ...(contact ? { contact } : {}),
    });
  };
  const own = (address: string) => parties.personal?.get(address.trim().toLowerCase());
  for (const audience of audiences) {
    if (audience === 'staff')
      add(parties.staff.email ?? '', audience, parties.staff.preferredLanguage, parties.staff.homeRegion);
    else {
      const region = parties.host.region;
      for (const email of parties.programme.contactEmails)
        add(email, audience, own(email) ?? parties.programme.contactLanguage, region, 'programmeOffice');
      for (const email of parties.host.contactEmails)
        add(email, audience, own(email) ?? parties.host.contactLanguage, region, 'hostCoordinators');
    }
  }
  return recipients;
}
