/**
 * The rows an import did not write, handed back as a file: the columns as uploaded plus an
 * error column, so they can be fixed and uploaded again (the error column is ignored then, and
 * the rows already imported are recognised and not duplicated).
 */
import { AppError } from '../errors';
import type { OutSheet } from '../batch/files';
import { imports } from '../repository/imports';

const NOT_WRITTEN = new Set(['INVALID', 'REJECTED']);

export async function rejectedRowsSheet(importId: string): Promise<{ sheet: OutSheet; fileName: string }> {
  const record = await imports.get(importId);
  if (!record)
    throw new AppError('NOT_FOUND', `Import ${importId} was not found`, { resource: 'Import', id: importId });
  const rows = (await imports.allRows(importId)).filter((r) => r.outcome && NOT_WRITTEN.has(r.outcome));
  const width = record.headers.length;
  return {
    fileName: record.fileName.replace(/\.(csv|xlsx)$/i, ''),
    sheet: {
      name: 'Rejected rows',
      headers: [...record.headers, 'Errors / 錯誤 / 错误', 'Row in the original file'],
      rows: rows.map((r) => [
        ...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
        r.problems
          .filter((p) => p.severity !== 'warning')
          .map((p) => `[${p.code}]${p.column ? ` ${p.column}:` : ''} ${p.message}`)
          .join('; '),
        r.row,
      ]),
    },
  };
}
