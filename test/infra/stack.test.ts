/**
 * The synthesized application (both stacks, functions really bundled by esbuild), checked
 * against the foundation and access requirements, and against cdk-nag. One synth for the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { Annotations } from 'aws-cdk-lib/assertions';
import { FUNCTION_GROUPS, ROLES, routeKey, routes } from '../../shared/routes';
import { attributeDefinitions, tableDefinition } from '../../shared/table';
import { RUNTIME } from '../../infra/constructs/app-function';
import { CUSTOM_ATTRIBUTES } from '../../infra/constructs/identity';
import { TABLE_ACCESS, type AppFunctionName } from '../../infra/constructs/table-access';
import { actionsOf, allStatements, statementsOfRole, synthesize, type Synthesized } from './synth-app';

let synth: Synthesized;

beforeAll(() => {
  synth = synthesize({ tolerateViolations: true });
}, 300_000);

afterAll(() => synth?.dispose());

const resources = (type: string) => synth.template.findResources(type);
/** The application's functions: every Lambda function but CDK's deploy-time copier of the console. */
const appFunctions = () =>
  Object.fromEntries(
    Object.entries(resources('AWS::Lambda::Function')).filter(([id]) => !id.startsWith('CustomCDKBucketDeployment')),
  );
const only = (type: string) => {
  const found = Object.entries(resources(type));
  expect(found).toHaveLength(1);
  return found[0]!;
};
const sorted = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Every function of the app by name, with the logical ids of its function and role. */
function functionsByName() {
  const byName = new Map<AppFunctionName, { fnId: string; roleId: string }>();
  for (const group of FUNCTION_GROUPS) {
    const fn = synth.stack.apiFunction(group);
    byName.set(group, { fnId: synth.logicalId(fn.fn), roleId: synth.logicalId(fn.role) });
  }
  const { notifier, reminders, redrive } = synth.stack.notifications;
  byName.set('notifier', { fnId: synth.logicalId(notifier.fn), roleId: synth.logicalId(notifier.role) });
  byName.set('reminders', { fnId: synth.logicalId(reminders.fn), roleId: synth.logicalId(reminders.role) });
  const { job } = synth.stack.dailyLifecycle;
  byName.set('lifecycle', { fnId: synth.logicalId(job.fn), roleId: synth.logicalId(job.role) });
  byName.set('redrive', { fnId: synth.logicalId(redrive.fn), roleId: synth.logicalId(redrive.role) });
  return byName;
}

describe('the table', () => {
  it('is built from tableDefinition: keys, GSIs, attributes, TTL', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    const p = table.Properties;
    expect(p.KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(sorted(p.AttributeDefinitions)).toEqual(sorted(attributeDefinitions()));
    expect(sorted(p.GlobalSecondaryIndexes)).toEqual(
      sorted(
        tableDefinition.globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      ),
    );
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true });
  });

  it('is on-demand, streams new and old images, has PITR, deletion protection and is retained', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(table.Properties.PointInTimeRecoverySpecification).toMatchObject({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('is encrypted with a customer-managed, rotating KMS key of this stack', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    const sse = table.Properties.SSESpecification;
    expect(sse).toMatchObject({ SSEEnabled: true, SSEType: 'KMS' });
    const keyId = sse.KMSMasterKeyId['Fn::GetAtt']?.[0] ?? sse.KMSMasterKeyId.Ref;
    const key = resources('AWS::KMS::Key')[keyId];
    expect(key).toBeDefined();
    expect(key!.Properties.EnableKeyRotation).toBe(true);
  });

  it('is in an AWS Backup plan whose vault is KMS-encrypted and retained', () => {
    const [, selection] = only('AWS::Backup::BackupSelection');
    expect(JSON.stringify(selection.Properties.BackupSelection.Resources)).toContain(
      synth.logicalId(synth.stack.data.table),
    );
    const [, vault] = only('AWS::Backup::BackupVault');
    expect(vault.Properties.EncryptionKeyArn).toBeDefined();
    expect(vault.DeletionPolicy).toBe('Retain');
  });
});

