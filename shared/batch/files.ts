/**
 * Writing tables as files people open in Excel: CSV in UTF-8 with a BOM (without it Excel on
 * Windows reads Chinese as mojibake) and XLSX through exceljs. A text cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a spreadsheet
 * (CSV/formula injection: a name typed as `=HYPERLINK(...)` in an import), so it is written
 * with a leading apostrophe, as OWASP advises. Numbers stay numbers.
 */
import type ExcelJS from 'exceljs';
import { excel } from './excel';
import { stringify } from 'csv-stringify/sync';

export type OutCell = string | number | null | undefined;

export interface OutSheet {
  name: string;
  headers: string[];
  rows: OutCell[][];
  /** Column widths in characters (optional). */
  widths?: number[];
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A text cell as it is safe to write. */
export function neutralise(cell: OutCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return DANGEROUS_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(sheet: OutSheet): Buffer {
  const text = stringify([sheet.headers.map(neutralise), ...sheet.rows.map((row) => row.map(neutralise))], {
    record_delimiter: '\r\n',
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function toXlsx(sheets: OutSheet[], build?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Talent Exchange Coordinator';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.addRow(sheet.headers.map(neutralise));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) worksheet.addRow(row.map(neutralise));
    sheet.headers.forEach((header, i) => {
      worksheet.getColumn(i + 1).width = sheet.widths?.[i] ?? Math.min(40, Math.max(10, header.length + 2));
    });
  }
  build?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
