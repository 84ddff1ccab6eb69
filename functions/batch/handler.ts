/** Batch work: spreadsheet imports, bulk transitions and exports. */
import { createApiHandler, requirePrincipal, type ApiResult } from '../../shared/http/api-handler';
import { batchContracts } from '../../shared/contract';
import { writeContext } from '../../shared/http/results';
import type { Language } from '../../shared/schemas';
import { toCsv, toXlsx, type OutSheet } from '../../shared/batch/files';
import { nominationTemplate } from '../../shared/batch/template';
import { imports, allInstitutions } from '../../shared/repository/imports';
import { getProgramme } from '../../shared/services/programmes';
import * as importing from '../../shared/services/imports';
import { rejectedRowsSheet } from '../../shared/services/rejected-rows';
import { bulkTransition } from '../../shared/services/bulk';
import { occupancySheet, programmeReport, reportSheets, rosterSheet } from '../../shared/services/exports';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

/** A file download: its bytes, type and the name the browser saves it under (RFC 6266, UTF-8 safe). */
const file = (body: Buffer, contentType: string, fileName: string): ApiResult<Buffer> => ({
  body,
  headers: {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  },
});

const lang = (request: { query: { lang?: Language } }): Language => request.query.lang ?? 'en';
const xlsx = async (sheets: OutSheet[], name: string) => file(await toXlsx(sheets), XLSX, name);

export const handler = createApiHandler('batch', batchContracts, {
  listImports: async (request) => {
    const programme = await getProgramme(request.params.programmeId);
    return { body: await imports.list(programme.programmeId, request.query) };
  },
  createImport: async (request) => {
    const principal = requirePrincipal(request);
    if (request.dryRun)
      return { status: 200, body: await importing.dryRunImport(principal, request.params.programmeId, request.body) };
    const record = await importing.startImport(principal, request.params.programmeId, request.body);
    return { status: 201, body: record, version: record.version };
  },
  createImportUploadForm: async (request) => ({
    status: 201,
    body: await importing.createUploadForm(request.params.programmeId, request.body),
  }),
  getImportTemplate: async (request) => {
    const programme = await getProgramme(request.params.programmeId);
    const [origin, destination] = programme.direction === 'GD_TO_HK' ? ['GD', 'HK'] : ['HK', 'GD'];
    const institutions = await allInstitutions();
    const body = await nominationTemplate(lang(request), {
      home: institutions.filter((i) => i.region === origin),
      host: institutions.filter((i) => i.region === destination),
    });
    return file(body, XLSX, 'nominations-template.xlsx');
  },
  getImport: async (request) => {
    const detail = await importing.getImport(requirePrincipal(request), request.params.importId);
    return { body: detail, version: detail.version };
  },
  processImport: async (request) => {
    const record = await importing.processImport(requirePrincipal(request), request.params.importId);
    return { body: record, version: record.version };
  },
  getRejectedRowsXlsx: async (request) => {
    const { sheet, fileName } = await rejectedRowsSheet(request.params.importId);
    return xlsx([sheet], `${fileName}-rejected.xlsx`);
  },
  getRejectedRowsCsv: async (request) => {
    const { sheet, fileName } = await rejectedRowsSheet(request.params.importId);
    return file(toCsv(sheet), CSV, `${fileName}-rejected.csv`);
  },
  bulkTransitionPlacements: async (request) => {
    await getProgramme(request.params.programmeId);
    const { principal, dryRun } = writeContext(request);
    const results = await bulkTransition(
      { principal, dryRun },
      request.params.programmeId,
      request.body.action,
      request.body.items,
      request.body.reason,
    );
    const succeeded = results.filter((r) => r.ok).length;
    const counts = { succeeded, failed: results.length - succeeded };
    return {
      status: 200,
      body: dryRun ? { dryRun: true as const, valid: true, results, ...counts } : { results, ...counts },
    };
  },
  exportRosterXlsx: async (request) => {
    const sheet = await rosterSheet(requirePrincipal(request), request.params.programmeId, lang(request));
    return xlsx([sheet], `roster-${request.params.programmeId}.xlsx`);
  },
  exportRosterCsv: async (request) => {
    const sheet = await rosterSheet(requirePrincipal(request), request.params.programmeId, lang(request));
    return file(toCsv(sheet), CSV, `roster-${request.params.programmeId}.csv`);
  },
  getProgrammeReport: async (request) => ({
    body: await programmeReport(requirePrincipal(request), request.params.programmeId),
  }),
  exportProgrammeReportXlsx: async (request) => {
    const report = await programmeReport(requirePrincipal(request), request.params.programmeId);
    return xlsx(reportSheets(report, lang(request)), `report-${request.params.programmeId}.xlsx`);
  },
  exportOccupancyXlsx: async (request) => {
    const sheet = await occupancySheet(
      requirePrincipal(request),
      request.params.institutionId,
      request.query.month,
      lang(request),
    );
    return xlsx([sheet], `occupancy-${request.params.institutionId}-${request.query.month}.xlsx`);
  },
});