describe('KMS keys', () => {
  it('all rotate and are retained', () => {
    const keys = Object.values(resources('AWS::KMS::Key'));
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) {
      expect(key.Properties.EnableKeyRotation).toBe(true);
      expect(key.DeletionPolicy).toBe('Retain');
    }
  });
});

describe('IAM', () => {
  it('never grants dynamodb:Scan, dynamodb:* or *', () => {
    const statements = allStatements(synth.template).filter(({ statement }) => statement.Effect === 'Allow');
    expect(statements.length).toBeGreaterThan(0);
    const offending = statements.filter(({ statement }) =>
      actionsOf(statement).some((a) => a === '*' || /^dynamodb:(Scan|\*)$/i.test(a) || /^dynamodb:.*\*/.test(a)),
    );
    expect(offending).toEqual([]);
    for (const [, mapping] of Object.entries(resources('AWS::Lambda::EventSourceMapping'))) {
      expect(JSON.stringify(mapping)).not.toMatch(/dynamodb:Scan/);
    }
  });

  it('gives each function exactly the table actions TABLE_ACCESS declares for it', () => {
    const tableArn = { 'Fn::GetAtt': [synth.logicalId(synth.stack.data.table), 'Arn'] };
    for (const [name, { roleId }] of functionsByName()) {
      const granted = statementsOfRole(synth.template, roleId)
        .filter((s) => s.Effect === 'Allow')
        .flatMap(actionsOf)
        .filter((a) => a.startsWith('dynamodb:') && !/Stream|ListStreams|GetRecords|GetShardIterator/.test(a));
      expect({ name, actions: [...new Set(granted)].sort() }).toEqual({
        name,
        actions: [...TABLE_ACCESS[name]].sort(),
      });
      // Writes on the table itself, never on an index or a wildcard.
      for (const s of statementsOfRole(synth.template, roleId)) {
        if (actionsOf(s).some((a) => /^dynamodb:(Put|Update|Delete)Item$/.test(a)))
          expect(s.Resource).toEqual(tableArn);
      }
    }
  });

  it('uses the data key only through DynamoDB (and, for the batch function, through S3 for uploads)', () => {
    for (const [name, { roleId }] of functionsByName()) {
      if (TABLE_ACCESS[name].length === 0) continue;
      const keyStatements = statementsOfRole(synth.template, roleId).filter(
        (s) => s.Condition?.StringEquals?.['kms:ViaService'],
      );
      const services = keyStatements.map((s) => s.Condition?.StringEquals?.['kms:ViaService']);
      expect(services).toEqual(
        name === 'batch'
          ? ['dynamodb.ap-east-1.amazonaws.com', 's3.ap-east-1.amazonaws.com']
          : ['dynamodb.ap-east-1.amazonaws.com'],
      );
    }
  });

  it('lets only the notifier, the reminders and the re-drive send email, from the configured address and configuration set', () => {
    for (const [name, { roleId }] of functionsByName()) {
      const send = statementsOfRole(synth.template, roleId).filter((s) => actionsOf(s).includes('ses:SendEmail'));
      if (name !== 'notifier' && name !== 'reminders' && name !== 'redrive') {
        expect({ name, send }).toEqual({ name, send: [] });
        continue;
      }
      expect(send).toHaveLength(1);
      expect(send[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': synth.settings.mailFrom } });
      const resourcesText = JSON.stringify(send[0]!.Resource);
      expect(resourcesText).toContain(`:ses:${synth.settings.sesRegion}:`);
      expect(resourcesText).toContain(`identity/${synth.settings.senderDomain}`);
      expect(resourcesText).toContain(`configuration-set/${synth.settings.sesConfigurationSetName}`);
    }
  });

  it('attaches no AWS-managed policy to any function role', () => {
    for (const [, { roleId }] of functionsByName()) {
      expect(resources('AWS::IAM::Role')[roleId]!.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('the HTTP API', () => {
  const routeResources = () => Object.values(resources('AWS::ApiGatewayV2::Route'));

  it('has every route of shared/routes.ts exactly once, and no other', () => {
    const keys = routeResources().map((r) => r.Properties.RouteKey as string);
    expect(keys.sort()).toEqual(routes.map(routeKey).sort());
  });

  it('puts the JWT authorizer on every jwt route and none on the public and signed-link routes', () => {
    const [authorizerId] = only('AWS::ApiGatewayV2::Authorizer');
    const byKey = new Map(routeResources().map((r) => [r.Properties.RouteKey as string, r.Properties]));
    for (const route of routes) {
      const properties = byKey.get(routeKey(route))!;
      if (route.auth === 'jwt') {
        expect({ key: routeKey(route), type: properties.AuthorizationType }).toEqual({
          key: routeKey(route),
          type: 'JWT',
        });
        expect(properties.AuthorizerId).toEqual({ Ref: authorizerId });
      } else {
        expect({ key: routeKey(route), type: properties.AuthorizationType ?? 'NONE' }).toEqual({
          key: routeKey(route),
          type: 'NONE',
        });
        expect(properties.AuthorizerId).toBeUndefined();
      }
    }
  });

  it('sends each route to the function of its group', () => {
    const integrations = resources('AWS::ApiGatewayV2::Integration');
    const byKey = new Map(routeResources().map((r) => [r.Properties.RouteKey as string, r.Properties]));
    for (const route of routes) {
      const target = JSON.stringify(byKey.get(routeKey(route))!.Target);
      const integrationId = Object.keys(integrations).find((id) => target.includes(id))!;
      expect(integrationId).toBeDefined();
      const integration = integrations[integrationId]!.Properties;
      expect(integration.IntegrationType).toBe('AWS_PROXY');
      expect(integration.PayloadFormatVersion).toBe('2.0');
      expect(JSON.stringify(integration.IntegrationUri)).toContain(
        synth.logicalId(synth.stack.apiFunction(route.group).fn),
      );
    }
  });

  it('trusts tokens of the user pool issued to the console client', () => {
    const [, authorizer] = only('AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties.AuthorizerType).toBe('JWT');
    expect(authorizer.Properties.IdentitySource).toEqual(['$request.header.Authorization']);
    const jwt = authorizer.Properties.JwtConfiguration;
    expect(JSON.stringify(jwt.Issuer)).toContain('cognito-idp.');
    expect(JSON.stringify(jwt.Issuer)).toContain(synth.logicalId(synth.stack.identity.userPool));
    expect(jwt.Audience).toEqual([{ Ref: synth.logicalId(synth.stack.identity.consoleClient) }]);
  });

  it('throttles the stage and writes JSON access logs to an encrypted log group with a retention', () => {
    const [, stage] = only('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.StageName).toBe('$default');
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    const logGroup = resources('AWS::Logs::LogGroup')[logGroupId]!;
    expect(logGroup.Properties.KmsKeyId).toBeDefined();
    expect(logGroup.Properties.RetentionInDays).toBe(synth.settings.logRetention);
    expect(() => JSON.parse(stage.Properties.AccessLogSettings.Format)).not.toThrow();
  });

  it('allows CORS from the console origin only', () => {
    const [, api] = only('AWS::ApiGatewayV2::Api');
    // No consoleUrl set: the console's own distribution is the origin.
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([
      {
        'Fn::Join': [
          '',
          ['https://', { 'Fn::GetAtt': [synth.logicalId(synth.stack.console.distribution), 'DomainName'] }],
        ],
      },
    ]);
    expect(api.Properties.CorsConfiguration.AllowHeaders).toEqual(
      expect.arrayContaining(['authorization', 'if-match', 'idempotency-key']),
    );
    // A download's file name is readable by the console, as locally.
    expect(api.Properties.CorsConfiguration.ExposeHeaders).toEqual(
      expect.arrayContaining(['etag', 'location', 'content-disposition']),
    );
  });
});

describe('large uploads', () => {
  it('go to a private, KMS-encrypted, TLS-only bucket that forgets them after a day and takes posts from the console only', () => {
    const bucket = resources('AWS::S3::Bucket')[synth.logicalId(synth.stack.uploads.bucket)]!.Properties;
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault).toMatchObject({
      SSEAlgorithm: 'aws:kms',
      KMSMasterKeyID: { 'Fn::GetAtt': [synth.logicalId(synth.stack.keys.data), 'Arn'] },
    });
    expect(bucket.LifecycleConfiguration.Rules[0]).toMatchObject({ ExpirationInDays: 1, Status: 'Enabled' });
    expect(bucket.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({ AllowedMethods: ['POST'], AllowedOrigins: [expect.anything()] }),
    ]);
    const policies = Object.values(resources('AWS::S3::BucketPolicy')).filter(
      (p) =>
        JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: synth.logicalId(synth.stack.uploads.bucket) }),
    );
    expect(JSON.stringify(policies)).toContain('aws:SecureTransport');
  });

  it('are read, written and removed by the batch function only, under imports/ only', () => {
    const byRole = new Map<string, string[]>();
    for (const policy of Object.values(resources('AWS::IAM::Policy')))
      for (const statement of policy.Properties.PolicyDocument.Statement)
        if (JSON.stringify(statement.Resource).includes(synth.logicalId(synth.stack.uploads.bucket)))
          for (const role of policy.Properties.Roles)
            byRole.set(role.Ref, [...(byRole.get(role.Ref) ?? []), ...[statement.Action].flat()]);
    const batchRole = synth.logicalId(synth.stack.apiFunction('batch').role);
    expect([...byRole.keys()].filter((role) => !role.startsWith('CustomS3AutoDeleteObjects'))).toEqual([batchRole]);
    expect(byRole.get(batchRole)!.sort()).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:PutObject']);
    const batch = resources('AWS::Lambda::Function')[synth.logicalId(synth.stack.apiFunction('batch').fn)]!;
    expect(batch.Properties.Environment.Variables.UPLOAD_BUCKET).toEqual({
      Ref: synth.logicalId(synth.stack.uploads.bucket),
    });
  });
});

describe('the functions', () => {
  it('are one per route group plus the notifier, the reminders, the daily lifecycle job and the re-drive', () => {
    expect(Object.keys(appFunctions())).toHaveLength(FUNCTION_GROUPS.length + 4);
  });

  it('run arm64 on the newest Node.js runtime, traced, with reserved concurrency and an own log group', () => {
    expect(RUNTIME.name).toBe('nodejs24.x');
    for (const [id, fn] of Object.entries(appFunctions())) {
      const p = fn.Properties;
      expect({ id, arch: p.Architectures, runtime: p.Runtime }).toEqual({ id, arch: ['arm64'], runtime: RUNTIME.name });
      expect(p.Handler).toBe('index.handler');
      expect(p.TracingConfig).toEqual({ Mode: 'Active' });
      expect(p.ReservedConcurrentExecutions).toBeGreaterThan(0);
      const logGroupId = p.LoggingConfig.LogGroup.Ref;
      const logGroup = resources('AWS::Logs::LogGroup')[logGroupId]!;
      expect(logGroup.Properties.KmsKeyId).toBeDefined();
      expect(logGroup.Properties.RetentionInDays).toBe(synth.settings.logRetention);
    }
  });

  it('get the configuration shared/config.ts reads', () => {
    for (const [id, fn] of Object.entries(appFunctions())) {
      const env = fn.Properties.Environment.Variables;
      // Only the batch function reads uploads.
      const own = id.startsWith('FunctionsBatch') ? ['UPLOAD_BUCKET'] : [];
      expect(Object.keys(env).sort()).toEqual(
        [
          ...own,
          'API_URL',
          'CONSOLE_URL',
          'LOG_LEVEL',
          'MAIL_FROM',
          'NODE_OPTIONS',
          'SES_CONFIGURATION_SET',
          'SES_REGION',
          'TABLE_NAME',
        ].sort(),
      );
      expect(env.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(env.TABLE_NAME).toEqual({ Ref: synth.logicalId(synth.stack.data.table) });
      expect(env.MAIL_FROM).toBe(synth.settings.mailFrom);
      expect(env.SES_REGION).toBe(synth.settings.sesRegion);
      expect(JSON.stringify(env.API_URL)).toContain(synth.logicalId(synth.stack.api.httpApi));
    }
  });

  it('are minified ESM bundles with the AWS SDK inside, a require shim and a source map', () => {
    const assetDirs = Object.values(appFunctions()).map((fn) => {
      // Code.S3Key is "<asset hash>.zip"; the staged asset is the folder asset.<hash>.
      const key = fn.Properties.Code.S3Key as string;
      expect(key).toMatch(/^[0-9a-f]{64}\.zip$/);
      return join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    });
    for (const dir of assetDirs) {
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      // Booleans, so a failure does not print a megabyte of bundle.
      expect({
        dir,
        requireShim: code.startsWith("import { createRequire as __createRequire } from 'node:module';"),
        esmHandlerExport: /export\s*\{[^}]*as handler\s*\}/.test(code),
        // The SDK is bundled (its DynamoDB protocol code is inside), never imported at run time.
        sdkBundled: code.includes('DynamoDB_20120810'),
        sdkImported: /\bimport\s*[^;"']*?from\s*["']@aws-sdk\/|\bimport\(\s*["']@aws-sdk\//.test(code),
        // Minified: long lines. (Line count alone misleads: exceljs keeps multi-line XML templates.)
        minified: code.length / code.split('\n').length > 1000,
        sourceMapLinked: /\/\/# sourceMappingURL=index\.mjs\.map\s*$/.test(code),
      }).toEqual({
        dir,
        requireShim: true,
        esmHandlerExport: true,
        sdkBundled: true,
        sdkImported: false,
        minified: true,
        sourceMapLinked: true,
      });
      expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
    }
  });
});

describe('notifications', () => {
  it('feed the notifier from the stream: partial failures, bisect, bounded retries, an SQS destination, audit inserts only', () => {
    const [, mapping] = Object.entries(resources('AWS::Lambda::EventSourceMapping')).find(
      ([, m]) => m.Properties.EventSourceArn['Fn::GetAtt']?.[1] === 'StreamArn',
    )!;
    const p = mapping.Properties;
    expect(p.FunctionName).toEqual({ Ref: synth.logicalId(synth.stack.notifications.notifier.fn) });
    expect(p.EventSourceArn).toEqual({ 'Fn::GetAtt': [synth.logicalId(synth.stack.data.table), 'StreamArn'] });
    expect(p.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(p.BisectBatchOnFunctionError).toBe(true);
    expect(p.MaximumRetryAttempts).toBe(5);
    expect(p.BatchSize).toBe(25);
    expect(p.MaximumRecordAgeInSeconds).toBeGreaterThan(0);
    expect(['LATEST', 'TRIM_HORIZON']).toContain(p.StartingPosition);
    expect(p.DestinationConfig).toEqual({
      OnFailure: {
        Destination: { 'Fn::GetAtt': [synth.logicalId(synth.stack.notifications.notifierFailures), 'Arn'] },
      },
    });
    expect(p.FilterCriteria.Filters).toHaveLength(1);
    expect(JSON.parse(p.FilterCriteria.Filters[0].Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { type: { S: ['AUDIT'] } } },
    });
  });

  it('replays what the stream gave up on from its queue, once an operator turns that on', () => {
    const queue = synth.logicalId(synth.stack.notifications.notifierFailures);
    const replays = Object.values(resources('AWS::Lambda::EventSourceMapping')).filter(
      (m) => m.Properties.EventSourceArn['Fn::GetAtt']?.[0] === queue,
    );
    expect(replays).toHaveLength(1);
    expect(replays[0]!.Properties).toMatchObject({
      FunctionName: { Ref: synth.logicalId(synth.stack.notifications.notifier.fn) },
      Enabled: false,
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    // Hidden while the notifier works on a message: longer than its timeout.
    const notifier = resources('AWS::Lambda::Function')[synth.logicalId(synth.stack.notifications.notifier.fn)]!;
    expect(resources('AWS::SQS::Queue')[queue]!.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(
      6 * notifier.Properties.Timeout,
    );
  });

  it('keeps failures in KMS-encrypted, TLS-only queues', () => {
    const queues = resources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(4);
    for (const queue of Object.values(queues)) expect(queue.Properties.KmsMasterKeyId).toBeDefined();
    for (const policy of Object.values(resources('AWS::SQS::QueuePolicy'))) {
      expect(policy.Properties.PolicyDocument.Statement).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      );
    }
  });

  it('run the reminders daily at 09:00 Hong Kong time (01:00 UTC), with retries and a dead-letter queue', () => {
    const [, rule] = Object.entries(resources('AWS::Events::Rule')).find(([id]) => id.includes('DailyAt0900'))!;
    expect(rule.Properties.ScheduleExpression).toBe('cron(0 1 * * ? *)');
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [synth.logicalId(synth.stack.notifications.reminders.fn), 'Arn'] },
        DeadLetterConfig: {
          Arn: { 'Fn::GetAtt': [synth.logicalId(synth.stack.notifications.reminderFailures), 'Arn'] },
        },
      }),
    ]);
    const reminders = resources('AWS::Lambda::Function')[synth.logicalId(synth.stack.notifications.reminders.fn)]!;
    expect(reminders.Properties.DeadLetterConfig).toBeDefined();
  });

  it('run the daily lifecycle job at 00:05 Hong Kong time (16:05 UTC), with retries and a dead-letter queue', () => {
    const { job, failures } = synth.stack.dailyLifecycle;
    const [, rule] = Object.entries(resources('AWS::Events::Rule')).find(([id]) => id.includes('DailyAt0005'))!;
    expect(rule.Properties.ScheduleExpression).toBe('cron(5 16 * * ? *)');
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [synth.logicalId(job.fn), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [synth.logicalId(failures), 'Arn'] } },
      }),
    ]);
    expect(resources('AWS::Lambda::Function')[synth.logicalId(job.fn)]!.Properties.DeadLetterConfig).toBeDefined();
  });

  it('alarm on errors, dead letters and stream lag, to an encrypted topic', () => {
    const alarms = Object.values(resources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThanOrEqual(FUNCTION_GROUPS.length + 3 + 3);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
    const [, topic] = only('AWS::SNS::Topic');
    expect(topic.Properties.KmsMasterKeyId).toBeDefined();
  });

  it('re-drive failed emails every minute, with a dead-letter queue that is alarmed', () => {
    const { redrive, redriveFailures } = synth.stack.notifications;
    const [, rule] = Object.entries(resources('AWS::Events::Rule')).find(([id]) => id.includes('RedriveEveryMinute'))!;
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 minute)');
    expect(rule.Properties.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [synth.logicalId(redrive.fn), 'Arn'] });
    const fn = resources('AWS::Lambda::Function')[synth.logicalId(redrive.fn)]!;
    expect(fn.Properties.DeadLetterConfig.TargetArn).toEqual({
      'Fn::GetAtt': [synth.logicalId(redriveFailures), 'Arn'],
    });
    const queueAlarm = Object.values(resources('AWS::CloudWatch::Alarm')).find((a) =>
      JSON.stringify(a.Properties.Dimensions ?? []).includes(synth.logicalId(redriveFailures)),
    );
    expect(queueAlarm).toBeDefined();
  });

  it('probe GET /health/ready every minute through the system function, and alarm when it keeps failing', () => {
    const [, probe] = Object.entries(resources('AWS::Events::Rule')).find(([id]) => id.includes('ReadinessProbe'))!;
    expect(probe.Properties.ScheduleExpression).toBe('rate(1 minute)');
    const [target] = probe.Properties.Targets;
    expect(target.Arn).toEqual({ 'Fn::GetAtt': [synth.logicalId(synth.stack.apiFunction('system').fn), 'Arn'] });
    expect(JSON.parse(target.Input)).toMatchObject({ routeKey: 'GET /health/ready', rawPath: '/health/ready' });
    const [, filter] = only('AWS::Logs::MetricFilter');
    expect(filter.Properties.FilterPattern).toContain('Readiness check failed');
    const metric = filter.Properties.MetricTransformations[0];
    const alarm = Object.values(resources('AWS::CloudWatch::Alarm')).find(
      (a) => a.Properties.MetricName === metric.MetricName && a.Properties.Namespace === metric.MetricNamespace,
    );
    expect(alarm?.Properties).toMatchObject({ Threshold: 3, Period: 300, AlarmActions: [expect.anything()] });
  });
});

