/**
 * The guard rails: a new unacknowledged cdk-nag finding fails the synth, nothing but the
 * unscopable actions may be granted on "*", Scan is never granted, acknowledgements need reasons,
 * and bad deployment settings are refused. One synth (unbundled), the rest is construction only.
 */
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { buildApp } from '../../infra/build-app';
import { acknowledge } from '../../infra/compliance';
import { tableDefinition } from '../../shared/table';
import { DataTable } from '../../infra/constructs/data-table';
import { grantTableAccess, type TableAction } from '../../infra/constructs/table-access';
import { readSettings } from '../../infra/settings';
import { synthesize } from './synth-app';

describe('a synth with a new finding', () => {
  let failure: Error | undefined;
  let built: ReturnType<typeof buildApp> | undefined;

  beforeAll(() => {
    try {
      synthesize({
        bundle: false,
        modify: (app) => {
          built = app;
          // A queue with neither a KMS key of ours nor TLS enforcement.
          new sqs.Queue(app.stack, 'UnreviewedQueue');
        },
      });
    } catch (error) {
      failure = error as Error;
    }
  }, 120_000);

  it('fails', () => {
    expect(failure).toBeDefined();
  });

  it('names the unacknowledged cdk-nag rules and where they are', () => {
    expect(failure!.message).toMatch(/AwsSolutions-SQS4/);
    expect(failure!.message).toMatch(/TalentExchange\/UnreviewedQueue/);
  });

  it('refuses a grant on "*" even where Resource::* is acknowledged for X-Ray', () => {
    const staff = built!.stack.apiFunction('staff');
    expect(staff.node.validate()).toEqual([]);
    staff.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:Scan'], resources: ['*'] }));
    expect(staff.node.validate()).toEqual(['dynamodb:Scan is granted on every resource ("*"): name the resources']);
  });
});

describe('grantTableAccess', () => {
  const setup = () => {
    const stack = new Stack(new App(), 'Guard', { env: { region: 'ap-east-1' } });
    const data = new DataTable(stack, 'Data', { encryptionKey: new kms.Key(stack, 'Key') });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    return { data, role };
  };

  it('refuses Scan and wildcards', () => {
    const { data, role } = setup();
    expect(() => grantTableAccess(role, data, ['dynamodb:Scan' as TableAction])).toThrow(/Refusing/);
    expect(() => grantTableAccess(role, data, ['dynamodb:*' as TableAction])).toThrow(/Refusing/);
  });

  it('grants reads on the table and each named index, writes on the table only', () => {
    const { data, role } = setup();
    grantTableAccess(role, data, ['dynamodb:Query', 'dynamodb:PutItem']);
    const document = Stack.of(role).resolve((role.node.findChild('DefaultPolicy') as iam.Policy).document);
    const [read, write] = document.Statement;
    expect(read.Action).toBe('dynamodb:Query');
    expect(read.Resource).toHaveLength(1 + tableDefinition.globalSecondaryIndexes.length);
    expect(JSON.stringify(read.Resource)).not.toContain('index/*');
    expect(write.Action).toBe('dynamodb:PutItem');
    expect(write.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^DataTable/), 'Arn'] });
  });
});

describe('acknowledge', () => {
  it('needs a cdk-nag rule id and a real reason', () => {
    const stack = new Stack(new App(), 'Ack');
    expect(() => acknowledge(stack, 'AwsSolutions-SQS3', 'ok')).toThrow(/real reason/);
    expect(() => acknowledge(stack, 'Whatever', 'a'.repeat(80))).toThrow(/Not a cdk-nag rule id/);
    expect(() => acknowledge(stack, 'AwsSolutions-IAM5[Resource::*]', 'a'.repeat(80))).not.toThrow();
  });
});

describe('deployment settings', () => {
  const settings = (context: Record<string, unknown>) => readSettings(new App({ context }).node);

  it('default to an offline-synthesizable configuration in ap-east-1', () => {
    expect(settings({})).toMatchObject({
      region: 'ap-east-1',
      sesRegion: 'ap-southeast-1',
      mailFrom: 'exchange@talent-exchange.example.org',
    });
  });

  it('refuse a sender address outside the sender domain, a console URL with a path, an unknown retention', () => {
    expect(() => settings({ senderDomain: 'a.example', mailFrom: 'x@b.example' })).toThrow(/senderDomain/);
    expect(() => settings({ consoleUrl: 'https://console.example/app' })).toThrow(/consoleUrl/);
    expect(() => settings({ consoleUrl: 'http://console.example' })).toThrow(/consoleUrl/);
    expect(() => settings({ logRetentionDays: 42 })).toThrow(/logRetentionDays/);
  });
});
