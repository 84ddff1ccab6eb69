/**
 * A local stand-in for the one S3 bucket the system uses: large spreadsheet uploads. The browser
 * posts a file straight to it with a presigned POST form (as it does to S3 in AWS), and the batch
 * function reads, measures and deletes the object with the AWS SDK (path-style requests).
 *
 * It is as strict as S3 where it matters to the upload: the policy's signature (SigV4 with the
 * local credentials), its expiry, every form field covered by a condition, and the
 * `content-length-range` (a file over the limit is refused with EntityTooLarge and never stored).
 * Objects live in memory; uploads are transient (the real bucket expires them after a day).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** The bucket's name locally, and the credentials every local client signs with. */
export const LOCAL_UPLOAD_BUCKET = 'talent-exchange-uploads';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export interface RunningS3 {
  endpoint: string;
  port: number;
  bucket: string;
  stop(): Promise<void>;
}

export interface S3LocalOptions {
  port: number;
  bucket: string;
  /** Origins allowed to post from a browser (the bucket's CORS rule in AWS). */
  allowedOrigins: string[];
  credentials: { accessKeyId: string; secretAccessKey: string };
}

interface StoredObject {
  body: Buffer;
  contentType: string;
  lastModified: Date;
}

/** A form post larger than this is cut off before it is read (S3's own limit for POST is 5 GB). */
const MAX_FORM_BYTES = 64 * 1024 * 1024;

const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function s3Error(res: ServerResponse, status: number, code: string, message: string, cors: Record<string, string>) {
  res.writeHead(status, { 'content-type': 'application/xml', ...cors });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`,
  );
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** The SigV4 signature of a POST policy (the key is derived from the credential's date, region and service). */
export function policySignature(secretAccessKey: string, credential: string, policy: string): string {
  const [, date = '', region = '', service = ''] = credential.split('/');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request');
  return createHmac('sha256', key).update(policy, 'utf8').digest('hex');
}

type Condition = Record<string, string> | [string, ...unknown[]];

/** Checks the form against its policy as S3 does; returns the refusal, or undefined when it holds. */
function checkPolicy(
  fields: Map<string, string>,
  policy: { expiration?: string; conditions?: Condition[] },
  fileSize: number,
  now: Date,
): { status: number; code: string; message: string } | undefined {
  const denied = (message: string) => ({ status: 403, code: 'AccessDenied', message });
  if (!policy.expiration || !(Date.parse(policy.expiration) > now.getTime()))
    return denied('Invalid according to Policy: Policy expired.');
  const covered = new Set<string>();
  const value = (name: string) => fields.get(name.toLowerCase());
  for (const condition of policy.conditions ?? []) {
    if (!Array.isArray(condition)) {
      for (const [name, expected] of Object.entries(condition)) {
        covered.add(name.toLowerCase());
        if (value(name) !== expected)
          return denied(`Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${expected}"]`);
      }
      continue;
    }
    const [operator, subject, expected] = condition;
    if (operator === 'content-length-range') {
      const [min, max] = [Number(subject), Number(expected)];
      if (fileSize > max)
        return {
          status: 400,
          code: 'EntityTooLarge',
          message: `Your proposed upload exceeds the maximum allowed size (${max} bytes)`,
        };
      if (fileSize < min)
        return {
          status: 400,
          code: 'EntityTooSmall',
          message: `Your proposed upload is smaller than the minimum allowed size (${min} bytes)`,
        };
      continue;
    }
    const name = String(subject).replace(/^\$/, '');
    covered.add(name.toLowerCase());
    const actual = value(name) ?? '';
    const holds =
      operator === 'eq'
        ? actual === expected
        : operator === 'starts-with'
          ? actual.startsWith(String(expected))
          : false;
    if (!holds) return denied(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
  }
  // Every field but these must be named by a condition.
  const exempt = new Set(['policy', 'x-amz-signature', 'file']);
  for (const name of fields.keys())
    if (!exempt.has(name) && !name.startsWith('x-ignore-') && !covered.has(name))
      return denied(`Invalid according to Policy: Extra input fields: ${name}`);
  return undefined;
}

