/**
 * The one DynamoDB table, built from the same definition the local system and the tests use
 * (shared/table.ts), so keys, indexes and the TTL attribute cannot drift. Protected the way
 * health-care records should be: customer-managed KMS key, point-in-time recovery, deletion
 * protection, retained on stack deletion, and in an AWS Backup plan for longer-term copies.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { tableDefinition, type KeyAttribute } from '../../shared/table';
import { acknowledge } from '../compliance';

const attribute = (a: KeyAttribute): dynamodb.Attribute => ({
  name: a.name,
  type: a.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
});

export interface DataTableProps {
  readonly encryptionKey: kms.IKey;
}

export class DataTable extends Construct {
  readonly table: dynamodb.Table;
  /** ARNs of the table and each of its indexes (explicit, so no policy needs `index/*`). */
  readonly resourceArns: string[];

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: attribute(tableDefinition.partitionKey),
      sortKey: attribute(tableDefinition.sortKey),
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableDefinition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    this.resourceArns = [
      this.table.tableArn,
      ...tableDefinition.globalSecondaryIndexes.map((index) => `${this.table.tableArn}/index/${index.indexName}`),
    ];

    // PITR covers the last 35 days to the second; the backup plan keeps daily copies for 35 days
    // and monthly ones for a year, in a vault encrypted with the same key and kept on deletion.
    const vault = new backup.BackupVault(this, 'Vault', {
      encryptionKey: props.encryptionKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const plan = new backup.BackupPlan(this, 'Plan', {
      backupVault: vault,
      backupPlanRules: [
        new backup.BackupPlanRule({
          ruleName: 'Daily',
          scheduleExpression: events.Schedule.cron({ hour: '19', minute: '0' }), // 03:00 Hong Kong
          deleteAfter: Duration.days(35),
        }),
        new backup.BackupPlanRule({
          ruleName: 'Monthly',
          scheduleExpression: events.Schedule.cron({ day: '1', hour: '19', minute: '30' }),
          deleteAfter: Duration.days(366),
        }),
      ],
    });
    const selection = plan.addSelection('Table', {
      resources: [backup.BackupResource.fromDynamoDbTable(this.table)],
      allowRestores: false,
    });
    acknowledge(
      selection,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      'AWS Backup assumes this role only to take backups of the selected table; AWSBackupServiceRolePolicyForBackup is the service policy AWS maintains as the service gains resource types, and restores are not granted (allowRestores: false).',
    );
  }
}