describe('SES (mail stack)', () => {
  it('has a configuration set suppressing bounces and complaints, with reputation metrics and TLS required', () => {
    synth.mailTemplate.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: synth.settings.sesConfigurationSetName,
      SuppressionOptions: { SuppressedReasons: Match.arrayEquals(['BOUNCE', 'COMPLAINT']) },
      ReputationOptions: { ReputationMetricsEnabled: true },
      DeliveryOptions: Match.objectLike({ TlsPolicy: 'REQUIRE' }),
    });
  });

  it('has a DKIM-signed identity for the sender domain, using the configuration set', () => {
    synth.mailTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: synth.settings.senderDomain,
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
  });

  it('is in the SES region and deployed before the application stack', () => {
    expect(synth.mailStack.region).toBe(synth.settings.sesRegion);
    expect(synth.stack.region).toBe('ap-east-1');
    expect(synth.stack.dependencies).toContain(synth.mailStack);
  });
});

describe('identity', () => {
  it('has the four role groups', () => {
    const groups = Object.values(resources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...ROLES].sort());
  });

  it('requires MFA, a strong password, threat protection; no self sign-up; retained', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    const p = pool.Properties;
    expect(p.MfaConfiguration).toBe('ON');
    expect(p.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(p.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(p.Policies.PasswordPolicy).toMatchObject({
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(p.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
    expect(p.UserPoolTier).toBe('PLUS');
    expect(p.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    expect(p.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('has the mutable custom attributes institutionId and staffId', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    for (const name of CUSTOM_ATTRIBUTES) {
      expect(pool.Properties.Schema).toEqual(
        expect.arrayContaining([expect.objectContaining({ Name: name, AttributeDataType: 'String', Mutable: true })]),
      );
    }
  });

  it('gives the console a public SRP + authorization-code client that reads but cannot write the custom attributes', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    const p = client.Properties;
    expect(p.GenerateSecret).toBe(false);
    expect(p.ExplicitAuthFlows).toEqual(expect.arrayContaining(['ALLOW_USER_SRP_AUTH']));
    expect(p.ExplicitAuthFlows).not.toEqual(expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH']));
    expect(p.AllowedOAuthFlows).toEqual(['code']);
    expect(p.CallbackURLs).toEqual([
      {
        'Fn::Join': [
          '',
          [
            'https://',
            { 'Fn::GetAtt': [synth.logicalId(synth.stack.console.distribution), 'DomainName'] },
            '/auth/callback',
          ],
        ],
      },
    ]);
    for (const name of CUSTOM_ATTRIBUTES) {
      expect(p.ReadAttributes).toContain(`custom:${name}`);
      expect(p.WriteAttributes).not.toContain(`custom:${name}`);
    }
    // The ID token carries the user's locale: a coordinator's emails are in it until they choose a language.
    expect(p.ReadAttributes).toContain('locale');
  });
});

describe('outputs', () => {
  it('name the API URL, user pool, client and table', () => {
    const outputs = synth.template.findOutputs('*');
    for (const name of ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName']) expect(outputs[name]).toBeDefined();
  });
});

describe('cdk-nag', () => {
  it('finds nothing unacknowledged in AwsSolutions and HIPAA.Security', () => {
    const violations = synth.violations();
    expect(Object.keys(violations).sort()).toEqual(['AwsSolutions', 'HIPAA.Security']);
    const summary = Object.entries(violations).flatMap(([pack, list]) =>
      list.map((v) => `${pack}: ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`),
    );
    expect(summary).toEqual([]);
    expect(synth.validationReport().pluginReports.filter((r) => (r.violations ?? []).length > 0)).toEqual([]);
  });

  it('leaves no error annotation on either stack', () => {
    for (const stack of [synth.stack, synth.mailStack]) {
      expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
      expect(
        Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*|HIPAA.Security-.*')),
      ).toEqual([]);
    }
  });

  it('acknowledges only the reviewed rules, each with a reason, recorded in the template', () => {
    const acknowledged = new Map<string, Set<string>>();
    for (const resource of Object.values(
      synth.template.toJSON().Resources as Record<
        string,
        { Metadata?: { cdk_nag?: { rules_to_suppress: { id: string; reason: string }[] } } }
      >,
    )) {
      for (const rule of resource.Metadata?.cdk_nag?.rules_to_suppress ?? []) {
        expect(rule.reason.length).toBeGreaterThanOrEqual(40);
        if (!acknowledged.has(rule.id)) acknowledged.set(rule.id, new Set());
        acknowledged.get(rule.id)!.add(rule.reason);
      }
    }
    // A new acknowledgement is a security decision: add it here on purpose, with its review.
    expect([...acknowledged.keys()].sort()).toEqual(
      [
        'AwsSolutions-APIG4',
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
        'AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions-SQS3',
        'HIPAA.Security-IAMNoInlinePolicy',
        'HIPAA.Security-LambdaDLQ',
        'HIPAA.Security-LambdaInsideVPC',
        // The console's hosting (infra/constructs/console-hosting.ts, README "Compliance"): buckets of
        // static files and logs, the distribution, and CDK's deploy-time copier.
        'AwsSolutions-S1',
        'HIPAA.Security-S3BucketLoggingEnabled',
        'HIPAA.Security-S3BucketReplicationEnabled',
        'HIPAA.Security-S3DefaultEncryptionKMS',
        'AwsSolutions-CFR1',
        'AwsSolutions-CFR2',
        'AwsSolutions-CFR4',
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'AwsSolutions-IAM5[Action::s3:Abort*]',
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-ap-east-1/*]',
        `AwsSolutions-IAM5[Resource::<${synth.logicalId(synth.stack.console.bucket)}.Arn>/*]`,
        // The batch function's grant on the uploads' prefix (infra/constructs/import-uploads.ts).
        `AwsSolutions-IAM5[Resource::<${synth.logicalId(synth.stack.uploads.bucket)}.Arn>/imports/*]`,
        'AwsSolutions-L1',
        'HIPAA.Security-LambdaConcurrency',
        // Written by CDK itself on the console's log bucket: CloudFront log delivery needs its ACL.
        'CloudFormation-Validate::W3045',
      ].sort(),
    );
    // The public routes are exactly the ones the route table marks as not needing a JWT.
    const apig4 = [...acknowledged.get('AwsSolutions-APIG4')!].map((reason) => reason.split(':')[0]).sort();
    expect(apig4).toEqual(
      routes
        .filter((r) => r.auth !== 'jwt')
        .map(routeKey)
        .sort(),
    );
    // Resource::* only ever covers the actions that have no resource-level permissions.
    for (const reason of acknowledged.get('AwsSolutions-IAM5[Resource::*]')!) {
      const listed = /^Only (.+) are granted on "\*"/.exec(reason)![1]!.split(', ');
      for (const action of listed) {
        expect([
          'xray:PutTraceSegments',
          'xray:PutTelemetryRecords',
          'dynamodb:ListStreams',
          'ses:GetSuppressedDestination',
        ]).toContain(action);
      }
    }
  });
});
