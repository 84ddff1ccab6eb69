/**
 * A visiting doctor on a phone (375 px): opens the offer email's link, signs in, accepts; confirms
 * one rotation and declines another with a reason (which reaches the host's coordinators by
 * email); sees a rescheduled rotation as old → new and confirms it again; subscribes to the
 * calendar feed and replaces the link; changes the profile's language. Every visitor screen is
 * photographed in each language at 375 px and at desktop width, checked by axe, loads with at
 * most three API requests and never scrolls sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  type Language,
  LANGUAGES,
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

interface Email {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

const inbox = async (): Promise<Email[]> =>
  ((await (await fetch(`${system.inboxUrl}/store`)).json()) as { emails: Email[] }).emails;

async function waitForEmail(match: (email: Email) => boolean, timeoutMs = 30_000): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await inbox()).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no such email arrived');
    await new Promise((done) => setTimeout(done, 300));
  }
}

interface Staff {
  staffId: string;
  email: string;
  names: Record<string, string | undefined>;
}
interface Rotation {
  rotationId: string;
  status: string;
  startDate: string;
  endDate: string;
  version: number;
  departmentId: string;
  declineReason?: string;
}

const CHEN = 'demo-staff-chen';
let huang: Staff;
let chenRotations: Rotation[];
let wongRotationId: string;

const myRotations = async (sub: string): Promise<Rotation[]> =>
  (await system.api(sub, 'GET', '/v1/me/rotations?limit=100')).body.items;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
  const staff = (await system.api('demo-admin', 'GET', '/v1/staff?limit=100')).body.items as Staff[];
  huang = staff.find((s) => s.email.startsWith('huang.'))!;
  chenRotations = await myRotations(CHEN);
  wongRotationId = (await myRotations('demo-staff-wong'))[0]!.rotationId;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** A phone (or desktop) with the console already set to a language, as if chosen there before. */
async function device(language: Language, viewport = PHONE): Promise<BrowserContext> {
  const context = await newContext(browser, { language, viewport });
  await context.addInitScript((lng) => {
    if (!localStorage.getItem('tec.language')) localStorage.setItem('tec.language', lng);
  }, language);
  return context;
}

/** Opens a console page and counts the API requests it makes until it has settled. */
async function visit(page: Page, path: string): Promise<number> {
  let requests = 0;
  const count = (request: { url(): string; method(): string }) => {
    if (request.url().startsWith(system.apiUrl) && request.method() !== 'OPTIONS') requests++;
  };
  page.on('request', count);
  await page.goto(`${system.consoleUrl}${path}`);
  await settled(page);
  page.off('request', count);
  return requests;
}

