/** Reading spreadsheets: dates in every form people type, encodings, headers, formula-safe cells. Pure. */
import iconv from 'iconv-lite';
import { fromExcelSerial, readDate } from '../../shared/batch/dates';
import { decodeText, detectEncoding } from '../../shared/batch/decode';
import { mapHeaders, normaliseHeader } from '../../shared/batch/columns';
import { neutralise, toCsv } from '../../shared/batch/files';
import { COLUMNS } from '../../shared/batch/rows';

describe('dates', () => {
  it.each([
    ['2027-03-01', '2027-03-01'],
    ['2027/3/1', '2027-03-01'],
    ['2027.3.1', '2027-03-01'],
    ['2027年3月1日', '2027-03-01'],
    ['２０２７年３月１日', '2027-03-01'],
    ['20270301', '2027-03-01'],
    ['2027-03-01T00:00:00Z', '2027-03-01'],
    ['01/03/2027', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
  ])('reads %s as %s (year first: y/m/d; year last: day first)', (text, date) => {
    expect(readDate(text)).toEqual({ ok: true, date });
  });

  it('reads year-last dates month first only when told', () => {
    expect(readDate('03/01/2027', 'MDY')).toEqual({ ok: true, date: '2027-03-01' });
    expect(readDate('03/25/2027', 'DMY')).toEqual({ ok: false, reason: 'NO_SUCH_DAY' });
  });

  it('refuses days that do not exist and things that are not dates', () => {
    expect(readDate('2027-02-29')).toEqual({ ok: false, reason: 'NO_SUCH_DAY' });
    expect(readDate('2028-02-29')).toEqual({ ok: true, date: '2028-02-29' });
    expect(readDate('01/03/27')).toEqual({ ok: false, reason: 'NOT_A_DATE' });
    expect(readDate('next Monday')).toEqual({ ok: false, reason: 'NOT_A_DATE' });
  });

  it('reads Excel serials, minding the 1900 leap-year bug and the 1904 date system', () => {
    expect(fromExcelSerial(1)).toEqual({ ok: true, date: '1900-01-01' });
    expect(fromExcelSerial(59)).toEqual({ ok: true, date: '1900-02-28' });
    expect(fromExcelSerial(60)).toEqual({ ok: false, reason: 'NO_SUCH_DAY' });
    expect(fromExcelSerial(61)).toEqual({ ok: true, date: '1900-03-01' });
    expect(fromExcelSerial(46446)).toEqual({ ok: true, date: '2027-02-28' });
    expect(fromExcelSerial(46446.75)).toEqual({ ok: true, date: '2027-02-28' });
    expect(fromExcelSerial(44985, true)).toEqual({ ok: true, date: '2027-03-01' });
    expect(readDate(46447)).toEqual({ ok: true, date: '2027-03-01' });
    expect(readDate('46447')).toEqual({ ok: true, date: '2027-03-01' });
    expect(readDate(new Date(Date.UTC(2027, 2, 1)))).toEqual({ ok: true, date: '2027-03-01' });
  });
});

describe('encodings', () => {
  const simplified =
    '英文姓名,中文姓名（简体）,电子邮箱\nLIN Xiaomei,林晓梅,lin@gd.example\nZHOU Wei,周伟,zhou@gd.example\n';
  const traditional =
    '英文姓名,中文姓名（繁體）,電郵\nCHAN Siu-ming,陳小明,chan@gd.example\nHO Ka-yan,何嘉欣,ho@gd.example\n';

  it('tells GB18030 from Big5, and decodes each right', () => {
    const gb = iconv.encode(simplified, 'gb18030');
    const big5 = iconv.encode(traditional, 'big5');
    expect(detectEncoding(gb).best.encoding).toBe('gb18030');
    expect(detectEncoding(big5).best.encoding).toBe('big5');
    expect(decodeText(big5, 'big5')).toBe(traditional);
    // What a naive "UTF-8, else GB18030" does to Big5: valid characters, wrong ones.
    expect(decodeText(big5, 'gb18030')).not.toContain('陳小明');
  });

  it('takes a BOM as the answer and strips it, and takes valid UTF-8 as UTF-8', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]);
    expect(detectEncoding(withBom).best).toMatchObject({ encoding: 'utf-8', basis: 'bom' });
    expect(decodeText(withBom, 'utf-8').startsWith('英文姓名')).toBe(true);
    expect(detectEncoding(Buffer.from(traditional)).best).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf-8' });
  });
});

describe('headers', () => {
  it('matches headers in any language, marked or not, with a BOM glued on, and ignores others', () => {
    const mapping = mapHeaders(
      [
        '\uFEFFEmail *',
        '中文姓名（繁體）',
        '职系',
        'Specialty',
        '原單位',
        'HOST INSTITUTION',
        '開始日期',
        'end_date',
        'Notes to self',
      ],
      COLUMNS,
    );
    expect([...mapping.fields.values()]).toEqual([
      'email',
      'nameHant',
      'discipline',
      'specialty',
      'homeInstitution',
      'hostInstitution',
      'startDate',
      'endDate',
    ]);
    expect(mapping.missing).toEqual([]);
    expect(mapping.ignored).toEqual(['Notes to self']);
    expect(normaliseHeader('Ｓｔａｒｔ　Date')).toBe(normaliseHeader('start date'));
  });

  it('names the mandatory columns that are missing', () => {
    expect(mapHeaders(['Phone'], COLUMNS).missing).toEqual([
      'nameEn',
      'email',
      'discipline',
      'specialty',
      'homeInstitution',
      'hostInstitution',
      'startDate',
      'endDate',
    ]);
  });
});

describe('formula-safe files', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a cell starting %j', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it('leaves numbers and ordinary text alone, and writes CSV in UTF-8 with a BOM', () => {
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise('陳小明')).toBe('陳小明');
    const csv = toCsv({ name: 'x', headers: ['名字'], rows: [['=cmd|x'], ['a,b']] });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe('名字\r\n\'=cmd|x\r\n"a,b"\r\n');
  });
});
