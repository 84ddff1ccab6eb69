/**
 * Alarms that need a person: any unhandled function error, anything in a dead-letter queue, the
 * notifier falling behind its stream, and API 5xx. They notify an encrypted SNS topic (subscribe
 * an address with the alarmEmail context, or anything else after deployment).
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AppFunction } from './app-function';
import { READINESS_FAILED_MESSAGE } from '../../shared/readiness';

export interface AlarmsProps {
  readonly encryptionKey: kms.IKey;
  readonly email?: string;
}

export class Alarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: actions.SnsAction;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Talent Exchange alarms',
      masterKey: props.encryptionKey,
      enforceSSL: true,
    });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    this.action = new actions.SnsAction(this.topic);
  }

  private add(id: string, metric: cloudwatch.IMetric, threshold: number, description: string): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }

  functionErrors(name: string, fn: AppFunction): cloudwatch.Alarm {
    return this.add(
      `${name}Errors`,
      fn.fn.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      1,
      `The ${name} function failed with an unhandled error (handlers answer bad input themselves, so any error is a bug or an outage).`,
    );
  }

  queueNotEmpty(name: string, queue: sqs.IQueue): cloudwatch.Alarm {
    return this.add(
      `${name}NotEmpty`,
      queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      1,
      `${name} holds messages: work that failed after its retries and needs a look.`,
    );
  }

  streamFallingBehind(fn: AppFunction, maxAge: Duration): cloudwatch.Alarm {
    return this.add(
      'NotifierIteratorAge',
      fn.fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
      maxAge.toMilliseconds(),
      `The notifier is more than ${maxAge.toHumanString()} behind the table stream: emails are late.`,
    );
  }

  /**
   * The readiness probe (GET /health/ready, every minute) failed three times in five minutes: the
   * table does not answer the API in time. Counted from the system function's log line.
   */
  readinessFailing(system: AppFunction): cloudwatch.Alarm {
    const filter = new logs.MetricFilter(this, 'ReadinessFailures', {
      logGroup: system.logGroup,
      filterPattern: logs.FilterPattern.stringValue('$.message', '=', READINESS_FAILED_MESSAGE),
      metricNamespace: 'TalentExchange',
      metricName: 'ReadinessFailures',
      metricValue: '1',
      defaultValue: 0,
    });
    return this.add(
      'ReadinessFailing',
      filter.metric({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      3,
      'GET /health/ready failed at least three times in five minutes: the table does not answer the API in time.',
    );
  }

  apiServerErrors(metric: cloudwatch.IMetric): cloudwatch.Alarm {
    return this.add('ApiServerErrors', metric, 5, 'The API answered 5xx at least five times in five minutes.');
  }
}
