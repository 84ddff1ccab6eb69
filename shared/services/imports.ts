/**
 * Importing nominations from a spreadsheet. A dry run reads the file and reports on every row,
 * writing nothing. A commit stores the file's rows with the import record, then rows are
 * written in chunks (one request each, so the console can show progress and no request runs
 * long): each row is one transaction — person, credentials and nomination together — planned by
 * the same code as the single-item routes (newStaff, credentialsAdded, newPlacement), so the
 * same rules hold. A person is matched by email and a nomination by programme + email, through
 * pointer items written in the same transaction, so a re-upload (or two uploads at once)
 * creates no duplicate.
 */
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { AppError, type Violation } from '../errors';
import type { Principal } from '../auth/principal';
import { primaryRole } from '../auth/principal';
import type { Institution, Programme, Staff } from '../schemas';
import { keys } from '../table';
import { mapHeaders, NAME_FIELDS } from '../batch/columns';
import { decodeText, type Encoding } from '../batch/decode';
import { cellText, MAX_FILE_BYTES, readSheet, type Sheet } from '../batch/sheet';
import {
  COLUMNS,
  InstitutionDirectory,
  type NominationCandidate,
  readRows,
  type ReadRow,
  reportName,
  type RowNames,
  type RowProblem,
} from '../batch/rows';
import { newId, transact, write, WriteConflict, type TransactItem } from '../repository';
import {
  allInstitutions,
  imports,
  type ImportRecord,
  type Pointers,
  readEntities,
  readPointers,
  type RowOutcome,
  ROWS_PER_CHUNK,
  type StoredRow,
} from '../repository/imports';
import { uploads } from '../repository/uploads';
import { logger } from '../logger';
import { auditRecord, nowIso } from './write';
import { getProgramme } from './programmes';
import { credentialsAdded, newStaff } from './staff';
import { newPlacement } from './placements';

/** How the file arrives: inside the request (base64, gzip-compressed by the console), or posted to S3 first. */
export type ImportUpload = {
  fileName: string;
  /** Overrides the detected encoding of a CSV. */
  encoding?: Encoding;
  dateOrder?: 'DMY' | 'MDY';
} & ({ content: string; contentEncoding?: 'gzip' } | { uploadId: string });

function inlineBytes(upload: { content: string; contentEncoding?: 'gzip' }): Buffer {
  const raw = Buffer.from(upload.content, 'base64');
  if (upload.contentEncoding !== 'gzip') return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: MAX_FILE_BYTES + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw new AppError('FILE_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES} bytes`, {
        maxBytes: MAX_FILE_BYTES,
      });
    throw new AppError('FILE_MALFORMED', 'The upload is not valid gzip');
  }
}

const fileBytes = (programmeId: string, upload: ImportUpload): Promise<Buffer> =>
  'uploadId' in upload
    ? uploads.read(programmeId, upload.uploadId, MAX_FILE_BYTES)
    : Promise.resolve(inlineBytes(upload));

const SPREADSHEET = /\.(csv|txt|tsv|xlsx)$/i;

/**
 * A form to post a file too large for a request straight to S3. The size and the name are
 * checked first, so a file that would be refused is refused before anyone waits for it to upload.
 */
export async function createUploadForm(programmeId: string, request: { fileName: string; size: number }) {
  const programme = await getProgramme(programmeId);
  if (request.size > MAX_FILE_BYTES)
    throw new AppError('FILE_TOO_LARGE', `The file is ${request.size} bytes; at most ${MAX_FILE_BYTES} are accepted`, {
      bytes: request.size,
      maxBytes: MAX_FILE_BYTES,
    });
  if (/\.(xlsm|xltm|xlam)$/i.test(request.fileName))
    throw new AppError('MACROS_NOT_ALLOWED', 'Macro-enabled workbooks (.xlsm) are refused; save the sheet as .xlsx');
  if (!SPREADSHEET.test(request.fileName))
    throw new AppError('FILE_TYPE_NOT_SUPPORTED', 'Only CSV and XLSX files are read');
  return uploads.form(programme.programmeId, newId('upl'), MAX_FILE_BYTES, new Date(nowIso()));
}

