/**
 * The console's hosting: a private bucket read only by its CloudFront distribution (origin
 * access control), HTTPS only, strict security headers, the app for every path, and the runtime
 * configuration written at deploy. Template only (functions not bundled); synth needs no build
 * of the console.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { ConsoleHosting } from '../../infra/constructs/console-hosting';
import { synthesize, type Synthesized } from './synth-app';

let synth: Synthesized;
let custom: Synthesized;

beforeAll(() => {
  synth = synthesize({ bundle: false });
  custom = synthesize({
    bundle: false,
    context: { consoleUrl: 'https://console.exchange.ha.example', apiUrl: 'https://api.exchange.ha.example/v1' },
  });
}, 240_000);
afterAll(() => {
  synth?.dispose();
  custom?.dispose();
});

const only = (s: Synthesized, type: string) => {
  const found = Object.values(s.template.findResources(type));
  expect(found).toHaveLength(1);
  return found[0]!.Properties;
};
/** A template value as it reads after deployment: joins joined, references as ${Name}. */
type TemplateValue = string | { 'Fn::Join'?: [string, TemplateValue[]]; Ref?: string };
const rendered = (value: TemplateValue): string =>
  typeof value === 'string'
    ? value
    : value['Fn::Join']
      ? value['Fn::Join'][1].map(rendered).join(value['Fn::Join'][0])
      : value.Ref
        ? `\${${value.Ref}}`
        : JSON.stringify(value);
const cspOf = (s: Synthesized) =>
  rendered(
    only(s, 'AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig.SecurityHeadersConfig
      .ContentSecurityPolicy.ContentSecurityPolicy,
  );

describe('the console bucket', () => {
  it('is private, encrypted, TLS-only and read by CloudFront through origin access control only', () => {
    const buckets = synth.template.findResources('AWS::S3::Bucket');
    const site = buckets[synth.logicalId(synth.stack.console.bucket)]!.Properties;
    expect(site.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(site.BucketEncryption).toBeDefined();
    expect(site.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: synth.logicalId(synth.stack.console.logs) });
    const oac = only(synth, 'AWS::CloudFront::OriginAccessControl').OriginAccessControlConfig;
    expect(oac).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const policies = Object.values(synth.template.findResources('AWS::S3::BucketPolicy')).map((p) => p.Properties);
    const sitePolicy = policies.find(
      (p) => JSON.stringify(p.Bucket) === JSON.stringify({ Ref: synth.logicalId(synth.stack.console.bucket) }),
    )!;
    const statements = sitePolicy.PolicyDocument.Statement as {
      Effect: string;
      Principal?: unknown;
      Condition?: unknown;
    }[];
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    ]);
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]),
    );
  });
});

