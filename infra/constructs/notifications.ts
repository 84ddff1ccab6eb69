/**
 * The background side of notifications:
 * - the notifier, fed by the table's stream through an event source mapping that lets only
 *   newly inserted audit records through, reports partial batch failures, bisects failing
 *   batches, retries a bounded number of times and sends what still fails to an SQS queue,
 *   whose own event source mapping (off until an operator turns it on) replays those batches;
 * - the reminders function, run daily at 09:00 Hong Kong time by an EventBridge rule.
 * Both send email through SES v2 from the configured address and configuration set.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction, type LogSettings } from './app-function';
import type { DataTable } from './data-table';
import { grantSendEmail, type MailSettings } from './mail';
import { QueueOnFailure, deadLetterQueue } from './messaging';
import { TABLE_ACCESS, grantTableAccess } from './table-access';

/** Only audit records reach the notifier: every change writes exactly one, as an INSERT. */
export const AUDIT_INSERTS_ONLY = lambda.FilterCriteria.filter({
  eventName: lambda.FilterRule.isEqual('INSERT'),
  dynamodb: { NewImage: { type: { S: lambda.FilterRule.isEqual('AUDIT') } } },
});

/** 01:00 UTC is 09:00 in Asia/Hong_Kong all year (UTC+8, no daylight saving). */
export const DAILY_REMINDER_SCHEDULE = events.Schedule.cron({ minute: '0', hour: '1' });

export interface NotificationsProps {
  readonly data: DataTable;
  readonly mail: MailSettings;
  readonly messagingKey: kms.IKey;
  readonly logs: LogSettings;
  readonly environment: Record<string, string>;
}

export class Notifications extends Construct {
  readonly notifier: AppFunction;
  readonly notifierFailures: sqs.Queue;
  readonly reminders: AppFunction;
  readonly reminderFailures: sqs.Queue;
  readonly reminderSchedule: events.Rule;
  readonly redrive: AppFunction;
  readonly redriveFailures: sqs.Queue;
  readonly redriveSchedule: events.Rule;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);

    this.notifierFailures = deadLetterQueue(
      this,
      'NotifierFailures',
      props.messagingKey,
      'descriptions of stream batches the notifier could not process after its retries',
      // A replayed message is hidden while the notifier works on it: six times its timeout, as Lambda advises.
      { visibilityTimeout: Duration.minutes(6) },
    );
    this.notifier = new AppFunction(this, 'Notifier', {
      folder: 'notifier',
      description: 'Talent Exchange: emails each change recorded in the audit trail',
      environment: props.environment,
      logs: props.logs,
      timeout: Duration.seconds(60),
      // One concurrent batch per stream shard; a small reserve covers shard splits.
      reservedConcurrency: 5,
      failures: {
        invokedSynchronouslyBy:
          'the DynamoDB stream event source mapping (whose on-failure destination is an encrypted SQS queue) and that queue’s replay mapping (which keeps a message that fails)',
      },
    });
    grantTableAccess(this.notifier.fn, props.data, TABLE_ACCESS.notifier);
    grantSendEmail(this.notifier.fn, props.mail);
    this.notifier.fn.addEventSource(
      new DynamoEventSource(props.data.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        onFailure: new QueueOnFailure(this.notifierFailures),
        filters: [AUDIT_INSERTS_ONLY],
      }),
    );
    // Replaying what the stream gave up on is a person's decision, once the cause is fixed: off
    // until then (README, "When the notifier gives up on a batch"). One message at a time.
    this.notifier.fn.addEventSource(
      new SqsEventSource(this.notifierFailures, { enabled: false, batchSize: 1, reportBatchItemFailures: true }),
    );

    this.reminderFailures = deadLetterQueue(
      this,
      'ReminderFailures',
      props.messagingKey,
      'reminder runs that failed after their retries, or could not be delivered to the function',
    );
    this.reminders = new AppFunction(this, 'Reminders', {
      folder: 'reminders',
      description: 'Talent Exchange: daily reminders to confirm rotations and of rotations starting in a week',
      environment: props.environment,
      logs: props.logs,
      timeout: Duration.minutes(5),
      reservedConcurrency: 1,
      failures: { deadLetterQueue: this.reminderFailures },
    });
    this.reminders.fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6) });
    grantTableAccess(this.reminders.fn, props.data, TABLE_ACCESS.reminders);
    grantSendEmail(this.reminders.fn, props.mail);

    this.reminderSchedule = new events.Rule(this, 'DailyAt0900HongKong', {
      description: 'Runs the reminders function every day at 09:00 Asia/Hong_Kong (01:00 UTC)',
      schedule: DAILY_REMINDER_SCHEDULE,
      targets: [
        new targets.LambdaFunction(this.reminders.fn, {
          deadLetterQueue: this.reminderFailures,
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });

    // Failed emails (SES down or throttled) are due again after a growing pause; every minute
    // the re-drive sends those due, each recipient's in the order of the changes.
    this.redriveFailures = deadLetterQueue(
      this,
      'RedriveFailures',
      props.messagingKey,
      're-drive runs of failed emails that themselves failed, or could not be delivered to the function',
    );
    this.redrive = new AppFunction(this, 'Redrive', {
      folder: 'redrive',
      description: 'Talent Exchange: sends again the emails that failed, once their next attempt is due',
      environment: props.environment,
      logs: props.logs,
      timeout: Duration.seconds(55),
      // One run at a time: two would race for the same records (the claims keep that safe, not cheap).
      reservedConcurrency: 1,
      failures: { deadLetterQueue: this.redriveFailures },
    });
    // The next minute's run is the retry.
    this.redrive.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(1) });
    grantTableAccess(this.redrive.fn, props.data, TABLE_ACCESS.redrive);
    grantSendEmail(this.redrive.fn, props.mail);
    this.redriveSchedule = new events.Rule(this, 'RedriveEveryMinute', {
      description: 'Runs the re-drive of failed emails every minute',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [
        new targets.LambdaFunction(this.redrive.fn, {
          deadLetterQueue: this.redriveFailures,
          retryAttempts: 0,
          maxEventAge: Duration.minutes(1),
        }),
      ],
    });
  }
}
