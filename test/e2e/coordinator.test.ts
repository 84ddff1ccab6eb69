/**
 * The coordinators' console, as they use it, against `npm start`'s system: a programme
 * coordinator schedules a rotation that breaks two rules and sees both named, fixes it and
 * saves, then finds the audit entry on the placement page and the email in the local inbox; a
 * hospital coordinator sees only their hospital's visitors and changes a capacity that the heat
 * map follows. Every screen is screenshotted in each language, on a desktop and at 375 px, and
 * checked by axe.
 */
import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  LANGUAGES,
  type Language,
  launchBrowser,
  newContext,
  openSignedIn,
  PHONE,
  screenshot,
  settled,
} from './support/browser';
import { type LocalSystem, startSystem } from './support/system';

let system: LocalSystem;
let browser: Browser;

const ADMIN = 'demo-admin';
const OFFICE = 'demo-programme-office';
const QEH_COORDINATOR = 'demo-coordinator-qeh';

interface Arranged {
  programmeId: string;
  qehId: string;
  placementId: string;
  staffEmail: string;
  medicine: { departmentId: string; en: string };
  blocker: { rotationId: string };
}
let arranged: Arranged;

async function ok<T = any>(call: Promise<{ status: number; body: any }>, what: string): Promise<T> {
  const res = await call;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/**
 * A visitor of the Greater Bay Area programme at Queen Elizabeth Hospital with an entry permit but
 * no Hong Kong registration, one rotation in Medicine (April 2027), the placement offered and
 * accepted (so emails about rotations reach them).
 */
async function arrange(): Promise<Arranged> {
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    system.api(ADMIN, method, path, body, headers);
  const programmes = await ok(api('GET', '/v1/programmes?limit=100'), 'programmes');
  const programme = programmes.items.find((p: { direction: string }) => p.direction === 'GD_TO_HK');
  const institutions = await ok(api('GET', '/v1/institutions?limit=100'), 'institutions');
  const qeh = institutions.items.find((i: { names: { en: string } }) => i.names.en === 'Queen Elizabeth Hospital');
  const home = institutions.items.find((i: { region: string }) => i.region === 'GD');
  const departments = await ok(api('GET', `/v1/institutions/${qeh.institutionId}/departments?limit=100`), 'depts');
  const medicine = departments.items.find((d: { names: { en: string } }) => /medicine/i.test(d.names.en));
  const email = `liu.wei.${Date.now()}@gd-hospital.example.cn`;
  const staff = await ok(
    api('POST', '/v1/staff', {
      names: { en: 'LIU Wei', 'zh-Hans': '刘伟' },
      email,
      preferredLanguage: 'en',
      discipline: 'NURSE',
      specialty: 'Cardiac Nursing',
      homeInstitutionId: home.institutionId,
    }),
    'staff',
  );
  await ok(
    api('POST', `/v1/staff/${staff.staffId}/credentials`, {
      type: 'ENTRY_PERMIT',
      number: 'W12345678',
      region: 'HK',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
    }),
    'permit',
  );
  let placement = await ok(
    api('POST', `/v1/programmes/${programme.programmeId}/placements`, {
      staffId: staff.staffId,
      hostInstitutionId: qeh.institutionId,
      startDate: '2027-03-01',
      endDate: '2027-10-31',
    }),
    'placement',
  );
  const blocker = await ok(
    api('POST', `/v1/placements/${placement.placementId}/rotations`, {
      departmentId: medicine.departmentId,
      startDate: '2027-04-01',
      endDate: '2027-04-30',
      activity: 'OBSERVATION',
    }),
    'rotation',
  );
  for (const action of ['offer', 'accept']) {
    placement = await ok(
      api(
        'POST',
        `/v1/placements/${placement.placementId}/transitions`,
        { action },
        { 'if-match': `"${placement.version}"` },
      ),
      action,
    );
  }
  return {
    programmeId: programme.programmeId,
    qehId: qeh.institutionId,
    placementId: placement.placementId,
    staffEmail: email,
    medicine: { departmentId: medicine.departmentId, en: medicine.names.en },
    blocker,
  };
}

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
  arranged = await arrange();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** Picks an option of an antd Select by typing part of its label. */
async function choose(page: Page, selectId: string, text: string) {
  const select = page.locator(`#${selectId}`);
  await select.click();
  if (await select.isEditable()) await select.fill(text);
  await page.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Types a date into an antd DatePicker and closes its panel. */
/**
 * Types a date into an antd date picker as a person would. A click that lands while another
 * dropdown is still closing is swallowed, so the typing is checked and tried again.
 */
async function typeDate(page: Page, inputId: string, date: string) {
  const input = page.locator(`#${inputId}`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially(date);
    await input.press('Enter');
    if ((await input.inputValue()) === date) return;
  }
  throw new Error(`the date picker #${inputId} did not take ${date}`);
}

describe('a programme coordinator schedules a rotation', () => {
  it('sees both broken rules named, fixes the plan, saves, and finds the audit entry and the email', async () => {
    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, `/programmes/${arranged.programmeId}/schedule`, OFFICE);
    await settled(page);
    await page.getByRole('button', { name: 'Add a rotation for LIU Wei' }).click();
    await page.getByRole('dialog').getByText('New rotation').waitFor();

    // Clinical work without a Hong Kong registration, overlapping the April rotation.
    await choose(page, 'rotation-department', arranged.medicine.en);
    await typeDate(page, 'rotation-start', '2027-04-20');
    await typeDate(page, 'rotation-end', '2027-05-20');
    const violations = page.locator('[data-testid="violations"] li');
    await violations.first().waitFor({ timeout: 15_000 });
    const said = (await violations.allTextContents()).join('\n');
    expect(await violations.count()).toBe(2);
    expect(said).toMatch(/overlaps the visitor’s rotation in .*Medicine.* on /);
    expect(said).toMatch(/Clinical work needs a registration or licence valid in Hong Kong; none covers /);
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await screenshot(page, 'schedule-editor-violations', 'en');

    // Fix: observation only, after the April rotation.
    await choose(page, 'rotation-activity', 'Observation');
    await typeDate(page, 'rotation-start', '2027-05-03');
    await page.getByText('No rule is broken. You can save.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. The visitor gets an email.').waitFor();
    await settled(page);
    expect(await page.locator('button.coord-bar[data-status="SCHEDULED"]').count()).toBeGreaterThan(0);

    // The placement page: the audit entry, by the programme office.
    await page.getByRole('link', { name: 'LIU Wei' }).first().click();
    await page.waitForURL(`**/placements/${arranged.placementId}`);
    await settled(page);
    const history = page.locator('[data-testid="history"] li').first();
    expect(await history.textContent()).toMatch(/Rotation scheduled.*by demo-programme-office/s);
    expect(await history.textContent()).toContain('3 May 2027');

    // The email in the local inbox, and on the placement page once the notifier has sent it.
    const deadline = Date.now() + 30_000;
    let subject: string | undefined;
    while (!subject && Date.now() < deadline) {
      const store = (await (await fetch(`${system.inboxUrl}/store`)).json()) as {
        emails: { destination: { to: string[] }; subject: string; body: { text?: string } }[];
      };
      subject = store.emails.find(
        (e) => e.destination.to.includes(arranged.staffEmail) && /3 May 2027|2027-05-03/.test(e.body.text ?? ''),
      )?.subject;
      if (!subject) await new Promise((done) => setTimeout(done, 500));
    }
    expect(subject).toBeDefined();
    await page.reload();
    await settled(page);
    expect(await page.locator('[data-testid="notifications"]').textContent()).toContain(arranged.staffEmail);
    await context.close();
  }, 180_000);

  it('moves a confirmed rotation a week earlier: it visibly returns to awaiting confirmation', async () => {
    const { rotationId } = arranged.blocker;
    // The visitor confirms the April rotation (recorded by the office on their behalf).
    const rotation = await ok(system.api(ADMIN, 'GET', `/v1/rotations/${rotationId}`), 'rotation');
    await ok(
      system.api(ADMIN, 'POST', `/v1/rotations/${rotationId}/confirm`, undefined, {
        'if-match': `"${rotation.version}"`,
      }),
      'confirm',
    );
    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, `/programmes/${arranged.programmeId}/schedule`, OFFICE);
    await settled(page);
    const bar = page.locator(`button.coord-bar[data-rotation="${rotationId}"]`);
    expect(await bar.getAttribute('data-status')).toBe('CONFIRMED');
    // From the keyboard: focus the bar, open it, move it.
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Change rotation').waitFor();
    await page
      .getByText(/This rotation is confirmed/)
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    // (A week later would now overlap the rotation scheduled above: the dry run would say so.)
    await page.getByRole('button', { name: '← 1 week earlier' }).click();
    await page.getByText(/sends it back to LIU Wei to confirm again/).waitFor();
    await page.getByText('No rule is broken. You can save.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/now awaits LIU Wei’s confirmation again/).waitFor();
    await settled(page);
    expect(await bar.getAttribute('data-status')).toBe('SCHEDULED');
    expect(await bar.getAttribute('aria-label')).toContain('Awaiting confirmation');
    await context.close();
  }, 120_000);
});

describe('a hospital coordinator', () => {
  it('sees only the visitors its hospital hosts or sends, on the list and on the board', async () => {
    const everyone = await ok(
      system.api(OFFICE, 'GET', `/v1/programmes/${arranged.programmeId}/visitors`),
      'all visitors',
    );
    const atQeh = everyone.items.filter(
      (row: { placement: { hostInstitutionId: string; homeInstitutionId: string } }) =>
        row.placement.hostInstitutionId === arranged.qehId || row.placement.homeInstitutionId === arranged.qehId,
    );
    expect(atQeh.length).toBeGreaterThan(0);
    expect(atQeh.length).toBeLessThan(everyone.items.length);

    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, `/programmes/${arranged.programmeId}/placements`, QEH_COORDINATOR);
    await settled(page);
    await page.getByText(new RegExp(`^${atQeh.length} visitors?$`)).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(atQeh.length);
    for (const host of await rows.locator('td:nth-child(3)').allTextContents())
      expect(host).toBe('Queen Elizabeth Hospital');
    const others = everyone.items.filter(
      (row: { placement: { hostInstitutionId: string } }) => row.placement.hostInstitutionId !== arranged.qehId,
    );
    const shown = await page.locator('.ant-table-tbody').textContent();
    for (const row of others) expect(shown).not.toContain(row.visitor.names.en ?? '');

    await page.goto(`${system.consoleUrl}/programmes/${arranged.programmeId}/schedule`);
    await settled(page);
    await page.locator('li.coord-board-row').first().waitFor();
    expect(await page.locator('li.coord-board-row').count()).toBe(atQeh.length);
    await context.close();
  }, 120_000);

  it('changes a department’s capacity and the heat map follows', async () => {
    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    // "Capacity" in the menu takes a hospital coordinator to their own hospital.
    await openSignedIn(page, system, '/programmes', QEH_COORDINATOR);
    await page.goto(`${system.consoleUrl}/capacity?from=2027-04-19`);
    await page.waitForURL(`**/institutions/${arranged.qehId}/capacity?from=2027-04-19`);
    await settled(page);
    const cell = page
      .getByRole('button', { name: new RegExp(`^${arranged.medicine.en}, .*Apr.*: \\d+ of \\d+ booked$`) })
      .first();
    const before = (await cell.getAttribute('aria-label'))!;
    const capacity = Number(/of (\d+) booked/.exec(before)![1]);
    // Who is there, from the keyboard.
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`^Who is in ${arranged.medicine.en}`) }).waitFor();
    expect(await page.getByRole('link', { name: 'LIU Wei' }).count()).toBeGreaterThan(0);

    const input = page.getByRole('spinbutton', { name: `Visitors a day in ${arranged.medicine.en}` });
    await input.fill(String(capacity + 3));
    await input.locator('xpath=ancestor::td').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await settled(page);
    expect(
      await page
        .getByRole('button', { name: new RegExp(`^${arranged.medicine.en}, .*: \\d+ of ${capacity + 3} booked$`) })
        .count(),
    ).toBeGreaterThan(0);
    await context.close();
  }, 120_000);
});

