/**
 * A spreadsheet file (CSV or XLSX) read into a header row and data rows, within the stated
 * limits. Anything that is not a plain table of values — a macro workbook, a formula cell, a
 * zip bomb, a damaged file — is refused as a whole with a stable code: no partial import. CSV
 * parsing is csv-parse's and XLSX reading exceljs's; decoding is decode.ts's.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { excel } from './excel';
import { AppError } from '../errors';
import { MAX_IMPORT_FILE_BYTES } from '../limits';
import { decodeText, detectEncoding, type Encoding, type EncodingGuess } from './decode';
import { inspectZip, isOle, isZip, ZipRefused } from './zip-guard';

export const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES;
export const MAX_ROWS = 500;
export const MAX_COLUMNS = 100;

/** A cell as read: text (CSV, XLSX text), a number (XLSX numeric: maybe a date serial), a Date (XLSX date cell). */
export type Cell = string | number | Date | boolean | null;

export interface SheetRow {
  /** The row number a person sees in the file (the header is row 1). */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: SheetRow[];
  /** CSV only: the encoding used, and the others worth offering. */
  encoding?: EncodingGuess;
  encodingCandidates?: EncodingGuess[];
  /** XLSX in the 1904 date system. */
  date1904: boolean;
}

const refuse = AppError;

/** A cell's text, as it goes back into a file of rejected rows. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

const isBlank = (cells: Cell[]) => cells.every((c) => cellText(c).trim() === '');

function withinLimits(headers: string[], rows: SheetRow[]): void {
  if (headers.length > MAX_COLUMNS) throw new refuse('FILE_MALFORMED', `The file has more than ${MAX_COLUMNS} columns`);
  if (rows.length === 0) throw new refuse('FILE_EMPTY', 'The file has a header row but no rows below it');
  if (rows.length > MAX_ROWS)
    throw new refuse('TOO_MANY_ROWS', `The file has ${rows.length} rows; at most ${MAX_ROWS} are imported at once`, {
      rows: rows.length,
      maxRows: MAX_ROWS,
    });
}

export async function readSheet(
  bytes: Buffer,
  fileName: string,
  options: { encoding?: Encoding } = {},
): Promise<Sheet> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new refuse('FILE_TOO_LARGE', `The file is ${bytes.length} bytes; at most ${MAX_FILE_BYTES} are accepted`, {
      bytes: bytes.length,
      maxBytes: MAX_FILE_BYTES,
    });
  if (bytes.length === 0) throw new refuse('FILE_EMPTY', 'The file is empty');
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsm' || extension === 'xltm' || extension === 'xlam')
    throw new refuse('MACROS_NOT_ALLOWED', 'Macro-enabled workbooks (.xlsm) are refused; save the sheet as .xlsx');
  if (isOle(bytes))
    throw new refuse(
      'FILE_TYPE_NOT_SUPPORTED',
      'This is an old .xls workbook or a password-protected one; save it as .xlsx without a password, or as CSV',
    );
  if (isZip(bytes)) return readXlsx(bytes);
  if (extension === 'xlsx' || extension === 'xls' || extension === 'xlsb')
    throw new refuse('FILE_MALFORMED', `${fileName} is not a readable XLSX workbook`);
  return readCsv(bytes, options.encoding);
}

function readCsv(bytes: Buffer, chosen?: Encoding): Sheet {
  const detected = detectEncoding(bytes);
  const encoding: EncodingGuess = chosen ? { encoding: chosen, basis: 'chosen', confidence: 100 } : detected.best;
  let text: string;
  try {
    text = decodeText(bytes, encoding.encoding);
  } catch {
    throw new refuse('FILE_MALFORMED', `The file cannot be read as ${encoding.encoding}`);
  }
  if (text.includes('\u0000')) throw new refuse('FILE_TYPE_NOT_SUPPORTED', 'This is not a text (CSV) file');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = ([',', ';', '\t'] as const).reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      max_record_size: 64 * 1024,
    }) as string[][];
  } catch (error) {
    throw new refuse('FILE_MALFORMED', `The CSV is malformed: ${(error as Error).message.split('\n')[0]}`);
  }
  const [headers = [], ...data] = records;
  const rows: SheetRow[] = [];
  data.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push({ row: i + 2, cells });
  });
  withinLimits(headers, rows);
  return {
    format: 'csv',
    headers: headers.map((h) => h.trim()),
    rows,
    encoding,
    encodingCandidates: detected.candidates,
    date1904: false,
  };
}

function cellValue(value: ExcelJS.CellValue, address: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value)
      throw new refuse('FORMULAS_NOT_ALLOWED', `Cell ${address} holds a formula; paste its value instead`, {
        cell: address,
      });
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text; // a hyperlink (e.g. a mailto: email)
    if ('error' in value) return null;
  }
  return null;
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  try {
    inspectZip(bytes);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    if (error.reason === 'MACROS') throw new refuse('MACROS_NOT_ALLOWED', error.message);
    if (error.reason === 'TOO_LARGE_UNPACKED') throw new refuse('FILE_TOO_LARGE', error.message);
    throw new refuse('FILE_MALFORMED', error.message);
  }
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new refuse('FILE_MALFORMED', `The workbook cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  // The first sheet that is not the template's instructions or lists.
  const sheet =
    workbook.worksheets.find((w) => w.state === 'visible' && !/^(instructions|說明|说明|lists)$/i.test(w.name)) ??
    workbook.worksheets[0];
  if (!sheet) throw new refuse('FILE_EMPTY', 'The workbook has no sheet');
  if (sheet.rowCount > MAX_ROWS + 1 && sheet.actualRowCount > MAX_ROWS + 1)
    throw new refuse('TOO_MANY_ROWS', `The sheet has more than ${MAX_ROWS} rows`, { maxRows: MAX_ROWS });
  const width = Math.min(sheet.columnCount, MAX_COLUMNS + 1);
  const rowCells = (row: ExcelJS.Row): Cell[] => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(cellValue(cell.value, cell.address));
    }
    return cells;
  };
  const headerRow = sheet.getRow(1);
  const headers = rowCells(headerRow).map((c) => cellText(c).trim());
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = rowCells(row).slice(0, Math.max(headers.length, 1));
    if (!isBlank(cells)) rows.push({ row: number, cells });
  });
  withinLimits(headers, rows);
  return { format: 'xlsx', headers, rows, date1904: Boolean(workbook.properties?.date1904) };
}
