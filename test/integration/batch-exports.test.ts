/**
 * Exports read back with exceljs (and as CSV bytes) and compared with what the API holds: the
 * roster (one row per rotation, names in three scripts, formula-injection cells neutralised),
 * confined for hospital coordinators; department occupancy for a month; the programme report.
 * And bulk transitions: each item its own transaction and If-Match, each reported.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startHarness, type Harness } from '../support/harness';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  transition,
  type World,
} from '../support/fixtures';

let h: Harness;
let w: World;
let injected: { staffId: string; placementId: string; rotationId: string };
let plain: { staffId: string; placementId: string; rotationId: string };

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, { capacity: 3 });
  // A visitor whose name and specialty were typed as formulas (e.g. came in through an import).
  const person = await expectStatus(
    h.request('POST', '/v1/staff', {
      token: w.admin,
      body: {
        names: { en: '=HYPERLINK("http://evil.example","x")', 'zh-Hant': '陳小明', 'zh-Hans': '陈小明' },
        email: 'injected@gd.example',
        discipline: 'NURSE',
        specialty: '+SUM(1,1)',
        homeInstitutionId: w.homeId,
      },
    }),
    201,
  );
  for (const type of ['NCHK_TEMPORARY_REGISTRATION', 'ENTRY_PERMIT'])
    await expectStatus(
      h.request('POST', `/v1/staff/${person.staffId}/credentials`, {
        token: w.admin,
        body: { type, number: `${type}-1`, region: 'HK', validFrom: '2027-01-01', validTo: '2027-12-31' },
      }),
      201,
    );
  const p1 = await addPlacement(w, person.staffId);
  await transition(w, p1.placementId, 'offer');
  await transition(w, p1.placementId, 'accept');
  const r1 = await addRotation(w, p1.placementId, { startDate: '2027-03-01', endDate: '2027-03-10' });
  injected = { staffId: person.staffId, placementId: p1.placementId, rotationId: r1.rotationId };

  const other = await addStaff(w);
  const p2 = await addPlacement(w, other.staffId);
  await transition(w, p2.placementId, 'offer');
  await transition(w, p2.placementId, 'accept');
  const r2 = await addRotation(w, p2.placementId, { startDate: '2027-03-05', endDate: '2027-03-20' });
  await expectStatus(
    h.request('POST', `/v1/rotations/${r2.rotationId}/decline`, {
      token: w.admin,
      body: { reason: 'Clashes with my licensing exam' },
      headers: { 'if-match': '"1"' },
    }),
    200,
  );
  plain = { staffId: other.staffId, placementId: p2.placementId, rotationId: r2.rotationId };
});
afterAll(() => h.close());

const download = async (path: string, token = w.coordinator) => {
  const res = await fetch(`${h.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};
const readXlsx = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('the roster', () => {
  it('as XLSX: one row per rotation with names in three scripts, department, dates, states and confirmation', async () => {
    const res = await download(`/v1/programmes/${w.programmeId}/roster.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const [header, ...rows] = rowsOf((await readXlsx(res.bytes)).worksheets[0]!);
    expect(header!.slice(0, 3)).toEqual(['Name (English)', 'Name (Traditional Chinese)', 'Name (Simplified Chinese)']);
    const col = (name: string) => header!.indexOf(name);
    const byRotation = (id: string) => rows.find((r) => r[col('Rotation ID')] === id)!;
    const mine = byRotation(injected.rotationId);
    // The formula is kept as text, never run.
    expect(mine[col('Name (English)')]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(mine[col('Specialty')]).toBe(`'+SUM(1,1)`);
    expect(mine.slice(1, 3)).toEqual(['陳小明', '陈小明']);
    expect(mine[col('Department')]).toBe('Medicine');
    expect([mine[col('Rotation start')], mine[col('Rotation end')]]).toEqual(['2027-03-01', '2027-03-10']);
    expect([mine[col('Placement state')], mine[col('Rotation state')]]).toEqual(['ACCEPTED', 'SCHEDULED']);
    expect(mine[col('Confirmation')]).toBe('Awaiting confirmation');
    expect(mine[col('Host institution')]).toBe('Queen Mary Hospital');
    const declined = byRotation(plain.rotationId);
    expect([declined[col('Confirmation')], declined[col('Decline reason')]]).toEqual([
      'Declined',
      'Clashes with my licensing exam',
    ]);
    expect(rows.length).toBe(2);
  });

  it('as CSV: UTF-8 with a BOM, headers in the reader’s language, formula cells neutralised', async () => {
    const res = await download(`/v1/programmes/${w.programmeId}/roster.csv?lang=zh-Hant`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(res.bytes.subarray(3).toString('utf8')) as string[][];
    expect(header!.slice(0, 3)).toEqual(['英文姓名', '中文姓名（繁體）', '中文姓名（簡體）']);
    const mine = rows.find((r) => r.includes(injected.rotationId))!;
    expect(mine[0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(mine[9]).toBe('Medicine（繁）');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('for a hospital coordinator holds only what their institution hosts or sends', async () => {
    const unrelated = await h.token({ role: 'hospital-coordinator', sub: 'hc-x', institutionId: w.otherHostId });
    const host = await h.token({ role: 'hospital-coordinator', sub: 'hc-h', institutionId: w.hostId });
    const none = rowsOf(
      (await readXlsx((await download(`/v1/programmes/${w.programmeId}/roster.xlsx`, unrelated)).bytes)).worksheets[0]!,
    );
    expect(none.length).toBe(1);
    const hosted = rowsOf(
      (await readXlsx((await download(`/v1/programmes/${w.programmeId}/roster.xlsx`, host)).bytes)).worksheets[0]!,
    );
    expect(hosted.length).toBe(3);
    const visitor = await h.token({ role: 'staff', sub: 's', staffId: injected.staffId });
    expect((await download(`/v1/programmes/${w.programmeId}/roster.csv`, visitor)).status).toBe(403);
  });
});

describe('occupancy and the programme report', () => {
  it('exports a host hospital’s department occupancy for a month, per day', async () => {
    const res = await download(`/v1/institutions/${w.hostId}/occupancy.xlsx?month=2027-03`);
    expect(res.status).toBe(200);
    const [header, ...rows] = rowsOf((await readXlsx(res.bytes)).worksheets[0]!);
    expect(header!.slice(0, 5)).toEqual(['Department', 'Specialty', 'Capacity', 'Peak', '01']);
    expect(header!.length).toBe(4 + 31);
    const medicine = rows.find((r) => r[0] === 'Medicine')!;
    expect(medicine[2]).toBe(3);
    expect(medicine[3]).toBe(1);
    expect(medicine[4]).toBe(1); // 1 March: the injected visitor (the other rotation was declined)
    expect(medicine[4 + 11]).toBe(0); // 12 March
    const unrelated = await h.token({ role: 'hospital-coordinator', sub: 'hc-y', institutionId: w.otherHostId });
    expect((await download(`/v1/institutions/${w.hostId}/occupancy.xlsx?month=2027-03`, unrelated)).status).toBe(403);
    expect((await download(`/v1/institutions/${w.hostId}/occupancy.xlsx?month=2027-13`)).status).toBe(400);
  });

  it('reports visitors by discipline × host cluster × month, states, and declines with reasons', async () => {
    const report = await expectStatus(
      h.request('GET', `/v1/programmes/${w.programmeId}/report`, { token: w.coordinator }),
      200,
    );
    expect(report.months.length).toBe(12);
    expect(report.visitors).toEqual(
      expect.arrayContaining([
        { discipline: 'NURSE', cluster: 'HKW', month: '2027-02', visitors: 1 },
        { discipline: 'DOCTOR', cluster: 'HKW', month: '2027-11', visitors: 1 },
      ]),
    );
    expect(report.visitors.find((v: { month: string }) => v.month === '2027-12')).toBeUndefined();
    expect(report.rotationsByStatus).toEqual({ SCHEDULED: 1, DECLINED: 1 });
    expect(report.declines).toEqual([
      expect.objectContaining({
        rotationId: plain.rotationId,
        reason: 'Clashes with my licensing exam',
        department: 'Medicine',
      }),
    ]);
    const xlsx = await readXlsx((await download(`/v1/programmes/${w.programmeId}/report.xlsx`)).bytes);
    expect(xlsx.worksheets.map((s) => s.name)).toEqual(['Visitors', 'States', 'Declines']);
    expect(rowsOf(xlsx.worksheets[2]!)[1]).toContain('Clashes with my licensing exam');
  });
});

describe('bulk transitions', () => {
  it('offers a selection: each item its own transaction and version, each result reported', async () => {
    const a = await addPlacement(w, (await addStaff(w)).staffId);
    const b = await addPlacement(w, (await addStaff(w)).staffId);
    const c = await addPlacement(w, (await addStaff(w)).staffId);
    await transition(w, c.placementId, 'offer');
    const items = [
      { placementId: a.placementId, version: a.version },
      { placementId: b.placementId, version: b.version + 5 },
      { placementId: c.placementId, version: c.version + 1 },
      { placementId: 'plc_nothing', version: 1 },
    ];
    const path = `/v1/programmes/${w.programmeId}/placements/transitions`;
    const dry = await expectStatus(
      h.request('POST', `${path}?dryRun=true`, { token: w.coordinator, body: { action: 'offer', items } }),
      200,
    );
    expect(dry).toMatchObject({ dryRun: true, succeeded: 1, failed: 3 });
    expect(
      (await expectStatus(h.request('GET', `/v1/placements/${a.placementId}`, { token: w.coordinator }), 200)).status,
    ).toBe('NOMINATED');

    const res = await expectStatus(
      h.request('POST', path, { token: w.coordinator, body: { action: 'offer', items } }),
      200,
    );
    expect(res.results.map((r: { ok: boolean; status: number; code?: string }) => [r.ok, r.status, r.code])).toEqual([
      [true, 200, undefined],
      [false, 412, 'VERSION_MISMATCH'],
      [false, 409, 'INVALID_TRANSITION'],
      [false, 404, 'NOT_FOUND'],
    ]);
    expect(res.results[0].placement.status).toBe('OFFERED');
    expect(
      (await expectStatus(h.request('GET', `/v1/placements/${b.placementId}`, { token: w.coordinator }), 200)).status,
    ).toBe('NOMINATED');
    const bad = await h.request('POST', path, { token: w.coordinator, body: { action: 'accept', items } });
    expect(bad.status).toBe(400);
  });

  it('acts only on placements of the programme it names: another programme’s is not found and unchanged', async () => {
    const elsewhere = await buildWorld(h);
    const theirs = await addPlacement(elsewhere, (await addStaff(elsewhere)).staffId);
    const res = await expectStatus(
      h.request('POST', `/v1/programmes/${w.programmeId}/placements/transitions`, {
        token: w.coordinator,
        body: { action: 'withdraw', items: [{ placementId: theirs.placementId, version: theirs.version }] },
      }),
      200,
    );
    expect(res.results).toEqual([expect.objectContaining({ ok: false, status: 404, code: 'NOT_FOUND' })]);
    const after = await expectStatus(
      h.request('GET', `/v1/placements/${theirs.placementId}`, { token: elsewhere.coordinator }),
      200,
    );
    expect(after).toMatchObject({ status: 'NOMINATED', version: theirs.version });
  });
});
