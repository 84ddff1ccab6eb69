/**
 * The coordinators' console, as they use it, against `npm start`'s system: a programme
 * coordinator schedules a rotation that breaks two rules and sees both named, fixes it and
 * saves, then finds the audit entry on the placement page and the email in the local inbox;
 * plans two rotations at once and sees each one's broken rules on its own row; offers and
 * withdraws a selection, each row saying what happened, the reason reaching the emails; a
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
const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

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

describe('a programme coordinator plans several rotations at once', () => {
  /** Picks an option of the open antd Select (the visible dropdown: closed ones stay in the page). */
  /**
   * Picks an option of an antd Select as a person would. A click that lands while the dropdown is
   * still opening is swallowed (the list stays open, nothing chosen), so the choice is checked
   * and the option clicked again.
   */
  async function pick(page: Page, selectId: string, text: string) {
    const select = page.locator('.ant-select').filter({ has: page.locator(`#${selectId}`) });
    const option = page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first();
    for (let attempt = 1; attempt <= 3; attempt++) {
      if (!(await option.isVisible())) await page.locator(`#${selectId}`).click();
      const label = (await option.textContent()) ?? text;
      await option.click();
      await option.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
      if ((await select.textContent())?.includes(label) && !(await option.isVisible())) return;
    }
    throw new Error(`#${selectId} did not take “${text}”`);
  }

  it('sees each rotation’s broken rules on its own row, fixes them, and saves the plan in one go', async () => {
    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, `/placements/${arranged.placementId}`, OFFICE);
    await settled(page);
    const before = await page.locator('[id^="rotation-rot"]').count();
    await page.getByRole('button', { name: 'Plan several rotations' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Plan rotations for LIU Wei').waitFor();
    const row = (n: number) => drawer.getByTestId(`plan-row-${n}`);

    // Clinical work in Medicine: LIU Wei has no Hong Kong registration.
    await pick(page, 'plan-0-department', arranged.medicine.en);
    await row(1)
      .getByText(/Clinical work needs a registration or licence valid in Hong Kong/)
      .waitFor({ timeout: 15_000 });
    await drawer.getByText('The rotation breaks rules; nothing is saved until it is fixed.').waitFor();
    await pick(page, 'plan-0-activity', 'Observation');
    await row(1).getByText('No rule broken.').waitFor({ timeout: 15_000 });

    // A second rotation starts the day after the first; moved a week into it, both clash.
    await drawer.getByRole('button', { name: 'Add a rotation' }).click();
    await pick(page, 'plan-1-department', arranged.medicine.en);
    await drawer.getByText('No rule is broken. You can save the 2 rotations.').waitFor({ timeout: 15_000 });
    const start = await page.locator('#plan-1-start').inputValue();
    await typeDate(page, 'plan-1-start', shiftDate(start, -7));
    await row(2)
      .getByText(new RegExp(`overlaps the visitor’s rotation in ${arranged.medicine.en} .* on `))
      .waitFor({ timeout: 15_000 });
    expect(await drawer.getByRole('button', { name: 'Save 2 rotations' }).isDisabled()).toBe(true);
    await screenshot(page, 'placement-plan-violations', 'en');

    await typeDate(page, 'plan-1-start', start);
    await drawer.getByText('No rule is broken. You can save the 2 rotations.').waitFor({ timeout: 15_000 });
    await drawer.getByRole('button', { name: 'Save 2 rotations' }).click();
    await page.getByText('Saved 2 rotations. The visitor gets one email listing them.').waitFor();
    await settled(page);
    expect(await page.locator('[id^="rotation-rot"]').count()).toBe(before + 2);
    await context.close();

    // The planner on a phone, in each language: readable and accessible.
    const open = { en: 'Plan several rotations', 'zh-Hant': '一次安排多個輪轉', 'zh-Hans': '一次安排多个轮转' };
    for (const language of LANGUAGES as Language[]) {
      const phone = await newContext(browser, { language, viewport: PHONE });
      const small = await phone.newPage();
      await openSignedIn(small, system, `/placements/${arranged.placementId}`, OFFICE);
      await settled(small);
      await small.getByRole('button', { name: open[language] }).click();
      await small.locator('#plan-0-department').waitFor();
      await pick(small, 'plan-0-department', language === 'en' ? arranged.medicine.en : '(');
      await small.getByTestId('plan-row-1-verdict').waitFor({ timeout: 15_000 });
      await settled(small);
      await screenshot(small, 'placement-plan', language);
      await expectAccessible(small, `rotation planner (${language}, 375px)`);
      await phone.close();
    }
  }, 240_000);
});

