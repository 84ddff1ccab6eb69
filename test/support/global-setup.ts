/**
 * Starts what the tests need, once per `npm test`: DynamoDB Local (in memory) and the local SES,
 * on free ports, plus a local JWT signing key. Workers inherit the endpoints through the
 * environment; each test file then creates its own table (harness.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoLocal } from '../../local/dynamodb-local';
import { startSesLocal } from '../../local/ses-local';
import { LOCAL_CREDENTIALS, LOCAL_UPLOAD_BUCKET, startS3Local } from '../../local/s3-local';
import { loadOrCreateKey } from '../../local/jwt';
import { freePort } from '../../local/ports';

export default async function globalSetup(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dir = mkdtempSync(join(tmpdir(), 'talent-exchange-test-'));
  const [dynamo, ses, s3] = await Promise.all([
    startDynamoLocal({ port: await freePort() }),
    startSesLocal(0),
    // Browser tests post uploads from their own console origin: any local origin may post here.
    startS3Local({ port: 0, bucket: LOCAL_UPLOAD_BUCKET, allowedOrigins: ['*'], credentials: LOCAL_CREDENTIALS }),
  ]);
  const keyFile = join(dir, 'jwt-key.json');
  await loadOrCreateKey(keyFile);
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.SES_ENDPOINT = ses.endpoint;
  process.env.S3_ENDPOINT = s3.endpoint;
  process.env.UPLOAD_BUCKET = s3.bucket;
  process.env.LOCAL_JWT_KEY_FILE = keyFile;
  process.env.AWS_REGION = 'ap-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'local';
  process.env.AWS_SECRET_ACCESS_KEY = 'local';
  (globalThis as { __localServices?: unknown }).__localServices = { dynamo, ses, s3 };
}
