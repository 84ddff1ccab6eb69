/**
 * Importing nominations from real spreadsheet files (test/fixtures/imports, written by
 * scripts/make-import-fixtures.ts): encodings detected and decoded, headers in three languages,
 * dates in every form, every kind of row error reported by row and column, a commit that writes
 * the valid rows through the API's rules, a re-upload that creates no duplicate, two uploads
 * racing, refused files, the rejected rows handed back, and the import history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { startHarness, type Harness } from '../support/harness';
import { expectStatus } from '../support/fixtures';
import { FIXTURE_WORLD } from '../../scripts/make-import-fixtures';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

let h: Harness;
let admin: string;
let coordinator: string;
let programmeId: string;
let hostId: string;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.token({ role: 'admin', sub: 'admin-1' });
  coordinator = await h.token({ role: 'programme-coordinator', sub: 'pc-1' });
  const post = (path: string, body: unknown) => expectStatus(h.request('POST', path, { token: admin, body }), 201);
  const host = await post('/v1/institutions', { region: 'HK', names: FIXTURE_WORLD.host, cluster: 'KW' });
  hostId = host.institutionId;
  await post('/v1/institutions', { region: 'HK', names: FIXTURE_WORLD.hkHome, cluster: 'HKW' });
  await post('/v1/institutions', { region: 'GD', names: FIXTURE_WORLD.home, city: 'Guangzhou' });
  await post(`/v1/institutions/${hostId}/departments`, {
    names: { en: 'Medicine', 'zh-Hant': '內科', 'zh-Hans': '内科' },
    specialty: 'MEDICINE',
    capacity: 5,
  });
  const programme = await post('/v1/programmes', {
    names: { en: 'Visiting Programme 2027', 'zh-Hant': '訪問計劃2027', 'zh-Hans': '访问计划2027' },
    direction: 'GD_TO_HK',
    ...FIXTURE_WORLD.window,
    status: 'OPEN',
  });
  programmeId = programme.programmeId;
});
afterAll(() => h.close());

const upload = (name: string, extra: Record<string, unknown> = {}, bytes = fixture(name)) => ({
  fileName: name,
  content: bytes.toString('base64'),
  ...extra,
});

const dryRun = (name: string, extra: Record<string, unknown> = {}, token = coordinator) =>
  h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, { token, body: upload(name, extra) });

/** Commit a file and process it chunk by chunk, as the console does. */
async function commit(name: string, extra: Record<string, unknown> = {}) {
  const started = await expectStatus(
    h.request('POST', `/v1/programmes/${programmeId}/imports`, { token: coordinator, body: upload(name, extra) }),
    201,
  );
  let record = started;
  for (let i = 0; record.status !== 'COMPLETED' && i < 50; i++)
    record = await expectStatus(
      h.request('POST', `/v1/imports/${started.importId}/process`, { token: coordinator }),
      200,
    );
  return expectStatus(h.request('GET', `/v1/imports/${started.importId}`, { token: coordinator }), 200);
}

const placements = async () =>
  (
    await expectStatus(
      h.request('GET', `/v1/programmes/${programmeId}/placements?limit=100`, { token: coordinator }),
      200,
    )
  ).items as { staffId: string; startDate: string; endDate: string; notes?: string }[];

