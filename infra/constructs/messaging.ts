/**
 * Dead-letter queues: KMS-encrypted with the messaging key, TLS-only, kept 14 days; and grants
 * to send to them that name the exact KMS actions SQS needs (CDK's grantSendMessages adds
 * `kms:ReEncrypt*` and `kms:GenerateDataKey*`, which a sender never uses).
 */
import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../compliance';

export function deadLetterQueue(
  scope: Construct,
  id: string,
  key: kms.IKey,
  holds: string,
  options: { visibilityTimeout?: Duration } = {},
): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    ...options,
  });
  acknowledge(
    queue,
    'AwsSolutions-SQS3',
    `This queue is itself a dead-letter destination (${holds}); a dead-letter queue of a dead-letter queue would only move the same messages again. Its depth is alarmed.`,
  );
  return queue;
}

/** sqs:SendMessage on one queue and the KMS actions SQS performs for the sender on its key. */
export function grantSendToQueue(queue: sqs.IQueue, grantee: iam.IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
  );
  if (queue.encryptionMasterKey) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [queue.encryptionMasterKey.keyArn],
      }),
    );
  }
}

/** An event-source on-failure destination (as SqsDlq) that grants through grantSendToQueue. */
export class QueueOnFailure implements lambda.IEventSourceDlq {
  constructor(private readonly queue: sqs.IQueue) {}

  bind(_target: lambda.IEventSourceMapping, targetHandler: lambda.IFunction): lambda.DlqDestinationConfig {
    grantSendToQueue(this.queue, targetHandler);
    return { destination: this.queue.queueArn };
  }
}