/** What a person sees to choose an encoding: the names each candidate decoding gives. */
function encodingPreview(bytes: Buffer, sheet: Sheet) {
  return (sheet.encodingCandidates ?? []).map((candidate) => {
    let names: string[] = [];
    try {
      const text = decodeText(bytes.subarray(0, 64 * 1024), candidate.encoding);
      const records = parse(text, {
        relax_column_count: true,
        skip_empty_lines: true,
        to_line: 7,
        relax_quotes: true,
      }) as string[][];
      const [headers = [], ...rows] = records;
      const mapping = mapHeaders(headers, COLUMNS);
      // The name columns when this decoding's headers are recognised; otherwise the first cells, as they read.
      const mapped = [...mapping.fields].filter(([, f]) => NAME_FIELDS.includes(f)).map(([i]) => i);
      const shown = mapped.length ? mapped : [0, 1, 2];
      names = [
        ...(mapped.length ? [] : [headers.slice(0, 3).join(' / ')]),
        ...rows.map((r) =>
          shown
            .map((i) => r[i] ?? '')
            .filter(Boolean)
            .join(' / '),
        ),
      ].filter(Boolean);
    } catch {
      names = [];
    }
    return { encoding: candidate.encoding, confidence: candidate.confidence, names };
  });
}

interface Analysis {
  programme: Programme;
  sheet: Sheet;
  read: ReadRow[];
  directory: InstitutionDirectory;
  encodingCandidates: ReturnType<typeof encodingPreview>;
  columns: { matched: { column: string; field: string }[]; ignored: string[]; duplicates: string[] };
}

async function analyse(principal: Principal, programmeId: string, upload: ImportUpload): Promise<Analysis> {
  const [programme, institutions] = await Promise.all([getProgramme(programmeId), allInstitutions()]);
  void principal;
  const bytes = await fileBytes(programmeId, upload);
  const sheet = await readSheet(bytes, upload.fileName, { encoding: upload.encoding });
  const mapping = mapHeaders(sheet.headers, COLUMNS);
  if (mapping.missing.length > 0) {
    const missing = mapping.missing.map((field) => {
      const labels = COLUMNS.find((c) => c.key === field)?.labels;
      return { field, ...(labels ? { labels } : {}) };
    });
    // Wrongly decoded headers are a usual cause: say which encoding was used and what the others read.
    const encoding = sheet.encoding
      ? { used: sheet.encoding.encoding, basis: sheet.encoding.basis, candidates: encodingPreview(bytes, sheet) }
      : undefined;
    throw new AppError(
      'COLUMNS_MISSING',
      `Mandatory columns are missing: ${missing.map((m) => m.labels?.en ?? m.field).join(', ')}`,
      { missing, headers: sheet.headers, ...(encoding ? { encoding } : {}) },
    );
  }
  const directory = new InstitutionDirectory(institutions);
  const read = readRows(sheet.rows, sheet.headers, mapping, directory, {
    dateOrder: upload.dateOrder ?? 'DMY',
    date1904: sheet.date1904,
  });
  return {
    programme,
    sheet,
    read,
    directory,
    encodingCandidates: sheet.format === 'csv' ? encodingPreview(bytes, sheet) : [],
    columns: {
      matched: [...mapping.fields].map(([i, field]) => ({ column: sheet.headers[i] ?? '', field })),
      ignored: mapping.ignored,
      duplicates: mapping.duplicates,
    },
  };
}

// ---------- judging and writing rows ----------

const asProblems = (violations: Violation[]): RowProblem[] =>
  violations.map((v) => ({
    code: v.code,
    message: v.message,
    ...(v.details ? { details: v.details } : {}),
    ...(v.severity ? { severity: v.severity } : {}),
  }));

/** Facts shared by the rows of a chunk, read in one round (plus one for the people matched). */
interface ChunkFacts {
  programme: Programme;
  institutions: Map<string, Institution>;
  pointers: Pointers;
  staff: Map<string, Staff>;
}

async function readChunkFacts(programmeId: string, candidates: NominationCandidate[]): Promise<ChunkFacts> {
  const emails = [...new Set(candidates.map((c) => c.person.email))];
  const institutionIds = [
    ...new Set(candidates.flatMap((c) => [c.person.homeInstitutionId, c.placement.hostInstitutionId])),
  ];
  const { pointers, found } = await readPointers(programmeId, emails, [
    keys.programme(programmeId),
    ...institutionIds.map((id) => keys.institution(id)),
  ]);
  const programme = found.get(`${keys.programme(programmeId).PK}|META`) as unknown as Programme | undefined;
  if (!programme) throw new AppError('NOT_FOUND', `Programme ${programmeId} was not found`);
  const institutions = new Map<string, Institution>();
  for (const id of institutionIds) {
    const item = found.get(`${keys.institution(id).PK}|META`);
    if (item) institutions.set(id, item as unknown as Institution);
  }
  // Only people not yet nominated need reading (their record feeds the rules and gets the credentials).
  const toRead = emails.filter((e) => pointers.staffByEmail.has(e) && !pointers.placementByEmail.has(e));
  const staff = new Map<string, Staff>();
  if (toRead.length)
    for (const s of await readEntities<Staff>(toRead.map((e) => keys.staff(pointers.staffByEmail.get(e) ?? ''))))
      staff.set(s.staffId, s);
  return { programme, institutions, pointers, staff };
}

