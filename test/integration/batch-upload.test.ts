/**
 * A spreadsheet too large to travel inside an API request (an XLSX with a pasted picture or two,
 * 4.8 MB: base64 makes it 6.4 MB, over Lambda's 6 MB): the programme office asks for an upload
 * form, the browser posts the file straight to storage (the local S3 stand-in, as strict as S3 on
 * the form's policy), and the import reads it by its upload id — dry run, commit, the same rules.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startHarness, type Harness } from '../support/harness';
import { expectStatus } from '../support/fixtures';
import { FIXTURE_WORLD } from '../../scripts/make-import-fixtures';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');

let h: Harness;
let coordinator: string;
let programmeId: string;
let otherProgrammeId: string;
let bigWorkbook: Buffer;

/** The fixture workbook of nominations with a 4.7 MB picture pasted into it: a real large file. */
async function withPicture(pictureBytes: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(FIXTURES, 'nominations-serials.xlsx')) as unknown as ArrayBuffer);
  // Random bytes do not compress: the file is as large as the picture.
  const image = workbook.addImage({ buffer: randomBytes(pictureBytes) as unknown as ExcelJS.Buffer, extension: 'png' });
  workbook.worksheets[0]!.addImage(image, { tl: { col: 20, row: 1 }, ext: { width: 400, height: 300 } });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.token({ role: 'admin', sub: 'admin-1' });
  coordinator = await h.token({ role: 'programme-coordinator', sub: 'pc-1' });
  const post = (path: string, body: unknown) => expectStatus(h.request('POST', path, { token: admin, body }), 201);
  const host = await post('/v1/institutions', { region: 'HK', names: FIXTURE_WORLD.host, cluster: 'KW' });
  await post('/v1/institutions', { region: 'HK', names: FIXTURE_WORLD.hkHome, cluster: 'HKW' });
  await post('/v1/institutions', { region: 'GD', names: FIXTURE_WORLD.home, city: 'Guangzhou' });
  await post(`/v1/institutions/${host.institutionId}/departments`, {
    names: { en: 'Medicine', 'zh-Hant': '內科', 'zh-Hans': '内科' },
    specialty: 'MEDICINE',
    capacity: 5,
  });
  const programme = (en: string) =>
    post('/v1/programmes', {
      names: { en, 'zh-Hant': en, 'zh-Hans': en },
      direction: 'GD_TO_HK',
      ...FIXTURE_WORLD.window,
      status: 'OPEN',
    });
  programmeId = (await programme('Visiting Programme 2027')).programmeId;
  otherProgrammeId = (await programme('Another Programme 2027')).programmeId;
  bigWorkbook = await withPicture(4_700_000);
});
afterAll(() => h.close());

interface UploadForm {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
}

const requestForm = (fileName: string, size: number, forProgramme = programmeId) =>
  h.request('POST', `/v1/programmes/${forProgramme}/imports/uploads`, { token: coordinator, body: { fileName, size } });

/** What the console does: the form's fields, then the file, posted as multipart/form-data. */
async function postToStorage(form: UploadForm, file: Buffer, tamper: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...tamper })) body.append(name, value);
  body.append('file', new Blob([new Uint8Array(file)]), 'nominations.xlsx');
  const response = await fetch(form.url, { method: 'POST', body });
  return { status: response.status, text: await response.text() };
}

const importByUpload = (uploadId: string, dryRun: boolean, forProgramme = programmeId) =>
  h.request('POST', `/v1/programmes/${forProgramme}/imports${dryRun ? '?dryRun=true' : ''}`, {
    token: coordinator,
    body: { fileName: 'nominations-with-picture.xlsx', uploadId },
  });

