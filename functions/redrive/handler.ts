/**
 * The re-drive (an EventBridge schedule, every minute; locally a timer in npm start): emails that
 * failed — SES down, throttled, or held behind an earlier one — are tried again once their next
 * attempt is due. Found on the sparse retry index (GSI2), never by a Scan. Each recipient's
 * emails about a placement go in the order of the changes they report, one at a time, and stop
 * at the first that still fails, so none overtakes another; different recipients go in parallel.
 */
import * as clock from '../../shared/clock';
import { logger } from '../../shared/logger';
import { deliver, type RecipientResult } from '../../shared/notifications/deliver';
import type { NotificationPlan } from '../../shared/notifications/recipients';
import { closeNotification, notificationsDue, type DueNotification } from '../../shared/repository/notifications';

const PARALLEL_RECIPIENTS = 10;

export interface RedriveSummary {
  due: number;
  results: Partial<Record<RecipientResult | 'ERROR', number>>;
}

/** One recipient's due emails about one placement, oldest change first. */
function queues(due: DueNotification[]): DueNotification[][] {
  const byRecipient = new Map<string, DueNotification[]>();
  for (const record of due) {
    const key = `${record.placementId}|${record.recipient.toLowerCase()}`;
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), record]);
  }
  return [...byRecipient.values()].map((records) =>
    records.sort((a, b) => a.changeAt.localeCompare(b.changeAt) || a.auditId.localeCompare(b.auditId)),
  );
}

export async function handler(): Promise<RedriveSummary> {
  const due = await notificationsDue(clock.now());
  const results: RedriveSummary['results'] = {};
  const count = (result: RecipientResult | 'ERROR') => (results[result] = (results[result] ?? 0) + 1);
  const work = queues(due);
  for (let i = 0; i < work.length; i += PARALLEL_RECIPIENTS) {
    await Promise.all(
      work.slice(i, i + PARALLEL_RECIPIENTS).map(async (queue) => {
        for (const record of queue) {
          let result: RecipientResult | 'ERROR';
          try {
            const report = await deliver(record.plan as NotificationPlan, record.auditId, {
              changeAt: record.changeAt,
              onlyRecipient: record.recipient,
            });
            result = report.results[0]?.result ?? 'DONE';
            // No result: the recipient no longer hears of it (the placement ended meanwhile).
            if (!report.results[0])
              await closeNotification(record, 'Not sent: the recipient no longer hears of this change');
          } catch (error) {
            logger.error('Re-drive of an email failed', { auditId: record.auditId, error: error as Error });
            result = 'ERROR';
          }
          count(result);
          // The rest of this person's emails wait for this one.
          if (result !== 'SENT' && result !== 'SUPPRESSED' && result !== 'DONE') break;
        }
      }),
    );
  }
  if (due.length > 0) logger.info('Re-drive run', { due: due.length, results });
  return { due: due.length, results };
}
