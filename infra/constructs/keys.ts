/**
 * Customer-managed KMS keys, one per kind of data so access to each can be granted and audited
 * separately: application data (table and its backups), logs, and messaging
 * (dead-letter queues, the alarm topic). All rotate yearly and are retained when the stack goes.
 */
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class EncryptionKeys extends Construct {
  readonly data: kms.Key;
  readonly logs: kms.Key;
  readonly messaging: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    const key = (name: string, description: string) =>
      new kms.Key(this, name, {
        description,
        alias: `alias/talent-exchange/${name.toLowerCase()}`,
        enableKeyRotation: true,
        pendingWindow: Duration.days(30),
        removalPolicy: RemovalPolicy.RETAIN,
      });

    this.data = key('Data', 'Talent Exchange application data: DynamoDB table and its backups');
    this.logs = key('Logs', 'Talent Exchange CloudWatch Logs (function and API access logs)');
    this.messaging = key('Messaging', 'Talent Exchange queues and the alarm topic');

    // CloudWatch Logs encrypts with the key itself, only for this account's log groups here.
    this.logs.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchLogsOfThisAccount',
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncryptFrom',
          'kms:ReEncryptTo',
          'kms:GenerateDataKey',
          'kms:DescribeKey',
        ],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );

    // Alarms publish to the encrypted topic and EventBridge delivers failed events to the
    // encrypted dead-letter queue: both services need the messaging key, for this account only.
    this.messaging.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowAlarmAndEventDeliveryOfThisAccount',
        principals: [
          new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
          new iam.ServicePrincipal('events.amazonaws.com'),
        ],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
  }
}
