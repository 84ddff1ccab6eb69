/**
 * The web console's hosting: a private S3 bucket behind CloudFront (origin access control, no
 * public access), HTTPS only, strict security headers, and every unknown path answered with the
 * app's index.html (a single-page app routes in the browser: /placements/… links in emails open).
 *
 * The deployment uploads the built console (`console/dist`, made by `npm run build:console`) and
 * writes its runtime `config.json` (API URL, Cognito issuer, app client id, hosted sign-out URL),
 * so one build serves every stage. Synth does not need the build: when `console/dist` is missing
 * (tests, a fresh clone) the upload is a placeholder page saying so, with a synth warning, and
 * `cdk deploy` of that is a visible mistake rather than a failure of every synth.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, type CfnResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge } from '../compliance';
import { contentSecurityPolicy, type ConsoleRuntimeConfig } from '../console-policy';

export type { ConsoleRuntimeConfig } from '../console-policy';

/** Where `npm run build:console` writes the app (console/vite.config.mts). */
export const CONSOLE_DIST = join(__dirname, '..', '..', 'console', 'dist');

export interface ConsoleHostingProps {
  /**
   * Origins the console may call (connect-src) besides itself: the API and the identity
   * provider's endpoints. Plain strings, not tokens of the API: the API's CORS names this
   * distribution, so a reference back would be a dependency cycle.
   */
  readonly connectOrigins: string[];
  /** Where the browser goes to sign in and out (form-action): the Cognito hosted domain. */
  readonly signInOrigin: string;
  /** Override the build directory (tests). */
  readonly distDirectory?: string;
}

export class ConsoleHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly logs: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly headers: cloudfront.ResponseHeadersPolicy;
  /** https://xxxx.cloudfront.net */
  readonly url: string;
  /** Whether the built console was found at synth. */
  readonly built: boolean;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);

    this.logs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      // CloudFront standard logs are delivered with an ACL.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.logs,
      'AwsSolutions-S1',
      'This is the access-log bucket of the console bucket and distribution; logging it into itself would loop.',
    );
    acknowledge(
      this.logs,
      'HIPAA.Security-S3BucketLoggingEnabled',
      'This is the access-log bucket of the console bucket and distribution; logging it into itself would loop.',
    );
    this.acknowledgeStaticContent(this.logs, 'access logs kept 365 days');

    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.acknowledgeStaticContent(this.bucket, 'the built web app, rebuilt from the repository on every deployment');

    this.headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Talent Exchange console: strict CSP and security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=()',
            override: true,
          },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    const origin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Talent Exchange web console',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
      },
      additionalBehaviors: {
        // Read at every start, and changed by every deployment: never cached.
        '/config.json': {
          origin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          responseHeadersPolicy: this.headers,
        },
      },
      // The app's own paths (/placements/…) are not objects: S3 answers 403 (no ListBucket), so
      // both become the app, which routes in the browser and shows its own "not found".
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
    });
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: staff sign in from Hong Kong, Guangdong and wherever they travel; every page needs a Cognito sign-in with MFA and the content is the public app code.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'No WAF on the console distribution: it serves only static app files (no forms, no personal data); the API it calls has its own throttling and JWT authorizer.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'The distribution uses its default *.cloudfront.net certificate, whose security policy CloudFront fixes; a custom domain with an ACM certificate (and TLSv1.2_2021) is a deployment choice outside this stack.',
    );
    this.url = `https://${this.distribution.distributionDomainName}`;
    this.built = existsSync(join(props.distDirectory ?? CONSOLE_DIST, 'index.html'));
  }

  /**
   * Upload the app and write its runtime configuration; call once the API and identity exist.
   * Two uploads, so that nothing needs invalidating: the content-hashed files under assets/ are
   * cached for a year, index.html and config.json are revalidated on every load. Neither prunes,
   * so a browser still running the previous build finds its chunks.
   */
  deploy(config: ConsoleRuntimeConfig, directory = CONSOLE_DIST): void {
    if (!this.built)
      Annotations.of(this).addWarningV2(
        'talent-exchange:console-not-built',
        `${directory} has no index.html: the deployment will serve a placeholder page. Run npm run build:console before cdk deploy.`,
      );
    if (this.built)
      new s3deploy.BucketDeployment(this, 'DeployAssets', {
        destinationBucket: this.bucket,
        sources: [s3deploy.Source.asset(directory, { exclude: ['index.html'] })],
        cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
        prune: false,
        memoryLimit: 512,
      });
    const index = this.built
      ? s3deploy.Source.asset(directory, { exclude: ['*', '!index.html'] })
      : s3deploy.Source.data(
          'index.html',
          '<!doctype html><html lang="en"><meta charset="utf-8"><title>Talent Exchange</title>' +
            '<p>The console was not built when this stack was synthesized: run <code>npm run build:console</code> and deploy again.</p></html>',
        );
    new s3deploy.BucketDeployment(this, 'DeployEntry', {
      destinationBucket: this.bucket,
      sources: [index, s3deploy.Source.jsonData('config.json', config)],
      cacheControl: [s3deploy.CacheControl.noCache()],
      prune: false,
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentHandler();
  }

  private acknowledgeStaticContent(bucket: IConstruct, what: string) {
    acknowledge(
      bucket,
      'HIPAA.Security-S3BucketReplicationEnabled',
      `Not replicated: it holds ${what}, no personal data; versioning keeps earlier copies.`,
    );
    acknowledge(
      bucket,
      'HIPAA.Security-S3DefaultEncryptionKMS',
      `S3-managed encryption: it holds ${what}, no personal data (CloudFront log delivery and OAC need no key grants).`,
    );
  }

  /** CDK's bucket-deployment function (one per stack): a deploy-time copier, not part of the application. */
  private acknowledgeDeploymentHandler() {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('The bucket deployment function was not found');
    const reason = (what: string) =>
      `CDK's BucketDeployment function runs only during deployment, to copy the built console into its bucket: ${what}`;
    const site = `<${stack.getLogicalId(this.bucket.node.defaultChild as CfnResource)}.Arn>/*`;
    const assets = `arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*`;
    for (const finding of [
      'Action::s3:GetObject*',
      'Action::s3:GetBucket*',
      'Action::s3:List*',
      'Action::s3:DeleteObject*',
      'Action::s3:Abort*',
      `Resource::${assets}`,
      `Resource::${site}`,
    ])
      acknowledge(
        handler,
        `AwsSolutions-IAM5[${finding}]`,
        reason(
          'CDK grants it read of the CDK asset bucket and write of the console bucket, objects of those two buckets only.',
        ),
      );
    acknowledge(
      handler,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason('its CDK-made role has the basic execution policy for its own logs.'),
    );
    acknowledge(handler, 'AwsSolutions-L1', reason('its runtime is chosen by the CDK release and moves with it.'));
    acknowledge(
      handler,
      'HIPAA.Security-IAMNoInlinePolicy',
      reason('CDK generates its grants as its role\u2019s inline policy.'),
    );
    acknowledge(
      handler,
      'HIPAA.Security-LambdaConcurrency',
      reason('CloudFormation invokes it once per deployment; it needs no reserved concurrency.'),
    );
    acknowledge(
      handler,
      'HIPAA.Security-LambdaDLQ',
      reason('CloudFormation invokes it synchronously and reports a failure as a failed deployment.'),
    );
    acknowledge(handler, 'HIPAA.Security-LambdaInsideVPC', reason('it calls only the S3 API, over TLS with IAM.'));
  }
}