/** Visible lines of text on the page (header, drawer closed, main content). */
async function visibleLines(page: Page): Promise<string[]> {
  const text = (await page.evaluate('document.body.innerText')) as string;
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

const HAN = /[\u3400-\u9fff]/;

describe('a visitor on a phone', () => {
  it.each(LANGUAGES)(
    'has every screen readable in %s, at 375 px and desktop, accessible, in at most 3 requests',
    async (language) => {
      const screens: { name: string; path: string }[] = [
        { name: 'visitor-placement', path: '/me' },
        { name: 'visitor-schedule', path: '/me/schedule' },
        {
          name: 'visitor-rotation',
          path: `/rotations/${chenRotations.find((r) => r.status === 'SCHEDULED')!.rotationId}`,
        },
        { name: 'visitor-calendar', path: '/me/calendar' },
        { name: 'visitor-profile', path: '/me/profile' },
      ];
      const problems: string[] = [];
      for (const viewport of [PHONE, DESKTOP]) {
        const context = await device(language, viewport);
        const page = await context.newPage();
        await openSignedIn(page, system, '/me', CHEN);
        for (const screen of screens) {
          const requests = await visit(page, screen.path);
          const where = `${screen.name} ${language} ${viewport.width}px`;
          if (requests > 3) problems.push(`${where}: ${requests} API requests`);
          await screenshot(page, screen.name, language);
          await expectAccessible(page, where).catch((e: Error) => problems.push(e.message));
          await expectNoHorizontalScroll(page, where).catch((e: Error) => problems.push(e.message));
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    },
    180_000,
  );

  it('opens the offer email’s link, signs in as that visitor and accepts, told what happens next', async () => {
    const offer = await waitForEmail((e) => e.destination.to.includes(huang.email));
    const link = /(http:\/\/\S+\/placements\/[\w-]+)/.exec(offer.body.text ?? '')![1]!;
    expect(link.startsWith(`${system.consoleUrl}/placements/`)).toBe(true);

    const context = await newContext(browser, { language: 'zh-Hans' });
    const page = await context.newPage();
    await page.goto(link);
    // Not a listed demo user: the sign-in page takes a staff id, as Cognito would take a username.
    await page.waitForURL((url) => url.origin === system.issuer);
    await page.selectOption('#role', 'staff');
    await page.fill('#id', huang.staffId);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(link);
    await settled(page);
    // The visitor's language (from the email's recipient profile) is the console's.
    for (const language of LANGUAGES) {
      await page.evaluate((lng) => localStorage.setItem('tec.language', lng), language);
      await page.reload();
      await settled(page);
      await screenshot(page, 'visitor-offer', language);
      await expectAccessible(page, `offer ${language}`);
      await expectNoHorizontalScroll(page, `offer ${language}`);
    }
    await page.evaluate(() => localStorage.removeItem('tec.language'));
    await page.reload();
    await settled(page);
    expect(await page.getByTestId('placement-offer').innerText()).toContain('您受邀参加此交流安排');

    await page.getByRole('button', { name: '接受交流安排' }).click();
    await page.getByText('您已接受交流安排').waitFor();
    expect(await page.locator('body').innerText()).toContain('医院会为您编排轮转');
    await screenshot(page, 'visitor-offer-accepted', 'zh-Hans');

    const placementId = link.split('/').pop()!;
    const placement = await system.api('demo-admin', 'GET', `/v1/placements/${placementId}`);
    expect(placement.body.status).toBe('ACCEPTED');
    await context.close();
  }, 120_000);

  it('confirms one rotation with one tap and declines another with a reason the coordinators receive', async () => {
    const context = await device('en');
    const page = await context.newPage();
    await openSignedIn(page, system, '/me/schedule', CHEN);
    await settled(page);
    const awaiting = chenRotations.filter((r) => r.status === 'SCHEDULED');
    expect(awaiting.length).toBeGreaterThanOrEqual(2);
    // Awaiting confirmation first.
    const order = await page
      .getByTestId('rotation-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-rotation-id')));
    expect(order.slice(0, awaiting.length).sort()).toEqual(awaiting.map((r) => r.rotationId).sort());

    const [first, second] = awaiting as [Rotation, Rotation];
    const card = (r: Rotation) => page.locator(`[data-rotation-id="${r.rotationId}"]`);
    await card(first).getByRole('button', { name: 'Confirm' }).click();
    await card(first).getByText('Confirmed', { exact: true }).waitFor();

    await card(second).getByRole('button', { name: 'Decline' }).click();
    const reason = 'I am on annual leave for the first two weeks of September.';
    await card(second).getByLabel('Why are you declining?').fill(reason);
    await card(second).getByRole('button', { name: 'Send my decline' }).click();
    await card(second).getByText(`Your reason: ${reason}`).waitFor();
    await screenshot(page, 'visitor-schedule-answered', 'en');

    const after = await myRotations(CHEN);
    expect(after.find((r) => r.rotationId === first.rotationId)!.status).toBe('CONFIRMED');
    const declined = after.find((r) => r.rotationId === second.rotationId)!;
    expect(declined).toEqual(expect.objectContaining({ status: 'DECLINED', declineReason: reason }));

    // The host hospital's coordinators hear of the decline, with the reason.
    const qeh = system.user('demo-coordinator-qeh');
    const email = await waitForEmail(
      (e) => e.destination.to.includes(qeh.email) && (e.body.text ?? '').includes(reason),
    );
    expect(email.subject).toMatch(/declined|婉拒/);
    await context.close();
  }, 120_000);

  it('shows a rescheduled rotation as old → new and takes a new confirmation', async () => {
    const confirmed = (await myRotations(CHEN)).find((r) => r.status === 'CONFIRMED' && r.startDate === '2027-03-01')!;
    const moved = await system.api(
      'demo-programme-office',
      'PATCH',
      `/v1/rotations/${confirmed.rotationId}`,
      { endDate: '2027-06-25' },
      { 'if-match': `"${confirmed.version}"` },
    );
    expect(moved.status).toBe(200);

    const context = await device('zh-Hant');
    const page = await context.newPage();
    await openSignedIn(page, system, `/rotations/${confirmed.rotationId}`, CHEN);
    await settled(page);
    const change = await page.getByTestId('rotation-change').innerText();
    expect(change).toContain('2027年6月30日');
    expect(change).toContain('2027年6月25日');
    await screenshot(page, 'visitor-rotation-changed', 'zh-Hant');
    await expectAccessible(page, 'changed rotation');
    await page.getByRole('button', { name: '確認' }).click();
    await page.locator('[data-testid="rotation-card"]').getByText('已確認', { exact: true }).waitFor();
    expect((await system.api(CHEN, 'GET', `/v1/rotations/${confirmed.rotationId}`)).body.status).toBe('CONFIRMED');
    await context.close();
  }, 120_000);

  it('never shows another person’s rotation', async () => {
    const context = await device('en');
    const page = await context.newPage();
    await openSignedIn(page, system, `/rotations/${wongRotationId}`, CHEN);
    await settled(page);
    await page.getByText('This rotation does not exist, or it is not yours.').waitFor();
    expect(await page.getByTestId('rotation-card').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('subscribes to the calendar (webcal and https), and a new link stops the old one', async () => {
    const context = await device('en');
    const page = await context.newPage();
    await openSignedIn(page, system, '/me/calendar', CHEN);
    await settled(page);
    const url = await page.getByTestId('feed-url').inputValue();
    expect(url.startsWith(`${system.apiUrl}/v1/staff/`)).toBe(true);
    expect(await page.getByTestId('webcal-link').getAttribute('href')).toBe(url.replace(/^http:/, 'webcal:'));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    await page.getByRole('button', { name: 'Make a new link' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Make a new link' }).click();
    await page.getByText('A new link is ready. Subscribe again with it.').first().waitFor();
    const fresh = await page.getByTestId('feed-url').inputValue();
    expect(fresh).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(fresh)).status).toBe(200);
    await context.close();
  }, 60_000);

  it('switches language at any time and every visible string changes', async () => {
    const context = await device('en');
    const page = await context.newPage();
    await openSignedIn(page, system, '/me', CHEN);
    const staff = (await system.api(CHEN, 'GET', '/v1/me')).body.staff as {
      phone?: string;
      email: string;
      specialty: string;
    };
    // What is data, not wording: stays as it is in any language.
    const data = [
      /@/,
      /^[\d\s:+().\-–·/]+$/,
      /^(English|繁體中文|简体中文)$/,
      /^Dr [A-Z]+ /,
      /^(iPhone|Outlook|iPhone or iPad)$/,
      /^(LR|EP|NC|NL|MP)-?[\w-]*\d/,
      /^\d{6,}/,
      /^https?:\/\//,
      /calendar\.google\.com/,
    ];
    // The specialty is free text kept as the coordinators typed it.
    const isData = (line: string) =>
      data.some((re) => re.test(line)) || line === staff.phone || line === staff.specialty;
    for (const path of ['/me', '/me/schedule', '/me/calendar', '/me/profile']) {
      await visit(page, path);
      const english = await visibleLines(page);
      for (const language of ['zh-Hant', 'zh-Hans'] as const) {
        await page.getByTestId('language-switch').selectOption(language);
        await settled(page);
        const lines = await visibleLines(page);
        const untranslated = lines.filter((line) => !HAN.test(line) && !isData(line));
        expect({ path, language, untranslated }).toEqual({ path, language, untranslated: [] });
        expect(lines.filter((line) => english.includes(line) && !isData(line))).toEqual([]);
      }
      await page.getByTestId('language-switch').selectOption('en');
      await settled(page);
    }
    // The choice is remembered.
    await page.getByTestId('language-switch').selectOption('zh-Hant');
    await page.reload();
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('個人資料');
    await context.close();
  }, 180_000);

  it('changes the preferred language in the profile: the console follows, and so will the emails', async () => {
    const context = await device('en');
    const page = await context.newPage();
    await openSignedIn(page, system, '/me/profile', 'demo-staff-wong');
    await settled(page);
    await page.getByLabel('Phone').fill('+852 9123 4567');
    await page.getByRole('radio', { name: '简体中文' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: '个人资料' }).waitFor();
    const me = (await system.api('demo-staff-wong', 'GET', '/v1/me')).body.staff;
    expect(me).toEqual(expect.objectContaining({ preferredLanguage: 'zh-Hans', phone: '+852 9123 4567' }));
    await context.close();
  }, 60_000);
});
