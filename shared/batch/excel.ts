/**
 * exceljs, loaded on first use: it is most of the batch function's bundle, and the routes that
 * read no spreadsheet (the import's progress, the report as JSON) should not pay for it at cold start.
 */
import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

export const excel = (): Promise<typeof ExcelJS> =>
  (loaded ??= import('exceljs').then((m) => ((m as { default?: typeof ExcelJS }).default ?? m) as typeof ExcelJS));