export async function startS3Local(options: S3LocalOptions): Promise<RunningS3> {
  const objects = new Map<string, StoredObject>();
  const { bucket, credentials } = options;

  const corsFor = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    return origin && (options.allowedOrigins.includes(origin) || options.allowedOrigins.includes('*'))
      ? {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': '*',
          'access-control-max-age': '3000',
          vary: 'Origin',
        }
      : {};
  };

  async function postObject(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>) {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_FORM_BYTES) return s3Error(res, 400, 'EntityTooLarge', 'The form is too large', cors);
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('multipart/form-data'))
      return s3Error(
        res,
        412,
        'PreconditionFailed',
        'Bucket POST must be of the enclosure-type multipart/form-data',
        cors,
      );
    let form: FormData;
    try {
      const body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
      form = await new Request('http://s3.local/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
        duplex: 'half',
      } as RequestInit).formData();
    } catch {
      return s3Error(
        res,
        400,
        'MalformedPOSTRequest',
        'The body of your POST request is not well-formed multipart/form-data.',
        cors,
      );
    }
    const fields = new Map<string, string>();
    let file: File | undefined;
    for (const [name, entry] of form.entries()) {
      if (typeof entry === 'string') fields.set(name.toLowerCase(), entry);
      else if (name.toLowerCase() === 'file') file = entry;
    }
    fields.set('bucket', bucket);
    if (!file) return s3Error(res, 400, 'InvalidArgument', 'POST requires exactly one file upload per request.', cors);
    const policyText = fields.get('policy');
    const credential = fields.get('x-amz-credential') ?? '';
    const signature = fields.get('x-amz-signature') ?? '';
    if (!policyText || !credential || !signature)
      return s3Error(res, 403, 'AccessDenied', 'Bucket POST must contain a policy and its signature', cors);
    if (credential.split('/')[0] !== credentials.accessKeyId)
      return s3Error(
        res,
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        cors,
      );
    const expected = Buffer.from(policySignature(credentials.secretAccessKey, credential, policyText));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return s3Error(
        res,
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
        cors,
      );
    let policy: { expiration?: string; conditions?: Condition[] };
    try {
      policy = JSON.parse(Buffer.from(policyText, 'base64').toString('utf8'));
    } catch {
      return s3Error(res, 400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.', cors);
    }
    const refusal = checkPolicy(fields, policy, file.size, new Date());
    if (refusal) return s3Error(res, refusal.status, refusal.code, refusal.message, cors);
    const key = fields.get('key') ?? '';
    if (!key) return s3Error(res, 400, 'InvalidArgument', 'Bucket POST must contain a field named key.', cors);
    objects.set(key, {
      body: Buffer.from(await file.arrayBuffer()),
      contentType: fields.get('content-type') ?? 'application/octet-stream',
      lastModified: new Date(),
    });
    res.writeHead(204, { location: `/${bucket}/${encodeURIComponent(key)}`, ...cors });
    res.end();
  }

  /** The SDK's calls (path style): HEAD, GET and DELETE of an object, signed with the local key. */
  function objectCall(req: IncomingMessage, res: ServerResponse, key: string) {
    const authorization = req.headers.authorization ?? '';
    if (!authorization.includes(`Credential=${credentials.accessKeyId}/`))
      return s3Error(res, 403, 'AccessDenied', 'Access Denied', {});
    const object = objects.get(key);
    if (req.method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204);
      return res.end();
    }
    if (!object) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.', {});
    const headers = {
      'content-type': object.contentType,
      'content-length': String(object.body.length),
      'last-modified': object.lastModified.toUTCString(),
    };
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : object.body);
  }

  const server: Server = createServer((req, res) => {
    const cors = corsFor(req);
    const url = new URL(req.url ?? '/', 'http://s3.local');
    const [, bucketName = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (bucketName !== bucket) return s3Error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist', cors);
    if (req.method === 'OPTIONS') {
      res.writeHead(cors['access-control-allow-origin'] ? 200 : 403, cors);
      return res.end();
    }
    if (req.method === 'POST' && !key)
      return void postObject(req, res, cors).catch((error: Error) =>
        s3Error(res, 500, 'InternalError', error.message, cors),
      );
    if (key && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE'))
      return objectCall(req, res, key);
    return s3Error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', cors);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `the local S3 could not start: port ${options.port} is already in use`
            : `the local S3 could not start: ${error.message}`,
        ),
      ),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    bucket,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
