/**
 * Writes the spreadsheet files the import tests upload (test/fixtures/imports/), as people make
 * them: CSV in GB18030 (Excel on Simplified Chinese Windows, no BOM), Big5 (Traditional Chinese
 * Windows), UTF-8 with a BOM and English headers (with every kind of error), an XLSX whose
 * dates are Excel serial numbers, and the files the import must refuse whole (a formula cell,
 * macros, a zip bomb, a damaged workbook). Run: npx tsx scripts/make-import-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'imports');

/** The test world these files refer to (test/integration/batch-import.test.ts builds it). */
export const FIXTURE_WORLD = {
  home: { en: "Guangdong Provincial People's Hospital", 'zh-Hant': '廣東省人民醫院', 'zh-Hans': '广东省人民医院' },
  host: { en: 'Kwong Wah Hospital', 'zh-Hant': '廣華醫院', 'zh-Hans': '广华医院' },
  hkHome: { en: 'Queen Mary Hospital', 'zh-Hant': '瑪麗醫院', 'zh-Hans': '玛丽医院' },
  window: { startDate: '2027-01-01', endDate: '2027-12-31' },
};

const csv = (rows: string[][]) =>
  `${rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;

const serial = (date: string) => (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

export async function makeFixtures(out = OUT): Promise<void> {
  mkdirSync(out, { recursive: true });
  const { home, host, hkHome } = FIXTURE_WORLD;

  // Simplified Chinese headers, GB18030 without a BOM, dates as 2027/3/1 and 2027年3月1日.
  writeFileSync(
    join(out, 'nominations-gb18030.csv'),
    iconv.encode(
      csv([
        [
          '英文姓名',
          '中文姓名（简体）',
          '电子邮箱',
          '电话',
          '职系',
          '专科',
          '所属机构',
          '接收机构',
          '开始日期',
          '结束日期',
          '证书1类别',
          '证书1编号',
          '证书1地区',
          '证书1生效日期',
          '证书1届满日期',
          '备注',
        ],
        [
          'LIN Xiaomei',
          '林晓梅',
          'lin.xiaomei@gd.example',
          '+86 20 1234 5678',
          '护士',
          '心脏科',
          home['zh-Hans'],
          host['zh-Hans'],
          '2027/3/1',
          '2027年11月30日',
          'NCHK_TEMPORARY_REGISTRATION',
          'N-1001',
          '香港',
          '2027/2/1',
          '2028/1/31',
          '第一批',
        ],
        [
          'ZHOU Wei',
          '周伟',
          'zhou.wei@gd.example',
          '',
          '医生',
          '儿科',
          home['zh-Hans'],
          host['zh-Hans'],
          '2027年3月1日',
          '2027/11/30',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
      ]),
      'gb18030',
    ),
  );

  // Traditional Chinese headers, Big5, day-first dates with the year last.
  writeFileSync(
    join(out, 'nominations-big5.csv'),
    iconv.encode(
      csv([
        ['英文姓名', '中文姓名（繁體）', '電郵', '職系', '專科', '所屬機構', '接收機構', '開始日期', '結束日期'],
        [
          'CHAN Siu-ming',
          '陳小明',
          'chan.siuming@gd.example',
          '醫生',
          '心臟科',
          home['zh-Hant'],
          host['zh-Hant'],
          '01/03/2027',
          '30/11/2027',
        ],
        [
          'HO Ka-yan',
          '何嘉欣',
          'ho.kayan@gd.example',
          '護士',
          '急症科',
          home['zh-Hant'],
          host['zh-Hant'],
          '2027-04-01',
          '2027-12-31',
        ],
      ]),
      'big5',
    ),
  );

  // English headers in another order, an extra column, a BOM: one good row and a row per kind of error.
  const headers = [
    'Email *',
    'Name (English)',
    'Batch reference',
    'Discipline *',
    'Specialty *',
    'Home institution *',
    'Host institution *',
    'Start date *',
    'End date *',
    'Phone',
    'Credential 1 type',
    'Credential 1 number',
    'Credential 1 region',
    'Credential 1 valid from',
    'Credential 1 valid to',
  ];
  const row = (over: Partial<Record<string, string>>) => {
    const base: Record<string, string> = {
      'Email *': 'someone@gd.example',
      'Name (English)': 'Someone',
      'Batch reference': 'B1',
      'Discipline *': 'NURSE',
      'Specialty *': 'Cardiology',
      'Home institution *': home.en,
      'Host institution *': host.en,
      'Start date *': '2027-03-01',
      'End date *': '2027-11-30',
      Phone: '',
      'Credential 1 type': '',
      'Credential 1 number': '',
      'Credential 1 region': '',
      'Credential 1 valid from': '',
      'Credential 1 valid to': '',
    };
    return headers.map((h) => over[h] ?? base[h]!);
  };
  const rows = [
    row({
      'Email *': 'formula@gd.example',
      'Name (English)': '=HYPERLINK("http://evil.example","click")',
      'Specialty *': '@SUM(1+1)',
    }),
    row({ 'Email *': '', 'Name (English)': 'No Email' }),
    row({ 'Email *': 'not-an-email', 'Name (English)': 'Bad Email' }),
    row({ 'Email *': 'surgeon@gd.example', 'Discipline *': 'SURGEON' }),
    row({ 'Email *': 'nowhere@gd.example', 'Host institution *': 'Nowhere Hospital' }),
    row({ 'Email *': 'feb30@gd.example', 'Start date *': '2027-02-30' }),
    row({ 'Email *': 'backwards@gd.example', 'Start date *': '2027-06-01', 'End date *': '2027-05-01' }),
    row({ 'Email *': 'window@gd.example', 'Start date *': '2026-06-01', 'End date *': '2027-05-31' }),
    row({ 'Email *': 'direction@hk.example', 'Home institution *': hkHome.en }),
    row({ 'Email *': 'halfcred@gd.example', 'Credential 1 type': 'NCHK_TEMPORARY_REGISTRATION' }),
    row({ 'Email *': 'formula@gd.example', 'Name (English)': 'Same Email Again' }),
    row({ 'Email *': 'phone@gd.example', Phone: 'call me' }),
    row({ 'Email *': 'noname@gd.example', 'Name (English)': '' }),
    row({
      'Email *': 'credtype@gd.example',
      'Credential 1 type': 'LICENCE_X',
      'Credential 1 number': 'X1',
      'Credential 1 region': 'HK',
      'Credential 1 valid from': '2027-01-01',
      'Credential 1 valid to': '2027-12-31',
    }),
  ];
  writeFileSync(
    join(out, 'nominations-utf8-bom.csv'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv([headers, ...rows]), 'utf8')]),
  );

  // XLSX: dates as Excel serial numbers (and one as a date cell), columns in another order.
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nominations');
    sheet.addRow([
      'Host institution',
      'Start date',
      'End date',
      'Email',
      'Name (English)',
      'Name (Traditional Chinese)',
      'Discipline',
      'Specialty',
      'Home institution',
      'Our own notes',
    ]);
    sheet.addRow([
      host.en,
      serial('2027-03-01'),
      serial('2027-08-31'),
      'serial.one@gd.example',
      'SERIAL One',
      '序一',
      'DOCTOR',
      'Oncology',
      home.en,
      'x',
    ]);
    sheet.addRow([
      host['zh-Hant'],
      serial('2027-05-01'),
      new Date(Date.UTC(2027, 10, 30)),
      'serial.two@gd.example',
      'SERIAL Two',
      '序二',
      'CHINESE_MEDICINE',
      'Acupuncture',
      home['zh-Hant'],
      'y',
    ]);
    writeFileSync(join(out, 'nominations-serials.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));

    // The same workbook with a formula in a cell.
    sheet.getCell('J2').value = { formula: 'A2&B2', result: 'x' } as ExcelJS.CellFormulaValue;
    writeFileSync(join(out, 'formula.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
  }

  // A workbook with a VBA project (macros), named .xlsx to get past a check on the name alone.
  const plain = await JSZip.loadAsync(
    await (await import('node:fs/promises')).readFile(join(out, 'nominations-serials.xlsx')),
  );
  plain.file('xl/vbaProject.bin', Buffer.from('VBA project'));
  writeFileSync(join(out, 'macro.xlsx'), await plain.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

  // A zip bomb: one part that unpacks to 200 MB of zeros (a few hundred KB packed).
  const bomb = new JSZip();
  bomb.file('[Content_Types].xml', '<Types/>');
  bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024));
  writeFileSync(
    join(out, 'bomb.xlsx'),
    await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }),
  );

  // A damaged workbook: the first 2 KB of a real one.
  const real = await (await import('node:fs/promises')).readFile(join(out, 'nominations-serials.xlsx'));
  writeFileSync(join(out, 'malformed.xlsx'), real.subarray(0, 2048));
}

if (require.main === module) {
  makeFixtures().then(
    () => console.log(`Fixtures written to ${OUT}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