describe('every coordinator screen, in each language, on a desktop and at 375 px', () => {
  const screens = () => [
    { name: 'programmes', path: '/programmes', heading: /./ },
    { name: 'overview', path: `/programmes/${arranged.programmeId}` },
    { name: 'visitors', path: `/programmes/${arranged.programmeId}/placements` },
    { name: 'schedule', path: `/programmes/${arranged.programmeId}/schedule` },
    { name: 'capacity', path: `/institutions/${arranged.qehId}/capacity?from=2027-04-19` },
    { name: 'placement', path: `/placements/${arranged.placementId}` },
  ];

  for (const language of LANGUAGES as Language[]) {
    it(`${language}: renders, is accessible and is screenshotted`, async () => {
      const failures: string[] = [];
      for (const viewport of [DESKTOP, PHONE]) {
        const context = await newContext(browser, { language, viewport });
        const page = await context.newPage();
        let signedIn = false;
        for (const screen of screens()) {
          if (!signedIn) {
            await openSignedIn(page, system, screen.path, OFFICE);
            signedIn = true;
          } else {
            await page.goto(`${system.consoleUrl}${screen.path}`);
          }
          await settled(page);
          expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
          expect(await page.locator('.ant-alert-error').count()).toBe(0);
          await screenshot(page, `coordinator-${screen.name}`, language);
          // Every screen is checked before the test fails, so one run names every violation.
          await expectAccessible(page, `${screen.name} (${language}, ${viewport.width}px)`).catch((error: Error) =>
            failures.push(error.message),
          );
          if (viewport === PHONE) await expectNoHorizontalScroll(page, `${screen.name} (${language}, 375px)`);
        }
        await context.close();
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