interface RowVerdict {
  outcome: RowOutcome;
  problems: RowProblem[];
  staffId?: string;
  placementId?: string;
  writes?: TransactItem[];
}

const sameCredential = (a: NominationCandidate['credentials'][number], b: NominationCandidate['credentials'][number]) =>
  a.type === b.type &&
  a.number === b.number &&
  a.region === b.region &&
  a.validFrom === b.validFrom &&
  a.validTo === b.validTo;

/** The verdict on one row and, when it can be written, its one transaction. Rules are the services'. */
function planRow(
  principal: Principal,
  programmeId: string,
  candidate: NominationCandidate,
  facts: ChunkFacts,
  at: string,
): RowVerdict {
  const { email } = candidate.person;
  const nominated = facts.pointers.placementByEmail.get(email);
  const knownId = facts.pointers.staffByEmail.get(email);
  if (nominated)
    return {
      outcome: 'ALREADY_NOMINATED',
      problems: [],
      placementId: nominated,
      ...(knownId ? { staffId: knownId } : {}),
    };
  const home = facts.institutions.get(candidate.person.homeInstitutionId);
  const host = facts.institutions.get(candidate.placement.hostInstitutionId);
  if (!home || !host)
    return {
      outcome: 'INVALID',
      problems: [{ code: 'UNKNOWN_INSTITUTION', message: 'An institution of this row no longer exists' }],
    };
  const known = knownId ? facts.staff.get(knownId) : undefined;
  // A pointer whose person has since changed email is stale: the row registers a new person and takes the pointer over.
  const existing = known && known.email.toLowerCase() === email ? known : undefined;
  const writes: TransactItem[] = [];
  let staff: Staff;
  if (existing) {
    const added = candidate.credentials.filter((c) => !existing.credentials.some((h) => sameCredential(h, c)));
    staff = existing;
    if (added.length) {
      const changed = credentialsAdded(principal, existing, added, at);
      staff = changed.staff;
      writes.push(...changed.writes);
    }
  } else {
    const created = newStaff(principal, candidate.person, home, at, {
      credentials: candidate.credentials,
      exclusiveEmail: { staleStaffId: knownId },
    });
    staff = created.staff;
    writes.push(...created.writes);
  }
  try {
    const {
      placement,
      warnings,
      writes: placementWrites,
    } = newPlacement(
      principal,
      programmeId,
      { staffId: staff.staffId, ...candidate.placement },
      { programme: facts.programme, staff, host, homeRegion: staff.homeRegion ?? home.region },
      at,
      { exclusive: true },
    );
    // A person who exists but was not changed must still be as read when the nomination commits.
    if (existing && writes.length === 0) writes.push(write.unchanged('staff', existing.staffId, existing.version));
    writes.push(...placementWrites);
    return {
      outcome: existing ? 'PERSON_EXISTS' : 'NEW',
      problems: asProblems(warnings),
      staffId: staff.staffId,
      placementId: placement.placementId,
      writes,
    };
  } catch (error) {
    if (error instanceof AppError && error.extra.violations)
      return { outcome: 'INVALID', problems: asProblems(error.extra.violations) };
    if (error instanceof AppError)
      return { outcome: 'INVALID', problems: [{ code: error.code, message: error.message }] };
    throw error;
  }
}

// ---------- the operations ----------

export interface RowReport {
  row: number;
  outcome: RowOutcome;
  name?: string;
  email?: string;
  staffId?: string;
  placementId?: string;
  problems: RowProblem[];
}

/** Who a row is about: the person as read, or, on a row that could not be read, the name and email as typed. */
function shownAs(r: { candidate?: NominationCandidate; named?: RowNames }): RowNames {
  const c = r.candidate;
  if (!c) return r.named ?? {};
  const name = reportName(c.person.names);
  return { ...(name ? { name } : {}), email: c.person.email };
}

function countOutcomes(rows: { outcome?: RowOutcome }[]) {
  const count = (o: RowOutcome) => rows.filter((r) => r.outcome === o).length;
  return {
    rows: rows.length,
    new: count('NEW'),
    personExists: count('PERSON_EXISTS'),
    alreadyNominated: count('ALREADY_NOMINATED'),
    invalid: count('INVALID'),
  };
}

