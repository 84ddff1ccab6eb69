/**
 * Delivering one planned message: read what it names, decide the recipients (the placement's
 * state when delivering may hold the visitor's copy back), and for each one claim the
 * notification record, send through SES v2 and record the outcome. Shared by the notifier
 * (changes from the stream) and the reminders (a daily schedule).
 */
import { GetSuppressedDestinationCommand, NotFoundException, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { sesClient } from '../clients';
import { config } from '../config';
import { logger } from '../logger';
import { claimNotification, recordNotificationOutcome, type NotificationOutcome } from '../repository/notifications';
import { batchGet, getItem, keyString, type Item, type Key } from '../repository/dynamo';
import { repository } from '../repository';
import { toEntity } from '../repository/items';
import type { Department, Institution, Placement, Programme, Staff } from '../schemas';
import { keys } from '../table';
import { messageFacts, type Read, type World } from './facts';
import {
  audiencesNow,
  PlacementSnapshot,
  recipientsOf,
  RotationSnapshot,
  type NotificationPlan,
  type Recipient,
} from './recipients';
import { renderEmail, type Audience, type MessageFacts } from './render';
import { headerText } from './headers';

/** SENT / SUPPRESSED / FAILED by this delivery; DONE: an earlier delivery settled it; BUSY: another one holds the claim. */
export type RecipientResult = 'SENT' | 'SUPPRESSED' | 'FAILED' | 'DONE' | 'BUSY';

export interface DeliveryReport {
  results: { recipient: string; result: RecipientResult }[];
  /** False when some recipient still has to be retried (FAILED or BUSY). */
  complete: boolean;
}

function required<T>(items: Map<string, Item>, key: Key, what: string): T {
  const item = items.get(keyString(key));
  if (!item) throw new Error(`${what} ${key.PK} was not found`);
  return toEntity<T>(item);
}

async function stored<T>(schema: { parse(value: unknown): T }, key: Key): Promise<T> {
  const item = await getItem(key);
  if (!item) throw new Error(`${key.PK} was not found`);
  return schema.parse(toEntity(item));
}

/** The entities a message names, in one BatchGet. */
async function loadWorld(refs: {
  placementId: string;
  programmeId: string;
  staffId: string;
  hostInstitutionId: string;
  departmentIds: string[];
}): Promise<World> {
  const departmentKeys = refs.departmentIds.map((id) => keys.department(id));
  const items = await batchGet([
    keys.placement(refs.placementId),
    keys.programme(refs.programmeId),
    keys.staff(refs.staffId),
    keys.institution(refs.hostInstitutionId),
    ...departmentKeys,
  ]);
  return {
    placement: required<Placement>(items, keys.placement(refs.placementId), 'Placement'),
    programme: required<Programme>(items, keys.programme(refs.programmeId), 'Programme'),
    staff: required<Staff>(items, keys.staff(refs.staffId), 'Staff'),
    host: required<Institution>(items, keys.institution(refs.hostInstitutionId), 'Institution'),
    departments: new Map(
      refs.departmentIds.map((id) => [id, required<Department>(items, keys.department(id), 'Department')]),
    ),
  };
}

/** Rotations an offer lists: those already planned. */
const PLANNED: readonly RotationSnapshot['status'][] = ['SCHEDULED', 'CONFIRMED'];
/** One page: a placement holds far fewer; beyond it the email points to the console. */
const LISTED_ROTATIONS = 100;

/**
 * The rotations a placement message lists: an offer, those already planned (scheduled while the
 * placement was a nomination, so never emailed); a placement ending, those cancelled with it.
 */
async function listedRotations(plan: NotificationPlan): Promise<Pick<Read, 'listed' | 'more'>> {
  if (plan.kind !== 'placementOffered' && plan.kind !== 'placementEnded') return {};
  const page = await repository.listRotationsOfPlacement(plan.placementId, { limit: LISTED_ROTATIONS });
  const listed = page.items.filter((r) =>
    plan.kind === 'placementOffered'
      ? PLANNED.includes(r.status)
      : r.status === 'CANCELLED' && r.updatedAt === plan.changedAt,
  );
  return { listed, more: Boolean(page.nextCursor) };
}

/** Fill in what the audit record did not carry from the stored entity. */
async function resolve(
  plan: NotificationPlan,
): Promise<{ rotation?: RotationSnapshot; refs: Parameters<typeof loadWorld>[0] }> {
  if (plan.entityType === 'rotation') {
    const rotation = plan.rotation ?? (await stored(RotationSnapshot, keys.rotation(plan.entityId)));
    const departmentIds = [rotation.departmentId, ...(plan.previous ? [plan.previous.departmentId] : [])];
    return { rotation, refs: { ...rotation, departmentIds: [...new Set(departmentIds)] } };
  }
  const placement = plan.placement ?? (await stored(PlacementSnapshot, keys.placement(plan.entityId)));
  return { refs: { ...placement, departmentIds: [] } };
}

/** SES v2 accepts mail to a suppressed address and drops it silently, so we ask before sending. */
async function suppressionOf(email: string): Promise<string | undefined> {
  try {
    const result = await sesClient().send(new GetSuppressedDestinationCommand({ EmailAddress: email }));
    const reason = result?.SuppressedDestination?.Reason;
    return result?.SuppressedDestination
      ? `on the SES account suppression list (${reason ?? 'unknown reason'})`
      : undefined;
  } catch (error) {
    if (error instanceof NotFoundException) return undefined;
    // We cannot tell (throttled, or an SES emulator without the API): send; SES still enforces its list.
    logger.debug('Suppression check unavailable', { error: (error as Error).message });
    return undefined;
  }
}

/** Older SES behaviour and some regions reject suppressed addresses outright instead. */
const isSuppressionRejection = (error: unknown) =>
  error instanceof Error && error.name === 'MessageRejected' && /suppress|blacklist/i.test(error.message);

/**
 * Called only with the claim won, so the suppression check runs once per delivery: repeats
 * (stream retries, the reminders' catch-up days) would otherwise spend SES's low request rate
 * for that API, and a throttled check lets the email go.
 */
async function sendEmail(
  recipient: string,
  email: ReturnType<typeof renderEmail>,
  template: string,
): Promise<NotificationOutcome> {
  const suppressed = await suppressionOf(recipient);
  if (suppressed) return { status: 'SUPPRESSED', reason: suppressed };
  const { mailFrom, sesConfigurationSet } = config();
  try {
    const result = await sesClient().send(
      new SendEmailCommand({
        FromEmailAddress: mailFrom,
        Destination: { ToAddresses: [recipient] },
        Content: {
          Simple: {
            Subject: { Data: headerText(email.subject), Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
        },
        ConfigurationSetName: sesConfigurationSet,
        EmailTags: [{ Name: 'template', Value: template }],
      }),
    );
    return { status: 'SENT', messageId: result?.MessageId };
  } catch (error) {
    if (isSuppressionRejection(error)) return { status: 'SUPPRESSED', reason: (error as Error).message };
    const e = error as Error;
    return { status: 'FAILED', error: `${e.name ?? 'Error'}: ${e.message ?? String(error)}` };
  }
}

async function deliverTo(
  changeId: string,
  plan: NotificationPlan,
  facts: MessageFacts,
  recipient: Recipient,
): Promise<RecipientResult> {
  const email = renderEmail(facts, recipient.language, config().consoleUrl);
  const ref = { placementId: plan.placementId, auditId: changeId, recipient: recipient.email };
  const claim = await claimNotification({
    ...ref,
    template: plan.kind,
    language: email.language,
    subject: email.subject,
    rotationId: plan.entityType === 'rotation' ? plan.entityId : undefined,
  });
  if (!claim.claimed) return claim.status === 'SENT' || claim.status === 'SUPPRESSED' ? 'DONE' : 'BUSY';
  const outcome = await sendEmail(recipient.email, email, plan.kind);
  if (outcome.status === 'FAILED')
    logger.warn('Email not sent', { changeId, template: plan.kind, attempts: claim.attempts, error: outcome.error });
  const recorded = await recordNotificationOutcome(ref, claim.attempts, outcome);
  if (!recorded)
    logger.warn('Notification claim was taken over before its outcome was recorded', { changeId, template: plan.kind });
  return outcome.status;
}

/**
 * Deliver one planned message for one change (`changeId`: the audit id, or a reminder's own id).
 * Safe to call again for the same change: settled recipients are skipped, failed ones retried.
 */
export async function deliver(plan: NotificationPlan, changeId: string): Promise<DeliveryReport> {
  const [{ rotation, refs }, { listed = [], more }] = await Promise.all([resolve(plan), listedRotations(plan)]);
  const world = await loadWorld({
    ...refs,
    departmentIds: [...new Set([...refs.departmentIds, ...listed.map((r) => r.departmentId)])],
  });
  const audiences = audiencesNow(plan, world.placement.status);
  if (audiences.length < plan.audiences.length) {
    logger.info('Visitor not told: the placement is not in a state to hear of this', {
      changeId,
      template: plan.kind,
      placementStatus: world.placement.status,
    });
  }
  const facts = new Map<Audience, MessageFacts>(
    audiences.map((audience) => [audience, messageFacts(plan, world, audience, { rotation, listed, more })]),
  );
  const recipients = recipientsOf(audiences, world);
  const results = await Promise.all(
    recipients.map(async (recipient) => ({
      recipient: recipient.email,
      result: await deliverTo(changeId, plan, facts.get(recipient.audience)!, recipient),
    })),
  );
  return { results, complete: results.every((r) => r.result !== 'FAILED' && r.result !== 'BUSY') };
}
