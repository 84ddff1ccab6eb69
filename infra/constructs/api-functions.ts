/**
 * One function per route group of shared/routes.ts (functions/{group}/handler.ts), each with the
 * table access TABLE_ACCESS gives its group and nothing more.
 */
import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { FUNCTION_GROUPS, type FunctionGroup } from '../../shared/routes';
import { AppFunction, type LogSettings } from './app-function';
import type { DataTable } from './data-table';
import { TABLE_ACCESS, grantTableAccess } from './table-access';

/** Reserved concurrency per group: bounds DynamoDB load and cost, and keeps one busy group from starving the rest. */
const RESERVED_CONCURRENCY: Readonly<Record<FunctionGroup, number>> = {
  system: 5,
  calendar: 10,
  institutions: 20,
  programmes: 20,
  staff: 20,
  placements: 20,
  rotations: 20,
  batch: 5,
};

export interface ApiFunctionsProps {
  readonly data: DataTable;
  readonly logs: LogSettings;
  readonly environment: Record<string, string>;
}

export class ApiFunctions extends Construct {
  readonly byGroup: ReadonlyMap<FunctionGroup, AppFunction>;

  constructor(scope: Construct, id: string, props: ApiFunctionsProps) {
    super(scope, id);
    const byGroup = new Map<FunctionGroup, AppFunction>();
    for (const group of FUNCTION_GROUPS) {
      const fn = new AppFunction(this, toId(group), {
        folder: group,
        description: `Talent Exchange API: ${group} routes`,
        environment: props.environment,
        logs: props.logs,
        reservedConcurrency: RESERVED_CONCURRENCY[group],
        // A chunk of import rows or a 300-visitor export takes longer than a single-item write;
        // API Gateway's integration timeout (30 s) bounds it anyway.
        ...(group === 'batch' ? { timeout: Duration.seconds(29), memorySize: 1024 } : {}),
        failures:
          group === 'system'
            ? {
                answersEveryFailure:
                  'Invoked synchronously by API Gateway, and asynchronously by the readiness probe schedule, whose event its handler answers like any request: every failure becomes a 503 response (counted by the readiness alarm), never a thrown error, so a dead-letter queue would stay empty.',
              }
            : { invokedSynchronouslyBy: 'API Gateway (the HTTP API returns the error to the client)' },
      });
      grantTableAccess(fn.fn, props.data, TABLE_ACCESS[group]);
      byGroup.set(group, fn);
    }
    this.byGroup = byGroup;
  }
}

/** "placements" -> "Placements" (construct ids, hence logical ids, stay stable). */
export const toId = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