describe('the distribution', () => {
  it('redirects to HTTPS, answers every app path with index.html and never caches config.json', () => {
    const config = only(synth, 'AWS::CloudFront::Distribution').DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.CustomErrorResponses).toEqual(
      [403, 404].map((code) => ({
        ErrorCode: code,
        ResponseCode: 200,
        ResponsePagePath: '/index.html',
        ErrorCachingMinTTL: 0,
      })),
    );
    const configBehaviour = config.CacheBehaviors.find(
      (b: { PathPattern: string }) => b.PathPattern === '/config.json',
    );
    expect(configBehaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(configBehaviour.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
    expect(config.Logging.Bucket).toBeDefined();
  });

  it('sends a strict Content-Security-Policy that allows only the app, the API, Cognito and the uploads bucket', () => {
    const csp = cspOf(synth);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const connect = /connect-src ([^;]+)/.exec(csp)![1]!.split(' ');
    expect(connect).toEqual([
      "'self'",
      'https://*.execute-api.ap-east-1.amazonaws.com',
      'https://cognito-idp.ap-east-1.amazonaws.com',
      'https://talent-exchange-coordinator.auth.ap-east-1.amazoncognito.com',
      // The uploads bucket, named by account and region (the account is known at deployment).
      'https://tec-uploads-${AWS::AccountId}-ap-east-1.s3.ap-east-1.amazonaws.com',
    ]);
    const headers = only(synth, 'AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig
      .SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
    expect(headers.ContentTypeOptions.Override).toBe(true);
  });

  it('names exactly the API when apiUrl is set', () => {
    const connect = /connect-src ([^;]+)/.exec(cspOf(custom))![1]!.split(' ');
    expect(connect).toContain('https://api.exchange.ha.example');
    expect(connect.join(' ')).not.toContain('execute-api');
  });
});

describe('the console URL and runtime configuration', () => {
  it('defaults consoleUrl to the distribution (outputs, emails) and follows the setting when given', () => {
    const distribution = synth.logicalId(synth.stack.console.distribution);
    expect(synth.template.toJSON().Outputs.ConsoleUrl.Value).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }]],
    });
    const fn = synth.template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { CONSOLE_URL: Match.anyValue() } } },
    });
    expect(Object.keys(fn).length).toBeGreaterThan(0);
    for (const f of Object.values(fn))
      expect(JSON.stringify(f.Properties.Environment.Variables.CONSOLE_URL)).toContain(distribution);
    expect(custom.template.toJSON().Outputs.ConsoleUrl.Value).toBe('https://console.exchange.ha.example');
    // Cognito accepts the console's callback and the page it shows after signing out.
    const client = Object.values(custom.template.findResources('AWS::Cognito::UserPoolClient'))[0]!.Properties;
    expect(client.CallbackURLs).toEqual(['https://console.exchange.ha.example/auth/callback']);
    expect(client.LogoutURLs).toEqual(expect.arrayContaining(['https://console.exchange.ha.example/signed-out']));
  });

  it('writes config.json at deploy with the API URL, the user pool issuer and the console client, and synthesizes without a built console', () => {
    const deployments = Object.values(synth.template.findResources('Custom::CDKBucketDeployment')).map(
      (d) => d.Properties,
    );
    // config.json is the source with deploy-time values (markers the deployment fills in).
    const entry = deployments.find((d) => JSON.stringify(d.SourceMarkers ?? []).includes('marker'))!;
    const text = JSON.stringify(entry.SourceMarkers);
    expect(text).toContain(synth.logicalId(synth.stack.api.httpApi)); // apiUrl
    expect(text).toContain(synth.logicalId(synth.stack.identity.userPool)); // authority
    expect(text).toContain(synth.logicalId(synth.stack.identity.consoleClient)); // clientId
    expect(entry.SystemMetadata['cache-control']).toBe('no-cache');
    if (!synth.stack.console.built)
      expect(
        Annotations.fromStack(synth.stack).findWarning('*', Match.stringLikeRegexp('placeholder page')).length,
      ).toBe(1);
  });

  it('uploads a built console: hashed assets cached for a year, index.html and config.json revalidated', () => {
    const dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
    try {
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
      const stack = new Stack(new App(), 'Hosting', { env: { region: 'ap-east-1' } });
      const hosting = new ConsoleHosting(stack, 'Console', {
        connectOrigins: ['https://api.example'],
        signInOrigin: 'https://auth.example',
        distDirectory: dist,
      });
      expect(hosting.built).toBe(true);
      hosting.deploy({ apiUrl: 'https://api.example', authority: 'https://idp.example', clientId: 'abc' }, dist);
      const deployments = Object.values(Template.fromStack(stack).findResources('Custom::CDKBucketDeployment')).map(
        (d) => d.Properties,
      );
      expect(deployments).toHaveLength(2);
      expect(deployments.map((d) => d.SystemMetadata['cache-control']).sort()).toEqual([
        'no-cache',
        'public, max-age=31536000, immutable',
      ]);
      expect(deployments.every((d) => d.Prune === false)).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