describe('encodings and headers', () => {
  it('reads a GB18030 CSV with Simplified Chinese headers and dates as 2027/3/1 and 2027年3月1日', async () => {
    const report = await expectStatus(dryRun('nominations-gb18030.csv'), 200);
    expect(report.encoding.used).toBe('gb18030');
    expect(report.rows.map((r: { name: string }) => r.name)).toEqual(['LIN Xiaomei 林晓梅', 'ZHOU Wei 周伟']);
    expect(report.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['NEW', 'NEW']);
    expect(report.counts).toMatchObject({ rows: 2, new: 2, invalid: 0 });
    // The preview offers the other decoding, which reads as nonsense, so a person can tell.
    const big5 = report.encoding.candidates.find((c: { encoding: string }) => c.encoding === 'big5');
    expect(big5.names.join(' ')).not.toContain('林晓梅');
    const gb = report.encoding.candidates.find((c: { encoding: string }) => c.encoding === 'gb18030');
    expect(gb.names).toEqual(['LIN Xiaomei / 林晓梅', 'ZHOU Wei / 周伟']);
  });

  it('tells Big5 from GB18030 (a naive fallback would decode it as wrong characters) and reads day-first dates', async () => {
    const report = await expectStatus(dryRun('nominations-big5.csv'), 200);
    expect(report.encoding.used).toBe('big5');
    expect(report.rows.map((r: { name: string }) => r.name)).toEqual(['CHAN Siu-ming 陳小明', 'HO Ka-yan 何嘉欣']);
    expect(report.rows.every((r: { outcome: string }) => r.outcome === 'NEW')).toBe(true);
  });

  it('lets the user override the detected encoding, and shows what each decoding reads', async () => {
    // Big5 read as GB18030 (what a naive fallback does): the headers no longer read, the import says
    // so, and the preview shows that Big5 reads right, so the user can switch back.
    const wrong = await dryRun('nominations-big5.csv', { encoding: 'gb18030' });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'COLUMNS_MISSING']);
    expect(wrong.body.encoding).toMatchObject({ used: 'gb18030', basis: 'chosen' });
    const big5 = wrong.body.encoding.candidates.find((c: { encoding: string }) => c.encoding === 'big5');
    expect(big5.names).toEqual(['CHAN Siu-ming / 陳小明', 'HO Ka-yan / 何嘉欣']);
    const right = await expectStatus(dryRun('nominations-big5.csv', { encoding: 'big5' }), 200);
    expect(right.encoding).toMatchObject({ used: 'big5', basis: 'chosen' });
  });
});

describe('the dry run', () => {
  it('reports every kind of row error by row and column, with the API rule codes, and writes nothing', async () => {
    const before = await placements();
    const report = await expectStatus(dryRun('nominations-utf8-bom.csv'), 200);
    const codesOf = (row: number) =>
      report.rows.find((r: { row: number }) => r.row === row).problems.map((p: { code: string }) => p.code);
    const fieldOf = (row: number) =>
      report.rows.find((r: { row: number }) => r.row === row).problems.map((p: { column?: string }) => p.column);
    // A BOM glued to the first header does not hide it: row 2 (the first data row) is fine.
    expect(report.rows[0]).toMatchObject({ row: 2, outcome: 'NEW' });
    expect(report.columns.ignored).toEqual(['Batch reference']);
    expect(codesOf(3)).toEqual(['REQUIRED']);
    expect(fieldOf(3)).toEqual(['Email *']);
    expect(codesOf(4)).toEqual(['INVALID_EMAIL']);
    expect(codesOf(5)).toEqual(['UNKNOWN_DISCIPLINE']);
    expect(codesOf(6)).toEqual(['UNKNOWN_INSTITUTION']);
    expect(fieldOf(6)).toEqual(['Host institution *']);
    expect(codesOf(7)).toEqual(['NO_SUCH_DAY']);
    expect(codesOf(8)).toEqual(['END_BEFORE_START']);
    expect(codesOf(9)).toEqual(['OUTSIDE_PROGRAMME_WINDOW']);
    expect(codesOf(10)).toContain('DIRECTION_MISMATCH');
    expect(codesOf(11)).toEqual(expect.arrayContaining(['INCOMPLETE_CREDENTIAL']));
    expect(codesOf(12)).toEqual(['DUPLICATE_IN_FILE']);
    expect(codesOf(13)).toEqual(['INVALID_PHONE']);
    expect(codesOf(14)).toEqual(['NAME_REQUIRED']);
    expect(codesOf(15)).toEqual(['UNKNOWN_CREDENTIAL_TYPE']);
    expect(report.counts).toMatchObject({ rows: 14, new: 1, invalid: 13 });
    // A row that cannot be read still says whom it is about, as typed, so it can be found in the file.
    const named = (row: number) => {
      const { name, email } = report.rows.find((r: { row: number }) => r.row === row);
      return { name, email };
    };
    expect([3, 4, 5].map(named)).toEqual([
      { name: 'No Email', email: undefined },
      { name: 'Bad Email', email: 'not-an-email' },
      { name: 'Someone', email: 'surgeon@gd.example' },
    ]);
    expect(await placements()).toEqual(before);
  });

  it('reads Excel date serials and date cells from an XLSX with columns in any order', async () => {
    const report = await expectStatus(dryRun('nominations-serials.xlsx'), 200);
    expect(report.format).toBe('xlsx');
    expect(report.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['NEW', 'NEW']);
    expect(report.columns.ignored).toEqual(['Our own notes']);
  });

  it('takes a gzip-compressed upload (how the console sends a file)', async () => {
    const gz = gzipSync(fixture('nominations-gb18030.csv'));
    const res = await h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
      token: coordinator,
      body: upload('nominations-gb18030.csv', { contentEncoding: 'gzip' }, gz),
    });
    expect(res.status).toBe(200);
    expect(res.body.counts.new).toBe(2);
  });
});

