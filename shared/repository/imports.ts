/**
 * Data access of batch work: spreadsheet imports (the record, its rows in chunks), the pointers
 * that let an import match a person by email and a nomination by programme + person in one
 * read round, and the whole-list reads exports page through.
 */
import { indexKeys, keys } from '../table';
import type * as z from 'zod/mini';
import type { AuditRecord, Import, Institution, Staff } from '../schemas';
import type { NominationCandidate, RowNames, RowProblem } from '../batch/rows';
import { toEntity } from './items';
import { batchGet, keyString, queryAll, queryPage, tableName, transact, type Item, type TransactItem } from './dynamo';
import { items, type ListOptions } from './index';

export type RowOutcome =
  /** Dry run: the row would create the person and the nomination. */
  | 'NEW'
  /** Dry run: the person exists (matched by email); the nomination would be created. */
  | 'PERSON_EXISTS'
  /** The person is already nominated in this programme: nothing is (or would be) written. */
  | 'ALREADY_NOMINATED'
  /** The row cannot be imported: see its problems. */
  | 'INVALID'
  /** Committed: person, credentials and nomination created. */
  | 'CREATED'
  /** Committed: an existing person nominated (new credentials added). */
  | 'NOMINATED'
  /** Committed: refused by a rule when written (see its problems). */
  | 'REJECTED';

export interface StoredRow {
  row: number;
  /** The cells as uploaded (text), for the file of rejected rows. */
  cells: string[];
  /** Who the row names, as typed (absent on rows stored before it was kept). */
  named?: RowNames;
  candidate?: NominationCandidate;
  problems: RowProblem[];
  outcome?: RowOutcome;
  staffId?: string;
  placementId?: string;
}

/** An import as stored and as the API shows it (schemas.Import). */
export type ImportRecord = z.infer<typeof Import>;
export type ImportCounts = ImportRecord['counts'];

/** Rows per chunk: one chunk is processed per request, well inside API Gateway's 30 s. */
export const ROWS_PER_CHUNK = 25;

export const importItems = {
  record: (r: ImportRecord): Item => ({
    ...keys.importRecord(r.importId),
    type: 'IMPORT',
    GSI1PK: indexKeys.importsOfProgramme(r.programmeId),
    GSI1SK: `${r.createdAt}#${r.importId}`,
    ...r,
  }),
  rows: (importId: string, chunk: number, rows: StoredRow[]): Item => ({
    ...keys.importRows(importId, chunk),
    type: 'IMPORT_ROWS',
    chunk,
    rows,
  }),
};

/** The pointers: unconditional on the single-item routes (which allow what they always did), exclusive on import. */
export const pointerWrites = {
  staffEmail: (
    staff: Pick<Staff, 'staffId' | 'email'>,
    exclusive: { staleStaffId?: string } | false,
  ): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: { ...keys.staffEmail(staff.email), type: 'STAFF_EMAIL', staffId: staff.staffId },
      ...(exclusive
        ? exclusive.staleStaffId
          ? {
              ConditionExpression: 'attribute_not_exists(PK) OR staffId = :stale',
              ExpressionAttributeValues: { ':stale': exclusive.staleStaffId },
            }
          : { ConditionExpression: 'attribute_not_exists(PK)' }
        : {}),
    },
  }),
  nominee: (programmeId: string, email: string, placementId: string, exclusive: boolean): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: { ...keys.nominee(programmeId, email), type: 'NOMINEE', placementId },
      ...(exclusive ? { ConditionExpression: 'attribute_not_exists(PK)' } : {}),
    },
  }),
};

export interface Pointers {
  /** email → staffId */
  staffByEmail: Map<string, string>;
  /** email → placementId in the programme */
  placementByEmail: Map<string, string>;
}

