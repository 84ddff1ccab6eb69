/**
 * What the imports screen reads and writes: the programme, its imports, the dry run and the
 * commit of a file (then its rows, chunk by chunk, with progress), and the files it downloads.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from '../../app/App';
import { idempotencyKey, type Schemas, unwrap } from '../../app/api';
import { ApiError } from '../../app/errors';
import { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_FILE_BYTES } from '../../../../shared/limits';

export type ImportRecord = Schemas['Import'];
export type ImportReport = Schemas['ImportReport'];
export type ImportRow = Schemas['ImportRow'];
export type Encoding = 'utf-8' | 'gb18030' | 'big5';

/** What the user chose about reading the file. */
export interface ReadingChoices {
  encoding?: Encoding;
  dateOrder?: 'DMY' | 'MDY';
}

/** A file as the import takes it: inside the request, or already in storage under an upload id. */
export type PreparedFile = { fileName: string } & (
  | { content: string; contentEncoding?: 'gzip' }
  | { uploadId: string }
);
export type Upload = PreparedFile & ReadingChoices;

/** gzip-compressed (a CSV shrinks to a fraction) and base64, as a request carries a file. */
async function compressed(file: File): Promise<string> {
  const gzipped = await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  const bytes = new Uint8Array(gzipped);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Storage's refusal (XML, as S3 answers) as the API's problem codes, so it reads in the user's language. */
function storageRefusal(status: number, body: string): ApiError {
  const code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
  return new ApiError(status, {
    status,
    code: code === 'EntityTooLarge' ? 'FILE_TOO_LARGE' : status === 403 ? 'FORBIDDEN' : 'INTERNAL',
  });
}

/**
 * Ready a file for the import. Most files travel inside the request; one too large for that (an
 * XLSX over about 4.4 MB) is posted to storage first with a form the API signs, once: the dry run
 * and the commit then name it by its upload id.
 */
export function usePrepareFile(programmeId: string) {
  const api = useApi();
  const stored = useRef<{ file: File; uploadId: string }>(undefined);
  return {
    prepare: async (file: File, onStage?: (stage: 'compressing' | 'uploading') => void): Promise<PreparedFile> => {
      if (stored.current?.file === file) return { fileName: file.name, uploadId: stored.current.uploadId };
      if (file.size > MAX_IMPORT_FILE_BYTES) throw new ApiError(413, { status: 413, code: 'FILE_TOO_LARGE' });
      onStage?.('compressing');
      const content = await compressed(file);
      if (content.length <= MAX_IMPORT_BODY_BYTES) return { fileName: file.name, content, contentEncoding: 'gzip' };
      onStage?.('uploading');
      const form = await unwrap(
        api.POST('/v1/programmes/{programmeId}/imports/uploads', {
          params: { path: { programmeId } },
          body: { fileName: file.name, size: file.size },
        }),
      );
      const body = new FormData();
      for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
      body.append('file', file);
      const response = await fetch(form.url, { method: 'POST', body }).catch(() => undefined);
      if (!response) throw new ApiError(0, { status: 0, code: 'NETWORK' });
      if (!response.ok) throw storageRefusal(response.status, await response.text());
      stored.current = { file, uploadId: form.uploadId };
      return { fileName: file.name, uploadId: form.uploadId };
    },
    /** After a commit the stored copy is gone: the same file is uploaded again if it is used again. */
    forget: () => {
      stored.current = undefined;
    },
  };
}

export function useProgramme(programmeId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['programme', programmeId],
    queryFn: () => unwrap(api.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId } } })),
  });
}

export function useHostInstitutions(region: 'HK' | 'GD' | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['institutions', region],
    enabled: Boolean(region),
    queryFn: async () =>
      (await unwrap(api.GET('/v1/institutions', { params: { query: { region, limit: 100 } } }))).items,
  });
}

const importsKey = (programmeId: string) => ['imports', programmeId] as const;

export function useImports(programmeId: string) {
  const api = useApi();
  return useQuery({
    queryKey: importsKey(programmeId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/v1/programmes/{programmeId}/imports', { params: { path: { programmeId }, query: { limit: 20 } } }),
        )
      ).items,
  });
}

/** A file to check or import, how to read it, and whom to tell when it starts uploading. */
export interface ImportRequest extends ReadingChoices {
  file: File;
  onUploading?: () => void;
}

type PreparedFiles = ReturnType<typeof usePrepareFile>;

export function useDryRun(programmeId: string, files: PreparedFiles) {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ file, onUploading, ...choices }: ImportRequest) => {
      const prepared = await files.prepare(file, (stage) => stage === 'uploading' && onUploading?.());
      return (await unwrap(
        api.POST('/v1/programmes/{programmeId}/imports', {
          params: { path: { programmeId }, query: { dryRun: 'true' } },
          body: { ...prepared, ...choices },
        }),
      )) as ImportReport;
    },
  });
}

/** Commit: store the file, then write its rows a chunk per request, reporting progress after each. */
export function useCommit(programmeId: string, files: PreparedFiles, onProgress: (record: ImportRecord) => void) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, onUploading, ...choices }: ImportRequest) => {
      const prepared = await files.prepare(file, (stage) => stage === 'uploading' && onUploading?.());
      let record = (await unwrap(
        api.POST('/v1/programmes/{programmeId}/imports', {
          params: { path: { programmeId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { ...prepared, ...choices },
        }),
      )) as ImportRecord;
      files.forget();
      onProgress(record);
      while (record.status !== 'COMPLETED') {
        record = await unwrap(
          api.POST('/v1/imports/{importId}/process', { params: { path: { importId: record.importId } } }),
        );
        onProgress(record);
      }
      return record;
    },
    onSettled: () => client.invalidateQueries({ queryKey: importsKey(programmeId) }),
  });
}

/** Save a file the API answers (an export, a template, the rejected rows) under its own name. */
export async function saveDownload(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallback: string,
) {
  const result = await call;
  const blob = await unwrap(Promise.resolve(result));
  const disposition = result.response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallback;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
