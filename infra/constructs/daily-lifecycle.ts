/**
 * The daily job that makes states follow the calendar (functions/lifecycle): an EventBridge rule
 * runs it every day at 00:05 Hong Kong time, so a placement is ACTIVE from the first minutes of
 * its start date and COMPLETED in those of the day after its end. It is invoked asynchronously:
 * retries, then a dead-letter queue (alarmed). It only reads and writes the table.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AppFunction, type LogSettings } from './app-function';
import type { DataTable } from './data-table';
import { deadLetterQueue } from './messaging';
import { TABLE_ACCESS, grantTableAccess } from './table-access';

/** 16:05 UTC is 00:05 the next day in Asia/Hong_Kong all year (UTC+8, no daylight saving). */
export const DAILY_LIFECYCLE_SCHEDULE = events.Schedule.cron({ minute: '5', hour: '16' });

export interface DailyLifecycleProps {
  readonly data: DataTable;
  readonly messagingKey: kms.IKey;
  readonly logs: LogSettings;
  readonly environment: Record<string, string>;
}

export class DailyLifecycle extends Construct {
  readonly job: AppFunction;
  readonly failures: sqs.Queue;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: DailyLifecycleProps) {
    super(scope, id);
    this.failures = deadLetterQueue(
      this,
      'Failures',
      props.messagingKey,
      'daily lifecycle runs that failed after their retries, or could not be delivered to the function',
    );
    this.job = new AppFunction(this, 'Job', {
      folder: 'lifecycle',
      description: 'Talent Exchange: daily, placements start and rotations and placements complete by the calendar',
      environment: props.environment,
      logs: props.logs,
      timeout: Duration.minutes(5),
      reservedConcurrency: 1,
      failures: { deadLetterQueue: this.failures },
    });
    this.job.fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6) });
    grantTableAccess(this.job.fn, props.data, TABLE_ACCESS.lifecycle);
    this.schedule = new events.Rule(this, 'DailyAt0005HongKong', {
      description: 'Runs the daily lifecycle job every day at 00:05 Asia/Hong_Kong (16:05 UTC)',
      schedule: DAILY_LIFECYCLE_SCHEDULE,
      targets: [
        new targets.LambdaFunction(this.job.fn, {
          deadLetterQueue: this.failures,
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });
  }
}
