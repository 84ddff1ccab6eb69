/**
 * Least-privilege access to the table, declared once per function in TABLE_ACCESS and granted by
 * grantTableAccess. Only item-level actions exist here: Scan is never granted (no request path
 * scans, see shared/table.ts), nor any wildcard.
 *
 * TransactWriteItems has no IAM action of its own: each of its parts is authorized as the
 * underlying PutItem / UpdateItem / DeleteItem / ConditionCheckItem (likewise BatchGetItem's
 * reads). Reads are allowed on the table and each named index; writes on the table only.
 */
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { FunctionGroup } from '../../shared/routes';
import type { DataTable } from './data-table';

export const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
export const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;
export type TableAction = (typeof READ_ACTIONS)[number] | (typeof WRITE_ACTIONS)[number];

/** Every function of the app: the API's groups plus the four background functions. */
export type AppFunctionName = FunctionGroup | 'notifier' | 'reminders' | 'lifecycle' | 'redrive';

const READ_WRITE: readonly TableAction[] = [...READ_ACTIONS, ...WRITE_ACTIONS];

/** What each function may do to the table. */
export const TABLE_ACCESS: Readonly<Record<AppFunctionName, readonly TableAction[]>> = {
  // /health and /openapi.json answer without touching the table; /health/ready reads one key.
  system: ['dynamodb:GetItem'],
  // The calendar feed reads the feed secret record, the staff member and their rotations.
  calendar: READ_ACTIONS,
  // The resource groups read, and write through single-item writes and TransactWriteItems
  // (entity + audit + notification + bookings + guard), idempotency records included.
  institutions: READ_WRITE,
  programmes: READ_WRITE,
  staff: READ_WRITE,
  placements: READ_WRITE,
  rotations: READ_WRITE,
  // Imports (people, credentials, nominations, the import records), bulk transitions, exports.
  batch: READ_WRITE,
  // Reads what an audit record refers to; claims and updates its notification records.
  notifier: [...READ_ACTIONS, 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  // Finds rotations starting on a day (GSI3) and records the reminders it sends.
  reminders: [...READ_ACTIONS, 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  // Finds what is due (GSI5) and moves each in a transaction: the record, its audit, a condition.
  lifecycle: [...READ_ACTIONS, 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
  // Finds failed emails due again (GSI2), reads what they name, and records each new attempt.
  redrive: [...READ_ACTIONS, 'dynamodb:UpdateItem'],
};

const isWrite = (action: TableAction) => (WRITE_ACTIONS as readonly string[]).includes(action);

/**
 * Grant exactly `actions` on the table (and reads on its indexes), plus the use of the table's
 * KMS key that goes with them, only through DynamoDB.
 */
export function grantTableAccess(grantee: iam.IGrantable, data: DataTable, actions: readonly TableAction[]): void {
  if (actions.length === 0) return;
  for (const action of actions) {
    if (!/^dynamodb:[A-Z][A-Za-z]+$/.test(action) || action === ('dynamodb:Scan' as string)) {
      throw new Error(`Refusing to grant ${action}`);
    }
  }
  const reads = actions.filter((a) => !isWrite(a));
  const writes = actions.filter(isWrite);
  const principal = grantee.grantPrincipal;
  if (reads.length > 0) {
    principal.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'TableRead', actions: reads, resources: data.resourceArns }),
    );
  }
  if (writes.length > 0) {
    principal.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'TableWrite', actions: writes, resources: [data.table.tableArn] }),
    );
  }

  const key = data.table.encryptionKey;
  if (!key) return;
  const keyActions = ['kms:Decrypt', 'kms:DescribeKey'];
  if (writes.length > 0) keyActions.push('kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo');
  principal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'TableKeyViaDynamoDB',
      actions: keyActions,
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(data).region}.amazonaws.com` } },
    }),
  );
}