/** Dry run: the report on every row, nothing written. */
export async function dryRunImport(principal: Principal, programmeId: string, upload: ImportUpload) {
  const analysis = await analyse(principal, programmeId, upload);
  const candidates = analysis.read.flatMap((r) => (r.candidate ? [r.candidate] : []));
  const facts = candidates.length ? await readChunkFacts(programmeId, candidates) : undefined;
  const at = nowIso();
  const rows: RowReport[] = analysis.read.map((r) => {
    const base = { row: r.row, ...shownAs(r) };
    if (!r.candidate || !facts) return { ...base, outcome: 'INVALID' as const, problems: r.problems };
    const verdict = planRow(principal, programmeId, r.candidate, facts, at);
    return {
      ...base,
      outcome: verdict.outcome,
      problems: [...r.problems, ...verdict.problems],
      ...(verdict.staffId && verdict.outcome !== 'NEW' ? { staffId: verdict.staffId } : {}),
      ...(verdict.outcome === 'ALREADY_NOMINATED' ? { placementId: verdict.placementId } : {}),
    };
  });
  return {
    dryRun: true as const,
    /** Every row would be written (or is already there). */
    valid: rows.every((r) => r.outcome !== 'INVALID'),
    fileName: upload.fileName,
    format: analysis.sheet.format,
    ...(analysis.sheet.encoding
      ? {
          encoding: {
            used: analysis.sheet.encoding.encoding,
            basis: analysis.sheet.encoding.basis,
            candidates: analysis.encodingCandidates,
          },
        }
      : {}),
    dateOrder: upload.dateOrder ?? 'DMY',
    columns: analysis.columns,
    counts: countOutcomes(rows),
    rows,
  };
}

/** Commit: store the import with its rows (nothing else yet); rows are then written chunk by chunk (processImport). */
export async function startImport(
  principal: Principal,
  programmeId: string,
  upload: ImportUpload,
): Promise<ImportRecord> {
  const analysis = await analyse(principal, programmeId, upload);
  const at = nowIso();
  const stored: StoredRow[] = analysis.sheet.rows.map((sheetRow, i) => {
    const read: ReadRow = analysis.read[i] ?? { row: sheetRow.row, named: {}, problems: [] };
    return {
      row: sheetRow.row,
      cells: sheetRow.cells.map(cellText),
      named: read.named,
      ...(read.candidate ? { candidate: read.candidate } : { outcome: 'INVALID' as const }),
      problems: read.problems,
    };
  });
  const record: ImportRecord = {
    importId: newId('imp'),
    programmeId: analysis.programme.programmeId,
    fileName: upload.fileName.slice(0, 255),
    format: analysis.sheet.format,
    ...(analysis.sheet.encoding ? { encoding: analysis.sheet.encoding.encoding } : {}),
    dateOrder: upload.dateOrder ?? 'DMY',
    status: 'RUNNING',
    createdBy: { sub: principal.sub, role: primaryRole(principal) ?? 'unknown' },
    createdAt: at,
    updatedAt: at,
    version: 1,
    headers: analysis.sheet.headers,
    total: stored.length,
    processed: 0,
    chunksDone: 0,
    chunks: Math.ceil(stored.length / ROWS_PER_CHUNK),
    counts: { created: 0, nominated: 0, alreadyNominated: 0, rejected: 0 },
  };
  const audit = auditRecord(principal, at, {
    action: 'import.started',
    entityType: 'import',
    entityId: record.importId,
    before: null,
    after: { ...summaryOf(record) },
  });
  await imports.create(record, stored, audit);
  // The rows are kept with the import now; the uploaded copy of the file (personal data) goes.
  if ('uploadId' in upload)
    await uploads
      .remove(programmeId, upload.uploadId)
      .catch((error: Error) => logger.warn('uploaded file not removed; the bucket expires it', { error }));
  return record;
}

const summaryOf = (r: ImportRecord) => ({
  importId: r.importId,
  programmeId: r.programmeId,
  fileName: r.fileName,
  status: r.status,
  total: r.total,
  processed: r.processed,
  counts: r.counts,
});

