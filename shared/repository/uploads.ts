/**
 * Large spreadsheet uploads, kept in S3 for a day: a file too big to travel inside an API
 * request (Lambda takes 6 MB per request, and base64 adds a third) is posted by the browser
 * straight to the bucket with a presigned POST form, then named by its upload id in the import.
 * The form's policy holds the object key and the size limit, so S3 itself refuses a bigger
 * file or another key; the object is measured again before it is read.
 */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, NoSuchKey } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { s3Client } from '../clients';
import { config } from '../config';
import { AppError, notFound } from '../errors';

/** How long a presigned upload form stays valid. */
export const UPLOAD_FORM_SECONDS = 15 * 60;

export interface UploadForm {
  uploadId: string;
  /** Where the browser posts the form (multipart/form-data, the file last, as `file`). */
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
}

/** Uploads for one programme live under its prefix, so an upload id can only be used where it was made. */
const objectKey = (programmeId: string, uploadId: string) => `imports/${programmeId}/${uploadId}`;

function bucket(): string {
  const name = config().uploadBucket;
  if (!name) throw new AppError('SERVICE_UNAVAILABLE', 'Large uploads are not configured here (UPLOAD_BUCKET)');
  return name;
}

const missing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

export const uploads = {
  async form(programmeId: string, uploadId: string, maxBytes: number, now: Date): Promise<UploadForm> {
    const { url, fields } = await createPresignedPost(s3Client(), {
      Bucket: bucket(),
      Key: objectKey(programmeId, uploadId),
      Conditions: [['content-length-range', 1, maxBytes]],
      Expires: UPLOAD_FORM_SECONDS,
    });
    const expiresAt = new Date(now.getTime() + UPLOAD_FORM_SECONDS * 1000).toISOString();
    return { uploadId, url, fields, expiresAt, maxBytes };
  },

  /** The uploaded file; a 404 when it was never posted (or has expired), FILE_TOO_LARGE over the limit. */
  async read(programmeId: string, uploadId: string, maxBytes: number): Promise<Buffer> {
    const location = { Bucket: bucket(), Key: objectKey(programmeId, uploadId) };
    try {
      const head = await s3Client().send(new HeadObjectCommand(location));
      if ((head.ContentLength ?? 0) > maxBytes)
        throw new AppError('FILE_TOO_LARGE', `The file is larger than ${maxBytes} bytes`, { maxBytes });
      const object = await s3Client().send(new GetObjectCommand(location));
      return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if (missing(error)) throw notFound('Upload', uploadId);
      throw error;
    }
  },

  async remove(programmeId: string, uploadId: string): Promise<void> {
    await s3Client().send(new DeleteObjectCommand({ Bucket: bucket(), Key: objectKey(programmeId, uploadId) }));
  },
};
