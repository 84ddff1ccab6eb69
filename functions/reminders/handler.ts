/**
 * Daily reminders (an EventBridge schedule): "please confirm" to visitors whose rotation is still
 * SCHEDULED N days before it starts (N = REMINDER_CONFIRM_DAYS, 14 by default), and "starts in 7
 * days" for CONFIRMED ones. Rotations are found by start date on GSI3 (GSI3PK = ROTSTART#{date},
 * GSI3SK = {status}#{rotationId}) — a few Queries, never a Scan. Each reminder is sent once: it
 * is a notification record keyed by a change id of its own (kind, rotation and its sequence, so
 * a rescheduled rotation is reminded again about its new dates). Only rotations of an accepted
 * (or active) placement are reminded of — before that the API refuses a confirmation — which
 * deliver() checks on the placement it reads anyway.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { config } from '../../shared/config';
import { addDays, lengthInDays, todayInHongKong } from '../../shared/domain/dates';
import { logger } from '../../shared/logger';
import { rotationsStartingOn } from '../../shared/repository/messages';
import { deliver, type RecipientResult } from '../../shared/notifications/deliver';
import { RotationSnapshot, type NotificationPlan } from '../../shared/notifications/recipients';
import type { RotationStatus } from '../../shared/schemas';
import * as clock from '../../shared/clock';

/**
 * A day the schedule did not run (an outage, a failed invocation) must not lose reminders: each
 * run also looks this many days closer to the start. The records keep that from repeating any.
 */
export const CATCH_UP_DAYS = 2;
const PARALLEL_DELIVERIES = 10;

interface ReminderRule {
  kind: 'reminderConfirm' | 'reminderStart';
  /** The change id's prefix: reminder-confirm-{rotationId}-{sequence}. */
  prefix: string;
  status: RotationStatus;
  daysBefore: number;
}

const rules = (): ReminderRule[] => [
  {
    kind: 'reminderConfirm',
    prefix: 'reminder-confirm',
    status: 'SCHEDULED',
    daysBefore: config().reminderConfirmDays,
  },
  { kind: 'reminderStart', prefix: 'reminder-start', status: 'CONFIRMED', daysBefore: 7 },
];

export interface ReminderSummary {
  date: string;
  results: Partial<Record<RecipientResult, number>>;
}

interface Due {
  plan: NotificationPlan;
  changeId: string;
}

/** The reminders due today under one rule (one Query per start date, all at once). */
async function dueUnder(rule: ReminderRule, today: string): Promise<Due[]> {
  const startDates: string[] = [];
  for (let offset = 0; offset <= CATCH_UP_DAYS && offset < rule.daysBefore; offset++)
    startDates.push(addDays(today, rule.daysBefore - offset));
  const found = await Promise.all(startDates.map((startDate) => rotationsStartingOn(startDate, rule.status)));
  const due: Due[] = [];
  for (const items of found) {
    for (const item of items) {
      const parsed = RotationSnapshot.safeParse(item);
      if (!parsed.success) {
        // One malformed item must not cost everyone else their reminder.
        logger.error('Rotation item does not match the schema', {
          rotationId: String(item.rotationId),
          issues: parsed.error.issues,
        });
        continue;
      }
      const rotation = parsed.data;
      due.push({
        changeId: `${rule.prefix}-${rotation.rotationId}-${rotation.sequence ?? 0}`,
        plan: {
          kind: rule.kind,
          audiences: ['staff'],
          placementId: rotation.placementId,
          entityType: 'rotation',
          entityId: rotation.rotationId,
          rotation,
          daysUntilStart: lengthInDays(today, rotation.startDate) - 1,
        },
      });
    }
  }
  return due;
}

export async function handler(event?: Pick<ScheduledEvent, 'time'>): Promise<ReminderSummary> {
  const today = todayInHongKong(event?.time ? new Date(event.time) : clock.now());
  const changeAt = clock.nowIso();
  const due = (await Promise.all(rules().map((rule) => dueUnder(rule, today)))).flat();
  const results: ReminderSummary['results'] = {};
  let failures = 0;
  for (let i = 0; i < due.length; i += PARALLEL_DELIVERIES) {
    await Promise.all(
      due.slice(i, i + PARALLEL_DELIVERIES).map(async ({ plan, changeId }) => {
        try {
          const report = await deliver(plan, changeId, { changeAt });
          for (const { result } of report.results) results[result] = (results[result] ?? 0) + 1;
          if (!report.complete) failures++;
        } catch (error) {
          failures++;
          logger.error('Reminder not delivered', { changeId, error: error as Error });
        }
      }),
    );
  }
  logger.info('Reminders run', { date: today, due: due.length, results });
  // Fail the invocation so the scheduler retries; what was already sent is not sent again.
  if (failures > 0) throw new Error(`${failures} of ${due.length} reminders could not be delivered (date ${today})`);
  return { date: today, results };
}