describe('refused files: a clear 4xx, nothing written', () => {
  it.each([
    ['formula.xlsx', 422, 'FORMULAS_NOT_ALLOWED'],
    ['macro.xlsx', 422, 'MACROS_NOT_ALLOWED'],
    ['bomb.xlsx', 413, 'FILE_TOO_LARGE'],
    ['malformed.xlsx', 400, 'FILE_MALFORMED'],
  ])('%s → %i %s', async (name, status, code) => {
    const res = await h.request('POST', `/v1/programmes/${programmeId}/imports`, {
      token: coordinator,
      body: upload(name),
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
    const history = await expectStatus(
      h.request('GET', `/v1/programmes/${programmeId}/imports`, { token: coordinator }),
      200,
    );
    expect(history.items).toEqual([]);
  });

  it('refuses a macro workbook by name, more than 500 rows, more than 5 MB, and a file without mandatory columns', async () => {
    const xlsm = await h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
      token: coordinator,
      body: upload('book.xlsm', {}, fixture('nominations-serials.xlsx')),
    });
    expect(xlsm.body.code).toBe('MACROS_NOT_ALLOWED');
    const many = Buffer.from(
      `Email,Name (English)\n${Array.from({ length: 501 }, (_, i) => `p${i}@gd.example,P ${i}`).join('\n')}\n`,
    );
    const tooMany = await h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
      token: coordinator,
      body: upload('many.csv', {}, many),
    });
    expect([tooMany.status, tooMany.body.code]).toEqual([413, 'TOO_MANY_ROWS']);
    const big = gzipSync(Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
    const tooBig = await h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
      token: coordinator,
      body: upload('big.csv', { contentEncoding: 'gzip' }, big),
    });
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'FILE_TOO_LARGE']);
    const columns = await h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
      token: coordinator,
      body: upload('few.csv', {}, Buffer.from('Name (English),Phone\nA,123456\n')),
    });
    expect([columns.status, columns.body.code]).toEqual([422, 'COLUMNS_MISSING']);
    expect(columns.body.missing.map((m: { field: string }) => m.field)).toEqual(
      expect.arrayContaining(['email', 'discipline', 'hostInstitution', 'startDate']),
    );
  });

  it('is for the programme office only', async () => {
    const hospital = await h.token({ role: 'hospital-coordinator', sub: 'hc-1', institutionId: hostId });
    const res = await dryRun('nominations-gb18030.csv', {}, hospital);
    expect(res.status).toBe(403);
  });
});

