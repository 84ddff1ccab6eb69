/**
 * Who hears about a change, and what (DESIGN "Notifications"): the visitor hears of an offer and
 * of every rotation scheduled, moved (dates or department), or cancelled; the coordinators — the
 * programme office and the host hospital — hear when a visitor confirms or declines. Everything
 * else in the audit trail sends nothing. Pure.
 */
import { z } from 'zod';
import { Activity, AuditRecord, Language, RotationStatus } from '../schemas';
import type { Audience } from './render';
import type { MessageKind } from './wording';

/** The fields of a rotation a message needs, as the audit record's before/after carry them. */
export const RotationSnapshot = z.object({
  rotationId: z.string(),
  placementId: z.string(),
  programmeId: z.string(),
  staffId: z.string(),
  hostInstitutionId: z.string(),
  departmentId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  activity: Activity.optional(),
  status: RotationStatus,
  sequence: z.number().optional(),
  declineReason: z.string().optional(),
});
export type RotationSnapshot = z.infer<typeof RotationSnapshot>;

export const PlacementSnapshot = z.object({
  placementId: z.string(),
  programmeId: z.string(),
  staffId: z.string(),
  hostInstitutionId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});
export type PlacementSnapshot = z.infer<typeof PlacementSnapshot>;

export interface NotificationPlan {
  kind: MessageKind;
  audience: Audience;
  placementId: string;
  entityType: 'placement' | 'rotation';
  entityId: string;
  /** The entity after the change, when the audit record carries it whole (else read it). */
  rotation?: RotationSnapshot;
  placement?: PlacementSnapshot;
  /** rotationChanged: the rotation before the change. */
  previous?: RotationSnapshot;
  reason?: string;
  needsConfirmation?: boolean;
  /** Reminders: days from today to the rotation's first day. */
  daysUntilStart?: number;
}

const ROTATION_MESSAGES: Partial<Record<AuditRecord['action'], { kind: MessageKind; audience: Audience }>> = {
  'rotation.scheduled': { kind: 'rotationScheduled', audience: 'staff' },
  'rotation.updated': { kind: 'rotationChanged', audience: 'staff' },
  'rotation.cancelled': { kind: 'rotationCancelled', audience: 'staff' },
  'rotation.confirmed': { kind: 'rotationConfirmed', audience: 'coordinators' },
  'rotation.declined': { kind: 'rotationDeclined', audience: 'coordinators' },
};

const snapshot = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** A move is a change of dates or department; a new supervisor or activity is not worth an email. */
export const isMove = (before: RotationSnapshot, after: RotationSnapshot) =>
  before.startDate !== after.startDate || before.endDate !== after.endDate || before.departmentId !== after.departmentId;

/** What, if anything, this change should tell whom. */
export function planNotification(audit: AuditRecord): NotificationPlan | undefined {
  if (audit.action === 'placement.offered') {
    const placement = snapshot(PlacementSnapshot, audit.after);
    return {
      kind: 'placementOffered',
      audience: 'staff',
      placementId: audit.placementId ?? placement?.placementId ?? audit.entityId,
      entityType: 'placement',
      entityId: audit.entityId,
      placement,
    };
  }
  const message = ROTATION_MESSAGES[audit.action];
  if (!message || audit.entityType !== 'rotation') return undefined;
  const rotation = snapshot(RotationSnapshot, audit.after ?? audit.before);
  const placementId = audit.placementId ?? rotation?.placementId;
  if (!placementId) return undefined;
  const plan: NotificationPlan = { ...message, placementId, entityType: 'rotation', entityId: audit.entityId, rotation };

  if (audit.action === 'rotation.updated') {
    const previous = snapshot(RotationSnapshot, audit.before);
    // Without both sides we cannot say old → new, and an email that cannot is not worth sending.
    if (!previous || !rotation || !isMove(previous, rotation)) return undefined;
    plan.previous = previous;
    plan.needsConfirmation = rotation.status === 'SCHEDULED';
  }
  if (audit.action === 'rotation.declined') plan.reason = audit.reason ?? rotation?.declineReason;
  if (audit.action === 'rotation.cancelled') plan.reason = audit.reason;
  return plan;
}

export interface Recipient {
  email: string;
  /** Undefined: we do not know, so the email carries all three languages. */
  language?: Language;
}

export interface Parties {
  staff: { email: string; preferredLanguage?: Language };
  programme: { contactEmails: string[] };
  host: { contactEmails: string[] };
}

/** The addresses one message goes to, each once (an address listed twice is still one person). */
export function recipientsOf(audience: Audience, parties: Parties): Recipient[] {
  if (audience === 'staff') return parties.staff.email ? [{ email: parties.staff.email, language: parties.staff.preferredLanguage }] : [];
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const email of [...parties.programme.contactEmails, ...parties.host.contactEmails]) {
    const key = email.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    // Coordinators have no language on record: they get all three.
    recipients.push({ email: email.trim() });
  }
  return recipients;
}