describe('a file too large for a request', () => {
  it('cannot be sent inside the request: base64 takes it over the limit', async () => {
    expect(bigWorkbook.length).toBeGreaterThan(4_500_000);
    expect(bigWorkbook.length).toBeLessThan(5 * 1024 * 1024);
    const response = await h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
      token: coordinator,
      body: { fileName: 'nominations-with-picture.xlsx', content: bigWorkbook.toString('base64') },
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('goes to storage with an upload form, then is dry-run and committed by its upload id', async () => {
    const form: UploadForm = await expectStatus(requestForm('nominations-with-picture.xlsx', bigWorkbook.length), 201);
    expect(form.maxBytes).toBe(5 * 1024 * 1024);
    expect(Date.parse(form.expiresAt)).toBeGreaterThan(Date.now());
    expect(await postToStorage(form, bigWorkbook)).toMatchObject({ status: 204 });

    const report = await expectStatus(importByUpload(form.uploadId, true), 200);
    expect(report).toMatchObject({ dryRun: true, format: 'xlsx' });
    expect(report.counts.rows).toBeGreaterThan(0);
    expect(report.counts.new).toBe(report.counts.rows - report.counts.invalid);
    expect(report.counts.new).toBeGreaterThan(0);

    const started = await expectStatus(importByUpload(form.uploadId, false), 201);
    let record = started;
    for (let i = 0; record.status !== 'COMPLETED' && i < 20; i++)
      record = await expectStatus(
        h.request('POST', `/v1/imports/${started.importId}/process`, { token: coordinator }),
        200,
      );
    expect(record.counts.created + record.counts.nominated).toBe(report.counts.new);
    const placements = await expectStatus(
      h.request('GET', `/v1/programmes/${programmeId}/placements?limit=100`, { token: coordinator }),
      200,
    );
    expect(placements.items).toHaveLength(report.counts.new);

    // The stored copy of the file is removed once its rows are kept with the import.
    const again = await importByUpload(form.uploadId, true);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('NOT_FOUND');
  });
});

describe('what storage and the API refuse', () => {
  it('refuses a form for a file over 5 MB, an old .xls or a macro workbook before anything is sent', async () => {
    const tooLarge = await requestForm('nominations.xlsx', 5 * 1024 * 1024 + 1);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('FILE_TOO_LARGE');
    expect((await requestForm('nominations.xls', 1000)).body.code).toBe('FILE_TYPE_NOT_SUPPORTED');
    expect((await requestForm('nominations.xlsm', 1000)).body.code).toBe('MACROS_NOT_ALLOWED');
    const hospital = await h.token({ role: 'hospital-coordinator', sub: 'hc-1', institutionId: 'inst_any' });
    const forbidden = await h.request('POST', `/v1/programmes/${programmeId}/imports/uploads`, {
      token: hospital,
      body: { fileName: 'nominations.xlsx', size: 1000 },
    });
    expect(forbidden.status).toBe(403);
  });

  it('storage refuses a file larger than the form allows, and keeps nothing of it', async () => {
    // The form was asked for a small file; the limit in its signed policy is the import's limit.
    const form: UploadForm = await expectStatus(requestForm('nominations.xlsx', 1000), 201);
    const stored = await postToStorage(form, randomBytes(form.maxBytes + 1));
    expect(stored.status).toBe(400);
    expect(stored.text).toContain('EntityTooLarge');
    expect((await importByUpload(form.uploadId, true)).status).toBe(404);
  });

  it('storage refuses a form whose key or policy was changed', async () => {
    const form: UploadForm = await expectStatus(requestForm('nominations.xlsx', 1000), 201);
    const otherKey = await postToStorage(form, Buffer.from('x'), { key: `imports/${otherProgrammeId}/upl_mine` });
    expect(otherKey.status).toBe(403);
    const policy = JSON.parse(Buffer.from(form.fields.Policy!, 'base64').toString());
    policy.conditions = policy.conditions.filter((c: unknown) => !Array.isArray(c));
    const loosened = await postToStorage(form, Buffer.from('x'), {
      Policy: Buffer.from(JSON.stringify(policy)).toString('base64'),
    });
    expect(loosened.status).toBe(403);
    expect(loosened.text).toContain('SignatureDoesNotMatch');
  });

  it('an upload id works only for the programme it was made for', async () => {
    const form: UploadForm = await expectStatus(requestForm('nominations-with-picture.xlsx', bigWorkbook.length), 201);
    expect((await postToStorage(form, bigWorkbook)).status).toBe(204);
    const elsewhere = await importByUpload(form.uploadId, true, otherProgrammeId);
    expect(elsewhere.status).toBe(404);
    expect((await importByUpload(form.uploadId, true)).status).toBe(200);
  });

  it('an upload id that was never posted is a 404, and an id that is not an id a 400', async () => {
    expect((await importByUpload('upl_neverPosted', true)).status).toBe(404);
    const malformed = await importByUpload('../../etc/passwd', true);
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });
});
