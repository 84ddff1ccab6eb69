/**
 * Where large spreadsheet uploads wait to be imported: a private bucket the browser posts to
 * with a presigned form from the batch function (a file too big to travel inside an API request),
 * which the batch function then reads and deletes once the import is committed. Objects are
 * personal data: encrypted with the data key, and gone after a day whatever happens.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../compliance';

/** Object keys the batch function writes under (shared/repository/uploads.ts). */
const PREFIX = 'imports/*';

export interface ImportUploadsProps {
  /** The console's origin (no path): the only one allowed to post from a browser. */
  readonly consoleUrl: string;
  readonly encryptionKey: kms.IKey;
  readonly accessLogs: s3.IBucket;
}

export class ImportUploads extends Construct {
  readonly bucket: s3.Bucket;
  private readonly key: kms.IKey;

  /**
   * The bucket's name follows from the account and region, so the console's Content-Security-Policy
   * can name its origin without a reference to it (the bucket's CORS names the console: a cycle).
   */
  static bucketName(stack: Stack): string {
    return `tec-uploads-${stack.account}-${stack.region}`;
  }

  /** The origin the browser posts to (virtual-hosted style, as the SDK presigns it). */
  static origin(stack: Stack): string {
    return `https://${ImportUploads.bucketName(stack)}.s3.${stack.region}.amazonaws.com`;
  }

  constructor(scope: Construct, id: string, props: ImportUploadsProps) {
    super(scope, id);
    this.key = props.encryptionKey;
    this.bucket = new s3.Bucket(this, 'Bucket', {
      bucketName: ImportUploads.bucketName(Stack.of(this)),
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      bucketKeyEnabled: true,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        {
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      cors: [
        {
          allowedMethods: [s3.HttpMethods.POST],
          allowedOrigins: [props.consoleUrl],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });
    acknowledge(
      this.bucket,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Not replicated: uploads are transient copies of a spreadsheet, imported within minutes and expired after a day; the imported rows live in the replicated, backed-up table.',
    );
  }

  /**
   * The batch function presigns forms (the post is made with its role's credentials, so it needs
   * PutObject), then reads and removes uploads: those three actions on the uploads' prefix, and
   * the key only through S3.
   */
  grantImporter(fn: lambda.Function): void {
    const policy = fn.grantPrincipal;
    policy.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ImportUploads',
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [this.bucket.arnForObjects(PREFIX)],
      }),
    );
    policy.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ImportUploadsKeyViaS3',
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );
    fn.addEnvironment('UPLOAD_BUCKET', this.bucket.bucketName);
    if (fn.role)
      acknowledge(
        fn.role,
        `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/${PREFIX}]`,
        'Each import upload is its own object under imports/<programme>/<upload id>, made at run time; the grant is confined to that prefix of the uploads bucket.',
      );
  }
}
