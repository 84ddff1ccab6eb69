/**
 * Delivering one planned message: read what it names, decide the recipients (the placement's
 * state when delivering may hold the visitor's copy back), and for each one claim the
 * notification record, send through SES v2 and record the outcome. Shared by the notifier
 * (changes from the stream), the reminders (a daily schedule) and the re-drive (failed emails,
 * every minute).
 *
 * Nothing is lost to an SES outage: a send that fails is recorded FAILED with its next attempt
 * due after an exponentially growing, jittered pause (shared/config.ts), and the re-drive tries
 * again then. Order holds per recipient and placement: an email whose recipient still has an
 * earlier one of the same placement unsent waits behind it (HELD) instead of overtaking it.
 */
import { GetSuppressedDestinationCommand, NotFoundException, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { sesClient } from '../clients';
import { config } from '../config';
import * as clock from '../clock';
import { logger } from '../logger';
import {
  claimNotification,
  earlierOutstanding,
  recordNotificationOutcome,
  type NotificationEvent,
  type NotificationOutcome,
} from '../repository/notifications';
import {
  coordinatorLanguages,
  readMessageWorld,
  readStoredPlacement,
  readStoredRotation,
  type MessageRefs,
} from '../repository/messages';
import { repository } from '../repository';
import { messageFacts, replyToOf, type Read } from './facts';
import {
  audiencesNow,
  coordinatorAddresses,
  PlacementSnapshot,
  recipientsOf,
  RotationSnapshot,
  type NotificationPlan,
  type Recipient,
} from './recipients';
import { renderEmail, type Audience, type MessageFacts } from './render';
import { headerText, mailbox } from './headers';
import { addDays } from '../domain/dates';

/**
 * SENT / SUPPRESSED by this delivery; FAILED: not sent, retried later (or given up); HELD: waits
 * behind an earlier email to the same person; DONE: an earlier delivery settled it; BUSY: another
 * delivery holds the claim right now.
 */
export type RecipientResult = 'SENT' | 'SUPPRESSED' | 'FAILED' | 'HELD' | 'DONE' | 'BUSY';

export interface DeliveryReport {
  results: { recipient: string; result: RecipientResult }[];
  /**
   * False when some recipient's fate is not recorded yet (BUSY): the caller should try again.
   * FAILED and HELD are recorded with their next attempt; the re-drive owns them from there.
   */
  complete: boolean;
}

export interface DeliveryOptions {
  /** When the change happened (the audit record's `at`): orders a recipient's emails. */
  changeAt: string;
  /** Only this recipient (the re-drive of one record). */
  onlyRecipient?: string;
}

/** The pause before send attempt n + 1 after n failures: doubling from the base, capped, with jitter (half to full). */
export function retryDelayMs(failures: number, random = Math.random): number {
  const { notificationRetryBaseMs: base, notificationRetryMaxMs: max } = config();
  const ceiling = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * When the visitor should confirm a new or changed rotation by: a week before it starts, or,
 * when that has passed, the day before (or the first day itself, when that is today).
 */
export function confirmBy(startDate: string, today: string): string {
  const weekBefore = addDays(startDate, -7);
  if (weekBefore >= today) return weekBefore;
  return startDate > today ? addDays(startDate, -1) : startDate;
}

const failuresIn = (history: NotificationEvent[]) => history.filter((e) => e.result === 'FAILED').length;

/** Rotations an offer lists: those already planned. */
const PLANNED: readonly RotationSnapshot['status'][] = ['SCHEDULED', 'CONFIRMED'];
/** One page: a placement holds far fewer; beyond it the email points to the console. */
const LISTED_ROTATIONS = 100;

/**
 * The rotations a placement message lists: an offer, those already planned (scheduled while the
 * placement was a nomination, so never emailed); a placement ending, those cancelled with it.
 */
async function listedRotations(plan: NotificationPlan): Promise<Pick<Read, 'listed' | 'more'>> {
  // A plan's email lists its rotations as they were scheduled (a later change has its own email).
  if (plan.kind === 'rotationsScheduled') return { listed: plan.rotations ?? [] };
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
async function resolve(plan: NotificationPlan): Promise<{ rotation?: RotationSnapshot; refs: MessageRefs }> {
  if (plan.entityType === 'rotation') {
    const rotation = plan.rotation ?? RotationSnapshot.parse(await readStoredRotation(plan.entityId));
    const departmentIds = [rotation.departmentId, ...(plan.previous ? [plan.previous.departmentId] : [])];
    return { rotation, refs: { ...rotation, departmentIds: [...new Set(departmentIds)] } };
  }
  const placement = plan.placement ?? PlacementSnapshot.parse(await readStoredPlacement(plan.entityId));
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
  replyTo: string | undefined,
): Promise<NotificationOutcome> {
  const suppressed = await suppressionOf(recipient);
  if (suppressed) return { status: 'SUPPRESSED', reason: suppressed };
  const { mailFrom, sesConfigurationSet } = config();
  try {
    const result = await sesClient().send(
      new SendEmailCommand({
        // A display name in the reader's language; replies reach the programme office.
        FromEmailAddress: mailbox(mailFrom, email.fromName),
        ReplyToAddresses: replyTo ? [replyTo] : undefined,
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
  changeAt: string,
  replyTo: string | undefined,
): Promise<RecipientResult> {
  const email = renderEmail(
    recipient.contact ? { ...facts, contact: recipient.contact } : facts,
    recipient.language ?? recipient.order,
    config().consoleUrl,
  );
  const ref = { placementId: plan.placementId, auditId: changeId, recipient: recipient.email };
  const claim = await claimNotification({
    ...ref,
    template: plan.kind,
    language: email.language,
    subject: email.subject,
    rotationId: plan.entityType === 'rotation' ? plan.entityId : undefined,
    changeAt,
    plan,
  });
  if (!claim.claimed) return claim.status === 'SENT' || claim.status === 'SUPPRESSED' ? 'DONE' : 'BUSY';

  const earlier = await earlierOutstanding({ ...ref, changeAt });
  let outcome: NotificationOutcome;
  if (earlier) {
    // Overtaking it would tell the person of a change before the one it follows.
    outcome = {
      status: 'FAILED',
      held: true,
      error: `Waits for the email about an earlier change (${earlier.auditId}) to this recipient`,
      retryAt: new Date(clock.now().getTime() + config().notificationRetryBaseMs),
    };
  } else {
    outcome = await sendEmail(recipient.email, email, plan.kind, replyTo);
    if (outcome.status === 'FAILED') {
      const failures = failuresIn(claim.history) + 1;
      const giveUp = failures >= config().notificationMaxSendAttempts;
      if (!giveUp) outcome.retryAt = new Date(clock.now().getTime() + retryDelayMs(failures));
      logger.warn(giveUp ? 'Email not sent; giving up' : 'Email not sent; will retry', {
        changeId,
        template: plan.kind,
        failures,
        nextAttemptAt: outcome.retryAt?.toISOString(),
        error: outcome.error,
      });
    }
  }
  const recorded = await recordNotificationOutcome(ref, claim.attempts, outcome);
  if (!recorded)
    logger.warn('Notification claim was taken over before its outcome was recorded', { changeId, template: plan.kind });
  if (outcome.status === 'FAILED' && outcome.held) return 'HELD';
  return outcome.status;
}

/**
 * Deliver one planned message for one change (`changeId`: the audit id, or a reminder's own id).
 * Safe to call again for the same change: settled recipients are skipped, failed ones retried.
 */
export async function deliver(
  plan: NotificationPlan,
  changeId: string,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const [{ rotation, refs }, { listed = [], more }] = await Promise.all([resolve(plan), listedRotations(plan)]);
  const world = await readMessageWorld({
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
  const asksToConfirm =
    plan.kind === 'rotationScheduled' ||
    plan.kind === 'rotationsScheduled' ||
    plan.kind === 'reminderConfirm' ||
    (plan.kind === 'rotationChanged' && plan.needsConfirmation);
  // A plan's rotations are confirmed by the first one's deadline at the latest.
  const firstStart =
    rotation?.startDate ?? (plan.kind === 'rotationsScheduled' ? listed.map((r) => r.startDate).sort()[0] : undefined);
  const facts = new Map<Audience, MessageFacts>(
    audiences.map((audience) => {
      const f = messageFacts(plan, world, audience, { rotation, listed, more });
      if (audience === 'staff' && asksToConfirm && firstStart) f.confirmBy = confirmBy(firstStart, clock.today());
      return [audience, f];
    }),
  );
  const replyTo = replyToOf(world)?.address;
  const only = options.onlyRecipient?.toLowerCase();
  // Coordinators may have chosen their own language: read their settings only when they are told.
  const personal = audiences.includes('coordinators')
    ? await coordinatorLanguages(coordinatorAddresses(world))
    : undefined;
  const recipients = recipientsOf(audiences, { ...world, personal }).filter(
    (r) => !only || r.email.toLowerCase() === only,
  );
  const results = await Promise.all(
    recipients.map(async (recipient) => ({
      recipient: recipient.email,
      result: await deliverTo(changeId, plan, facts.get(recipient.audience)!, recipient, options.changeAt, replyTo),
    })),
  );
  return { results, complete: results.every((r) => r.result !== 'BUSY') };
}