/** Who has these emails and who of them is nominated in the programme: one BatchGet round for a chunk. */
export async function readPointers(
  programmeId: string,
  emails: readonly string[],
  extra: { PK: string; SK: string }[] = [],
) {
  const found = await batchGet([
    ...emails.flatMap((email) => [keys.staffEmail(email), keys.nominee(programmeId, email)]),
    ...extra,
  ]);
  const pointers: Pointers = { staffByEmail: new Map(), placementByEmail: new Map() };
  for (const email of emails) {
    const staff = found.get(keyString(keys.staffEmail(email)));
    if (staff) pointers.staffByEmail.set(email, String(staff.staffId));
    const nominee = found.get(keyString(keys.nominee(programmeId, email)));
    if (nominee) pointers.placementByEmail.set(email, String(nominee.placementId));
  }
  return { pointers, found };
}

export async function readEntities<T>(wanted: { PK: string; SK: string }[]): Promise<T[]> {
  const found = await batchGet(wanted);
  return wanted.flatMap((key) => {
    const item = found.get(keyString(key));
    return item ? [toEntity<T>(item)] : [];
  });
}

export const imports = {
  /** The record, its rows and the audit of its start, in one transaction: an import is stored whole or not at all. */
  create: (record: ImportRecord, rows: StoredRow[], audit: AuditRecord) => {
    const writes: TransactItem[] = [
      {
        Put: {
          TableName: tableName(),
          Item: importItems.record(record),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ];
    for (let chunk = 0; chunk * ROWS_PER_CHUNK < rows.length; chunk++)
      writes.push({
        Put: {
          TableName: tableName(),
          Item: importItems.rows(
            record.importId,
            chunk,
            rows.slice(chunk * ROWS_PER_CHUNK, (chunk + 1) * ROWS_PER_CHUNK),
          ),
        },
      });
    writes.push({ Put: { TableName: tableName(), Item: items.audit(audit) } });
    return transact(writes);
  },
  get: async (importId: string) => {
    const [found] = await readEntities<ImportRecord>([keys.importRecord(importId)]);
    return found;
  },
  /** The record and one chunk of rows, in one round. */
  getWithChunk: async (importId: string, chunk: number) => {
    const found = await batchGet([keys.importRecord(importId), keys.importRows(importId, chunk)]);
    const record = found.get(keyString(keys.importRecord(importId)));
    const rows = found.get(keyString(keys.importRows(importId, chunk)));
    return {
      record: record ? toEntity<ImportRecord>(record) : undefined,
      rows: (rows?.rows as StoredRow[] | undefined) ?? [],
    };
  },
  /** Every row of an import (at most 500, in at most 20 items). */
  allRows: async (importId: string): Promise<StoredRow[]> => {
    const found = await queryAll({ partition: keys.importRecord(importId).PK, sortPrefix: 'ROWS#' });
    return found.flatMap((item) => (item.rows as StoredRow[]) ?? []);
  },
  /** Save a processed chunk and move the record on, unless someone else processed it first. */
  saveChunk: (next: ImportRecord, readVersion: number, chunk: number, rows: StoredRow[], audit?: AuditRecord) =>
    transact([
      {
        Put: {
          TableName: tableName(),
          Item: importItems.record(next),
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': readVersion },
        },
      },
      { Put: { TableName: tableName(), Item: importItems.rows(next.importId, chunk, rows) } },
      ...(audit ? [{ Put: { TableName: tableName(), Item: items.audit(audit) } }] : []),
    ]),
  list: (programmeId: string, o: ListOptions) =>
    queryPage({ index: 'GSI1', partition: indexKeys.importsOfProgramme(programmeId), newestFirst: true, ...o }).then(
      (page) => ({ items: page.items.map((item) => toEntity<ImportRecord>(item)), nextCursor: page.nextCursor }),
    ),
};

/** Every institution (a few hundred at most: the HA's hospitals and the partner hospitals), for name look-ups. */
export const allInstitutions = () =>
  queryAll({ index: 'GSI1', partition: indexKeys.institutions }).then((found) =>
    found.map((item) => toEntity<Institution>(item)),
  );
