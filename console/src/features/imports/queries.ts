/**
 * What the imports screen reads and writes: the programme, its imports, the dry run and the
 * commit of a file (then its rows, chunk by chunk, with progress), and the files it downloads.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../app/App';
import { idempotencyKey, type Schemas, unwrap } from '../../app/api';

export type ImportRecord = Schemas['Import'];
export type ImportReport = Schemas['ImportReport'];
export type ImportRow = Schemas['ImportRow'];
export type Encoding = 'utf-8' | 'gb18030' | 'big5';

export interface Upload {
  fileName: string;
  content: string;
  contentEncoding?: 'gzip';
  encoding?: Encoding;
  dateOrder?: 'DMY' | 'MDY';
}

/** A file as the API takes it: gzip-compressed (a CSV shrinks to a fraction) and base64. */
export async function fileToUpload(file: File): Promise<Pick<Upload, 'fileName' | 'content' | 'contentEncoding'>> {
  const compressed = await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  const bytes = new Uint8Array(compressed);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, content: btoa(binary), contentEncoding: 'gzip' };
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

export function useDryRun(programmeId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async (upload: Upload) =>
      (await unwrap(
        api.POST('/v1/programmes/{programmeId}/imports', {
          params: { path: { programmeId }, query: { dryRun: 'true' } },
          body: upload,
        }),
      )) as ImportReport,
  });
}

/** Commit: store the file, then write its rows a chunk per request, reporting progress after each. */
export function useCommit(programmeId: string, onProgress: (record: ImportRecord) => void) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (upload: Upload) => {
      let record = (await unwrap(
        api.POST('/v1/programmes/{programmeId}/imports', {
          params: { path: { programmeId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: upload,
        }),
      )) as ImportRecord;
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
