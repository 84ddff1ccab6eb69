/**
 * One Lambda function of the app, the same way every time: the newest Node.js runtime, arm64,
 * a minified ESM bundle with the AWS SDK v3 bundled (and tree-shaken) and source maps, X-Ray,
 * its own KMS-encrypted log group with a retention, its own role with no managed policy, and a
 * reserved concurrency so no function can starve the others (or the account).
 */
import * as path from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLING } from '../bundling';
import { acknowledge } from '../compliance';
import { grantSendToQueue } from './messaging';

/** The newest Node.js runtime this aws-cdk-lib offers (cdk-nag AwsSolutions-L1 checks it is). */
export const RUNTIME = lambda.Runtime.NODEJS_24_X;
const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Actions AWS offers no resource-level permission for, so they can only be granted on `*`. */
const UNSCOPABLE_ACTIONS: Readonly<Record<string, string>> = {
  'xray:PutTraceSegments': 'X-Ray tracing',
  'xray:PutTelemetryRecords': 'X-Ray tracing',
  'dynamodb:ListStreams': 'the stream event source (ListStreams)',
  'ses:GetSuppressedDestination': "the check against the account's SES suppression list",
};

export interface LogSettings {
  readonly encryptionKey: kms.IKey;
  readonly retention: logs.RetentionDays;
}

export interface AppFunctionProps {
  /** Folder under functions/ holding handler.ts. */
  readonly folder: string;
  readonly description: string;
  readonly environment: Record<string, string>;
  readonly logs: LogSettings;
  readonly reservedConcurrency: number;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  /**
   * For asynchronously invoked functions: where failed invocations go. Synchronously invoked
   * ones name their caller instead, because a Lambda DLQ only applies to async invocations.
   */
  readonly failures:
    | { readonly deadLetterQueue: sqs.IQueue }
    | { readonly invokedSynchronouslyBy: string }
    /** Also invoked asynchronously, by a caller whose failures the handler answers rather than throws: why no DLQ. */
    | { readonly answersEveryFailure: string };
}

export class AppFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logs.encryptionKey,
      retention: props.logs.retention,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.folder} function`,
    });
    this.logGroup.grantWrite(this.role);

    const deadLetterQueue = 'deadLetterQueue' in props.failures ? props.failures.deadLetterQueue : undefined;
    this.fn = new nodejs.NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, 'functions', props.folder, 'handler.ts'),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrency,
      deadLetterQueue,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      // The one bundling description, shared with the benchmark so it measures what is deployed:
      // minified ESM for node20, source maps, a `require` shim, the AWS SDK v3 bundled.
      bundling: {
        ...LAMBDA_BUNDLING,
        format: nodejs.OutputFormat.ESM,
        charset: nodejs.Charset.UTF8,
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        externalModules: [...LAMBDA_BUNDLING.externalModules],
      },
    });
    if (deadLetterQueue) grantSendToQueue(deadLetterQueue, this.fn);

    acknowledge(
      this.fn,
      'HIPAA.Security-LambdaInsideVPC',
      'The function reaches only AWS regional APIs (DynamoDB, SES, X-Ray) over TLS with IAM-signed requests; no resource it uses lives in a VPC, and a VPC would add NAT or endpoints without narrowing what the function can reach.',
    );
    if ('invokedSynchronouslyBy' in props.failures) {
      acknowledge(
        this.fn,
        'HIPAA.Security-LambdaDLQ',
        `Invoked synchronously by ${props.failures.invokedSynchronouslyBy}, which receives every error; a function dead-letter queue only ever receives failed asynchronous invocations, and this function has none.`,
      );
    }
    if ('answersEveryFailure' in props.failures)
      acknowledge(this.fn, 'HIPAA.Security-LambdaDLQ', props.failures.answersEveryFailure);
    acknowledge(
      this.role,
      'HIPAA.Security-IAMNoInlinePolicy',
      "The role's only policy is generated from explicit per-function grants, names this function's own resources, and lives and dies with the role; a managed policy would hold the same statements but could be attached elsewhere.",
    );
    this.node.addValidation({
      validate: () =>
        this.actionsOnEveryResource()
          .filter((action) => !(action in UNSCOPABLE_ACTIONS))
          .map((action) => `${action} is granted on every resource ("*"): name the resources`),
    });
  }

  /**
   * Acknowledge `Resource::*` on this role for the actions AWS cannot scope to a resource. Call
   * after every grant is made; a grant on `*` of any other action, whenever it is added, fails
   * the synth (see the validation in the constructor).
   */
  acknowledgeUnscopableActions(): void {
    const actions = this.actionsOnEveryResource();
    if (actions.length === 0) return;
    const uses = [...new Set(actions.map((a) => UNSCOPABLE_ACTIONS[a] ?? a))].join(', ');
    acknowledge(
      this.role,
      'AwsSolutions-IAM5[Resource::*]',
      `Only ${actions.join(', ')} are granted on "*", for ${uses}: these actions support no resource-level permissions. Every other statement names its resources, and the synth fails if anything else is granted on "*".`,
    );
  }

  /** The actions this role's policy allows on every resource. */
  private actionsOnEveryResource(): string[] {
    const policy = this.role.node.tryFindChild('DefaultPolicy') as iam.Policy | undefined;
    if (!policy) return [];
    const document = Stack.of(this).resolve(policy.document) as {
      Statement?: { Effect: string; Action: string | string[]; Resource: string | string[] }[];
    };
    const actions = new Set<string>();
    for (const statement of document.Statement ?? []) {
      if (statement.Effect !== 'Allow' || !([] as string[]).concat(statement.Resource).includes('*')) continue;
      for (const action of ([] as string[]).concat(statement.Action)) actions.add(action);
    }
    return [...actions].sort();
  }
}