/** Write one row (its own transaction), re-planning from fresh reads when a concurrent write changed what it relied on. */
async function commitRow(
  principal: Principal,
  programmeId: string,
  row: StoredRow,
  shared: ChunkFacts,
): Promise<StoredRow> {
  const candidate = row.candidate;
  if (!candidate) return { ...row, outcome: 'REJECTED' };
  let facts = shared;
  for (let attempt = 1; ; attempt++) {
    const verdict = planRow(principal, programmeId, candidate, facts, nowIso());
    if (!verdict.writes) {
      const outcome: RowOutcome = verdict.outcome === 'INVALID' ? 'REJECTED' : verdict.outcome;
      return { ...row, outcome, problems: [...row.problems, ...verdict.problems], ...ids(verdict) };
    }
    try {
      await transact(verdict.writes);
      return {
        ...row,
        outcome: verdict.outcome === 'NEW' ? 'CREATED' : 'NOMINATED',
        problems: [...row.problems, ...verdict.problems],
        ...ids(verdict),
      };
    } catch (error) {
      if (!(error instanceof WriteConflict) || attempt >= 5) {
        if (error instanceof WriteConflict)
          return {
            ...row,
            outcome: 'REJECTED',
            problems: [
              ...row.problems,
              { code: 'CONCURRENT_UPDATE', message: 'Others kept changing the same records; try this row again' },
            ],
          };
        throw error;
      }
      facts = await readChunkFacts(programmeId, [candidate]);
    }
  }
}

const ids = (v: RowVerdict) => ({
  ...(v.staffId ? { staffId: v.staffId } : {}),
  ...(v.placementId ? { placementId: v.placementId } : {}),
});

/** Process the next chunk of rows of an import; the record with its progress. */
export async function processImport(principal: Principal, importId: string): Promise<ImportRecord> {
  const head = await imports.get(importId);
  if (!head) throw new AppError('NOT_FOUND', `Import ${importId} was not found`, { resource: 'Import', id: importId });
  if (head.status === 'COMPLETED') return head;
  const { record, rows } = await imports.getWithChunk(importId, head.chunksDone);
  if (!record) throw new AppError('NOT_FOUND', `Import ${importId} was not found`);
  if (record.status === 'COMPLETED') return record;
  const candidates = rows.flatMap((r) => (r.candidate && !r.outcome ? [r.candidate] : []));
  const shared = candidates.length ? await readChunkFacts(record.programmeId, candidates) : undefined;
  const done: StoredRow[] = [];
  for (const row of rows) {
    if (row.outcome || !row.candidate || !shared) done.push(row.outcome ? row : { ...row, outcome: 'REJECTED' });
    else done.push(await commitRow(principal, record.programmeId, row, shared));
  }
  const at = nowIso();
  const counts = { ...record.counts };
  for (const row of done) {
    if (row.outcome === 'CREATED') counts.created++;
    else if (row.outcome === 'NOMINATED') counts.nominated++;
    else if (row.outcome === 'ALREADY_NOMINATED') counts.alreadyNominated++;
    else counts.rejected++;
  }
  const chunksDone = record.chunksDone + 1;
  const finished = chunksDone >= record.chunks;
  const next: ImportRecord = {
    ...record,
    counts,
    processed: record.processed + done.length,
    chunksDone,
    status: finished ? 'COMPLETED' : 'RUNNING',
    updatedAt: at,
    ...(finished ? { completedAt: at } : {}),
    version: record.version + 1,
  };
  const audit = finished
    ? auditRecord(principal, at, {
        action: 'import.completed',
        entityType: 'import',
        entityId: importId,
        before: summaryOf(record),
        after: summaryOf(next),
      })
    : undefined;
  try {
    await imports.saveChunk(next, record.version, record.chunksDone, done, audit);
  } catch (error) {
    // Someone processed this chunk at the same moment; its rows were written once (the pointers see to it).
    if (error instanceof WriteConflict) return (await imports.get(importId)) ?? record;
    throw error;
  }
  return next;
}

export async function getImport(principal: Principal, importId: string) {
  void principal;
  const record = await imports.get(importId);
  if (!record)
    throw new AppError('NOT_FOUND', `Import ${importId} was not found`, { resource: 'Import', id: importId });
  const rows = await imports.allRows(importId);
  return {
    ...record,
    rows: rows.map((r) => ({
      row: r.row,
      outcome: r.outcome ?? ('PENDING' as const),
      ...shownAs(r),
      ...(r.staffId ? { staffId: r.staffId } : {}),
      ...(r.placementId ? { placementId: r.placementId } : {}),
      problems: r.problems,
    })),
  };
}

export type ImportDetail = Awaited<ReturnType<typeof getImport>>;
export type ImportReport = Awaited<ReturnType<typeof dryRunImport>>;