describe('commit, re-upload, history, rejected rows', () => {
  it('writes each valid row (person, credentials, nomination) and reports the rest; a re-upload creates no duplicate', async () => {
    const first = await commit('nominations-utf8-bom.csv');
    expect(first.status).toBe('COMPLETED');
    expect(first.counts).toEqual({ created: 1, nominated: 0, alreadyNominated: 0, rejected: 13 });
    const created = first.rows.find((r: { outcome: string }) => r.outcome === 'CREATED');
    const staff = await expectStatus(h.request('GET', `/v1/staff/${created.staffId}`, { token: coordinator }), 200);
    expect(staff.email).toBe('formula@gd.example');

    const gb = await commit('nominations-gb18030.csv');
    expect(gb.counts).toMatchObject({ created: 2, rejected: 0 });
    const lin = gb.rows.find((r: { name: string }) => r.name.includes('林晓梅'));
    const linStaff = await expectStatus(h.request('GET', `/v1/staff/${lin.staffId}`, { token: coordinator }), 200);
    expect(linStaff.names).toEqual({ en: 'LIN Xiaomei', 'zh-Hans': '林晓梅' });
    expect(linStaff.credentials).toEqual([
      expect.objectContaining({
        type: 'NCHK_TEMPORARY_REGISTRATION',
        number: 'N-1001',
        region: 'HK',
        validFrom: '2027-02-01',
        validTo: '2028-01-31',
      }),
    ]);
    const linPlacement = (await placements()).find((p) => p.staffId === lin.staffId)!;
    expect(linPlacement).toMatchObject({ startDate: '2027-03-01', endDate: '2027-11-30', notes: '第一批' });

    const count = (await placements()).length;
    const again = await commit('nominations-gb18030.csv');
    expect(again.counts).toEqual({ created: 0, nominated: 0, alreadyNominated: 2, rejected: 0 });
    expect(again.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['ALREADY_NOMINATED', 'ALREADY_NOMINATED']);
    expect((await placements()).length).toBe(count);
    // The dry run of the same file says so before anything is written.
    const report = await expectStatus(dryRun('nominations-gb18030.csv'), 200);
    expect(report.counts.alreadyNominated).toBe(2);
  });

  it('matches a person registered through the single-item API by email and nominates them', async () => {
    const home = (await expectStatus(h.request('GET', '/v1/institutions?region=GD', { token: coordinator }), 200))
      .items[0];
    const person = await expectStatus(
      h.request('POST', '/v1/staff', {
        token: coordinator,
        body: {
          names: { en: 'CHAN Siu-ming' },
          email: 'CHAN.SiuMing@gd.example',
          discipline: 'DOCTOR',
          specialty: 'Cardiology',
          homeInstitutionId: home.institutionId,
        },
      }),
      201,
    );
    const result = await commit('nominations-big5.csv');
    const chan = result.rows.find((r: { email: string }) => r.email === 'chan.siuming@gd.example');
    expect(chan).toMatchObject({ outcome: 'NOMINATED', staffId: person.staffId });
    expect(result.counts).toMatchObject({ created: 1, nominated: 1 });
  });

  it('two uploads of the same file at the same moment create each person and nomination once', async () => {
    const [a, b] = await Promise.all([commit('nominations-serials.xlsx'), commit('nominations-serials.xlsx')]);
    const outcomes = [...a.rows, ...b.rows].map((r: { outcome: string }) => r.outcome).sort();
    expect(outcomes).toEqual(['ALREADY_NOMINATED', 'ALREADY_NOMINATED', 'CREATED', 'CREATED']);
    const staff = (await expectStatus(h.request('GET', '/v1/staff?limit=100', { token: coordinator }), 200)).items;
    expect(staff.filter((s: { email: string }) => s.email.startsWith('serial.')).length).toBe(2);
    const serialPlacements = (await placements()).filter(
      (p) => p.startDate === '2027-05-01' || p.endDate === '2027-08-31',
    );
    expect(serialPlacements.length).toBe(2);
  });

  it('keeps every import with who, when, file name and counts, audited, and hands back the rejected rows as a file', async () => {
    const history = await expectStatus(
      h.request('GET', `/v1/programmes/${programmeId}/imports?limit=100`, { token: coordinator }),
      200,
    );
    const bom = history.items.find((i: { fileName: string }) => i.fileName === 'nominations-utf8-bom.csv');
    expect(bom).toMatchObject({
      createdBy: { sub: 'pc-1', role: 'programme-coordinator' },
      total: 14,
      status: 'COMPLETED',
    });
    expect(bom.counts.rejected).toBe(13);
    const kept = await expectStatus(h.request('GET', `/v1/imports/${bom.importId}`, { token: coordinator }), 200);
    expect(kept.rows.find((r: { row: number }) => r.row === 4)).toMatchObject({
      outcome: 'INVALID',
      name: 'Bad Email',
      email: 'not-an-email',
    });

    const download = await fetch(`${h.baseUrl}/v1/imports/${bom.importId}/rejected.xlsx`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('nominations-utf8-bom-rejected.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await download.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(14);
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['Email *', 'Name (English)', 'Batch reference']);
    expect(headers).toContain('Errors / 錯誤 / 错误');
    const errors = sheet.getColumn(headers.indexOf('Errors / 錯誤 / 错误') + 1).values.slice(2) as string[];
    expect(errors[0]).toContain('[REQUIRED] Email *');

    // The fixed file goes back in: the error column is ignored, the rows are read again.
    const csv = await fetch(`${h.baseUrl}/v1/imports/${bom.importId}/rejected.csv`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const report = await expectStatus(
      h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
        token: coordinator,
        body: upload('rejected.csv', {}, bytes),
      }),
      200,
    );
    expect(report.counts.rows).toBe(13);
    expect(report.columns.ignored).toEqual(expect.arrayContaining(['Errors / 錯誤 / 错误']));
  });

  it('offers a template whose headers the import reads, with drop-downs and instructions in three languages', async () => {
    const res = await fetch(`${h.baseUrl}/v1/programmes/${programmeId}/imports/template.xlsx?lang=zh-Hant`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [nominations, instructions, lists] = workbook.worksheets;
    const headers = (nominations!.getRow(1).values as string[]).slice(1);
    expect(headers).toContain('電郵 *');
    expect(
      nominations!.getCell(`${String.fromCharCode(64 + headers.indexOf('職系 *') + 1)}2`).dataValidation,
    ).toMatchObject({ type: 'list' });
    const text = (instructions!.getColumn(1).values as string[]).join('\n');
    expect(text).toContain('How to fill in this template');
    expect(text).toContain('如何填寫本範本');
    expect(text).toContain('如何填写本模板');
    expect(lists!.state).toBe('hidden');
    // Filled in and uploaded, the template's headers are all recognised.
    nominations!.getRow(2).values = [
      'WONG Tai',
      '黃大',
      '',
      'wong.tai@gd.example',
      '',
      'NURSE',
      'ICU',
      FIXTURE_WORLD.home['zh-Hant'],
      'zh-Hant',
      FIXTURE_WORLD.host['zh-Hant'],
      new Date(Date.UTC(2027, 2, 1)),
      new Date(Date.UTC(2027, 5, 30)),
    ];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await expectStatus(
      h.request('POST', `/v1/programmes/${programmeId}/imports?dryRun=true`, {
        token: coordinator,
        body: upload('filled.xlsx', {}, filled),
      }),
      200,
    );
    expect(report.columns.ignored).toEqual([]);
    expect(report.rows).toEqual([expect.objectContaining({ row: 2, outcome: 'NEW' })]);
    // No entry permit in the row: a warning, as the single-item API gives, not a refusal.
    expect(report.rows[0].problems.map((p: { code: string; severity: string }) => [p.code, p.severity])).toEqual([
      ['ENTRY_PERMIT_NOT_COVERING', 'warning'],
    ]);
  });
});