describe('a programme coordinator acts on a selection', () => {
  /** Nominates three new visitors at Tuen Mun Hospital and offers the third at once. */
  async function nominateThree(stamp: string) {
    const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      system.api(ADMIN, method, path, body, headers);
    const institutions = await ok(api('GET', '/v1/institutions?limit=100'), 'institutions');
    const home = institutions.items.find((i: { region: string }) => i.region === 'GD');
    const host = institutions.items.find(
      (i: { region: string; institutionId: string }) => i.region === 'HK' && i.institutionId !== arranged.qehId,
    );
    const people = [];
    for (const letter of ['A', 'B', 'C']) {
      const staff = await ok(
        api('POST', '/v1/staff', {
          names: { en: `BATCH${stamp} ${letter}` },
          email: `batch.${stamp}.${letter.toLowerCase()}@gd-hospital.example.cn`,
          preferredLanguage: 'en',
          discipline: 'NURSE',
          specialty: 'Emergency Nursing',
          homeInstitutionId: home.institutionId,
        }),
        'staff',
      );
      const placement = await ok(
        api('POST', `/v1/programmes/${arranged.programmeId}/placements`, {
          staffId: staff.staffId,
          hostInstitutionId: host.institutionId,
          startDate: '2027-06-01',
          endDate: '2027-08-31',
        }),
        'placement',
      );
      people.push({ name: `BATCH${stamp} ${letter}`, email: staff.email as string, placement });
    }
    const third = people[2]!.placement;
    await ok(
      api(
        'POST',
        `/v1/placements/${third.placementId}/transitions`,
        { action: 'offer' },
        {
          'if-match': `"${third.version}"`,
        },
      ),
      'offer C',
    );
    return people;
  }

  it('offers three placements in one go, each row saying what happened, then withdraws two with a reason', async () => {
    const stamp = String(Date.now());
    const people = await nominateThree(stamp);
    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/placements\/?.*\/transitions/.test(r.url())) requests.push(r.url());
    });
    await openSignedIn(page, system, `/programmes/${arranged.programmeId}/placements?q=BATCH${stamp}`, OFFICE);
    await settled(page);
    await page.getByText(/^3 visitors$/).waitFor();
    const row = (name: string) => page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: name });

    for (const person of people) await page.getByRole('checkbox', { name: `Select ${person.name}` }).check();
    await page.getByText('3 selected').waitFor();
    await page.getByRole('button', { name: 'Offer placement' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Offer the placement to 3 visitors?').waitFor();
    await dialog.getByRole('button', { name: 'Offer placement' }).click();
    await page.getByText('2 done, 1 not done — see each row.').waitFor({ timeout: 20_000 });
    expect(await row(people[0]!.name).textContent()).toContain('Offered');
    expect(await row(people[1]!.name).textContent()).toContain('Offered');
    expect(await row(people[2]!.name).textContent()).toContain('Not possible while the placement is “Offered”.');
    // The two that could be offered went in one request, not one each; the third never left the page.
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain(`/v1/programmes/${arranged.programmeId}/placements/transitions`);
    await settled(page);
    await screenshot(page, 'visitors-bulk-results', 'en');

    // Withdraw A and B, saying why: the reason reaches each visitor's email.
    for (const person of people.slice(0, 2))
      await page.getByRole('checkbox', { name: `Select ${person.name}` }).check();
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await dialog.getByText('Withdraw 2 placements?').waitFor();
    await dialog.getByRole('textbox').fill('The host ward closes for refurbishment in June.');
    await dialog.getByRole('button', { name: 'Withdraw' }).click();
    await page.getByText('2 done, 0 not done — see each row.').waitFor({ timeout: 20_000 });
    expect(await row(people[0]!.name).textContent()).toContain('Withdrawn');
    await settled(page);
    expect(await row(people[1]!.name).textContent()).toContain('Withdrawn');

    const deadline = Date.now() + 30_000;
    let told: string[] = [];
    while (told.length < 2 && Date.now() < deadline) {
      const store = (await (await fetch(`${system.inboxUrl}/store`)).json()) as {
        emails: { destination: { to: string[] }; body: { text?: string } }[];
      };
      told = people
        .slice(0, 2)
        .filter((person) =>
          store.emails.some(
            (e) =>
              e.destination.to.includes(person.email) &&
              (e.body.text ?? '').includes('The host ward closes for refurbishment in June.'),
          ),
        )
        .map((person) => person.name);
      if (told.length < 2) await new Promise((done) => setTimeout(done, 500));
    }
    expect(told).toEqual([people[0]!.name, people[1]!.name]);
    await context.close();
  }, 180_000);
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
          // No string left half-made: a missing value, an unfilled placeholder or a key in place of words.
          expect(await page.locator('main').innerText()).not.toMatch(
            /undefined|\{\{|\b(region|status|errors)\.[A-Za-z]/,
          );
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
