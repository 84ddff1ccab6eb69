/**
 * The import screen as the programme office uses it: choose a spreadsheet, read the check's
 * report in their language (with what each encoding reads), import the ready rows with
 * progress, find the people nominated in the programme, and download the roster. Screenshots
 * in each language and at 375 px; axe on each.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  LANGUAGES,
  launchBrowser,
  newContext,
  openSignedIn,
  PHONE,
  screenshot,
  settled,
} from './support/browser';
import { type LocalSystem, startSystem } from './support/system';

const FIXTURES = join(__dirname, '..', 'fixtures', 'imports');
const OFFICE = 'demo-programme-office';

let system: LocalSystem;
let browser: Browser;
let programmeId: string;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
  const programmes = await system.api(OFFICE, 'GET', '/v1/programmes');
  programmeId = programmes.body.items.find((p: { direction: string }) => p.direction === 'GD_TO_HK').programmeId;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const path = () => `/programmes/${programmeId}/imports`;

async function chooseAndCheck(page: Page, file: string) {
  await page.locator('input[type="file"]').setInputFiles(join(FIXTURES, file));
  await page.getByTestId('chosen-file').waitFor();
  await page.getByRole('button', { name: /Check the file|檢查檔案|检查文件/ }).click();
  await page.getByTestId('report-summary').waitFor({ timeout: 30_000 });
  await settled(page);
}

describe('importing nominations in the console', () => {
  it.each(LANGUAGES)('reports every problem of a file by row, in %s, and writes nothing', async (language) => {
    const context = await newContext(browser, { language, viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, path(), OFFICE);
    await settled(page);
    await screenshot(page, 'imports-empty', language);
    await chooseAndCheck(page, 'nominations-utf8-bom.csv');
    const summary = await page.getByTestId('report-summary').textContent();
    expect(summary).toContain('14');
    // Problems are worded in the reader's language, naming the column as the file spells it.
    const expected = {
      en: 'Email * is empty.',
      'zh-Hant': '「Email *」未填寫。',
      'zh-Hans': '“Email *”未填写。',
    }[language];
    expect(await page.getByText(expected).count()).toBe(1);
    const window = { en: 'outside the programme’s period', 'zh-Hant': '', 'zh-Hans': '' }[language];
    if (window) expect(await page.getByText(window, { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'imports-report', language);
    await expectAccessible(page, `imports report (${language})`);
    await context.close();
    // A check writes nothing: no import is listed.
    const imports = await system.api(OFFICE, 'GET', `/v1/programmes/${programmeId}/imports`);
    expect(imports.body.items).toEqual([]);
  });

  it('fits a phone: the report at 375 px, without sideways scrolling', async () => {
    const context = await newContext(browser, { language: 'zh-Hant', viewport: PHONE });
    const page = await context.newPage();
    await openSignedIn(page, system, path(), OFFICE);
    await settled(page);
    await chooseAndCheck(page, 'nominations-big5.csv');
    await screenshot(page, 'imports-report', 'zh-Hant');
    await expectNoHorizontalScroll(page, 'imports report at 375 px');
    await expectAccessible(page, 'imports report at 375 px');
    await context.close();
  });

  it('checks a workbook too large to send inside a request by posting it to storage first', async () => {
    // The fixture workbook with a 4.7 MB picture pasted in: as a request it would be 6.4 MB.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(FIXTURES, 'nominations-serials.xlsx'));
    const image = workbook.addImage({ buffer: randomBytes(4_700_000) as unknown as ExcelJS.Buffer, extension: 'png' });
    workbook.worksheets[0]!.addImage(image, { tl: { col: 20, row: 1 }, ext: { width: 400, height: 300 } });
    const big = join(mkdtempSync(join(tmpdir(), 'tec-e2e-upload-')), 'nominations-with-picture.xlsx');
    await workbook.xlsx.writeFile(big);

    const context = await newContext(browser, { language: 'zh-Hans', viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, path(), OFFICE);
    await settled(page);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    await page.locator('input[type="file"]').setInputFiles(big);
    await page.getByTestId('chosen-file').waitFor();
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.getByTestId('report-summary').waitFor({ timeout: 60_000 });
    await settled(page);
    // One form from the API, the file to storage, then the check names the stored file.
    expect(posts).toEqual([
      `/v1/programmes/${programmeId}/imports/uploads`,
      '/talent-exchange-uploads',
      `/v1/programmes/${programmeId}/imports`,
    ]);
    expect(await page.getByTestId('report-summary').textContent()).toMatch(/\d/);
    await screenshot(page, 'imports-large-file', 'zh-Hans');
    await context.close();
  });

  it('imports a GB18030 file with progress, shows the people nominated, and downloads the roster', async () => {
    const context = await newContext(browser, { language: 'en', viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, path(), OFFICE);
    await settled(page);
    await chooseAndCheck(page, 'nominations-gb18030.csv');
    // What each encoding reads is shown, so a wrong guess is seen and changed.
    expect(await page.getByText('LIN Xiaomei / 林晓梅', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('report-summary').textContent()).toContain('2 rows: 2 ready to import');
    await screenshot(page, 'imports-encoding', 'en');

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText(/Done: 2 new/).waitFor({ timeout: 60_000 });
    await settled(page);
    await screenshot(page, 'imports-done', 'en');
    await expectAccessible(page, 'imports done');

    // The batch is in the programme: both people nominated, and the import is in the history.
    const placements = await system.api(OFFICE, 'GET', `/v1/programmes/${programmeId}/placements?limit=100`);
    const staff = await Promise.all(
      placements.body.items.map((p: { staffId: string }) => system.api(OFFICE, 'GET', `/v1/staff/${p.staffId}`)),
    );
    const emails = staff.map((s) => s.body.email);
    expect(emails).toEqual(expect.arrayContaining(['lin.xiaomei@gd.example', 'zhou.wei@gd.example']));
    expect(await page.getByRole('cell', { name: 'nominations-gb18030.csv' }).count()).toBe(1);

    // The roster downloads as a workbook that lists them, names in three scripts.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Roster (XLSX)' }).click(),
    ]);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const lin = rows.find((r) => r[0] === 'LIN Xiaomei');
    expect(lin?.[2]).toBe('林晓梅');
    expect(download.suggestedFilename()).toMatch(/^roster-.*\.xlsx$/);
    await context.close();
  });
});
