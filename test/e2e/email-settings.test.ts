/**
 * A coordinator's email language, as they meet it against `npm start`'s system: the Queen
 * Elizabeth Hospital coordinator signs in (the local OpenID provider gives their ID token a Hong
 * Kong Chinese `locale`, as Cognito would), reads on their first screen that emails reach them in
 * Traditional Chinese, opens the email language page, chooses English and saves — and the next
 * email to their address is in English only. They also keep their hospital's contact list and its
 * language. Screenshotted in each language, on a desktop and at 375 px, and checked by axe.
 */
import type { Browser } from 'playwright-core';
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

const QEH_COORDINATOR = 'demo-coordinator-qeh';
const OFFICE = 'demo-programme-office';
/** The programme office's contact lists, newest programme first, as each language titles them. */
const OFFICE_LISTS: Record<Language, string[]> = {
  en: [
    'Hospital Authority Staff Exchange to Guangdong 2027: contact list',
    'Greater Bay Area Healthcare Talents Visiting Programme 2027: contact list',
  ],
  'zh-Hant': ['醫管局人員赴粵交流計劃 2027：聯絡名單', '大灣區醫療人才交流計劃 2027：聯絡名單'],
  'zh-Hans': ['医管局人员赴粤交流计划 2027：联络名单', '大湾区医疗人才交流计划 2027：联络名单'],
};
const CHEN = 'demo-staff-chen';
const QEH_ADDRESS = 'exchange.qeh@ha.example.org';

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** What each language says of the sign-in's Traditional Chinese. */
const SAYS: Record<Language, { note: string; now: string; link: string }> = {
  en: {
    note: 'Emails reach you in Traditional Chinese.',
    now: 'Your emails are written in Traditional Chinese. It is the language of your sign-in.',
    link: 'Change the email language',
  },
  'zh-Hant': {
    note: '電郵以繁體中文寄給閣下。',
    now: '閣下的電郵現以繁體中文書寫。這是閣下登入帳戶所設定的語言。',
    link: '更改電郵語言',
  },
  'zh-Hans': {
    note: '邮件以繁体中文发给您。',
    now: '您的邮件目前以繁体中文书写。这是您登录账户所设置的语言。',
    link: '更改邮件语言',
  },
};

const VIEWPORTS = LANGUAGES.flatMap((language) => [
  [language, 'phone', PHONE] as const,
  [language, 'desktop', DESKTOP] as const,
]);

describe('a coordinator’s email language', () => {
  it.each(VIEWPORTS)(
    'in %s on a %s: the first screen says which language emails come in, and links to where it is chosen',
    async (language, _device, viewport) => {
      const context = await newContext(browser, { language, viewport });
      try {
        const page = await context.newPage();
        await openSignedIn(page, system, '/programmes', QEH_COORDINATOR);
        await settled(page);
        const note = page.getByTestId('email-language-note');
        expect(await note.textContent()).toContain(SAYS[language].note);
        await screenshot(page, 'programmes-email-language', language);
        await note.getByRole('link', { name: SAYS[language].link }).click();
        await page.waitForURL((url) => url.pathname === '/settings/email');
        await settled(page);
        expect(await page.getByTestId('email-language-now').textContent()).toBe(SAYS[language].now);
        expect(await page.locator('h1').textContent()).toBe(
          { en: 'Email language', 'zh-Hant': '電郵語言', 'zh-Hans': '邮件语言' }[language],
        );
        expect(await page.textContent('main')).toContain(QEH_ADDRESS);
        await expectAccessible(page, `email settings (${language}, ${viewport.width} px)`);
        await expectNoHorizontalScroll(page, `email settings (${language}, ${viewport.width} px)`);
        await screenshot(page, 'email-settings', language);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('choosing English makes the next email to the coordinator English only, with a short subject', async () => {
    const context = await newContext(browser, { language: 'zh-Hant', viewport: PHONE });
    try {
      const page = await context.newPage();
      await openSignedIn(page, system, '/settings/email', QEH_COORDINATOR);
      await settled(page);
      await page.getByRole('radiogroup', { name: '電郵使用' }).getByRole('radio', { name: 'English' }).check();
      await page.getByRole('button', { name: '儲存', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: '已儲存。之後的電郵會以此語言書寫。' }).first().waitFor();
      expect(await page.getByTestId('email-language-now').textContent()).toBe(
        '閣下的電郵現以英文書寫。這是閣下選擇的語言。',
      );
      await screenshot(page, 'email-settings-saved', 'zh-Hant');
    } finally {
      await context.close();
    }
    const stored = await system.api(QEH_COORDINATOR, 'GET', '/v1/me/email-settings');
    expect(stored.body).toMatchObject({ email: QEH_ADDRESS, language: 'en', signInLanguage: 'zh-Hant' });

    // The visitor at Queen Elizabeth Hospital confirms a rotation: the hospital's coordinator hears of it, in English.
    const rotations = await system.api(CHEN, 'GET', '/v1/me/rotations');
    const waiting = rotations.body.items.find((r: { status: string }) => r.status === 'SCHEDULED');
    expect(waiting).toBeDefined();
    const confirmed = await system.api(CHEN, 'POST', `/v1/rotations/${waiting.rotationId}/confirm`, undefined, {
      'if-match': `"${waiting.version}"`,
    });
    expect(confirmed.status).toBe(200);
    const deadline = Date.now() + 30_000;
    let email: { subject: string; body: { text?: string } } | undefined;
    while (!email && Date.now() < deadline) {
      const store = (await (await fetch(`${system.inboxUrl}/store`)).json()) as {
        emails: { destination: { to: string[] }; subject: string; body: { text?: string } }[];
      };
      email = store.emails.find(
        (e) =>
          e.destination.to.includes(QEH_ADDRESS) && (e.body.text ?? '').includes(`/rotations/${waiting.rotationId}`),
      );
      if (!email) await new Promise((done) => setTimeout(done, 500));
    }
    expect(email?.subject).toBe('CHEN Zhiqiang confirmed: Cardiothoracic Surgery');
    expect(email?.body.text?.startsWith('Dear exchange coordinators at Queen Elizabeth Hospital,\n')).toBe(true);
    expect(email?.body.text).not.toMatch(/\p{Script=Han}{2}/u);
  }, 180_000);

  it('the hospital’s coordinator adds a shared mailbox to its contact list and sets the list’s language', async () => {
    const hospitals = await system.api(QEH_COORDINATOR, 'GET', '/v1/institutions?limit=100');
    const qeh = hospitals.body.items.find((i: { names: { en: string } }) => i.names.en === 'Queen Elizabeth Hospital');
    const context = await newContext(browser, { language: 'zh-Hans', viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await openSignedIn(page, system, '/settings/email', QEH_COORDINATOR);
      await settled(page);
      const card = page.locator('.ant-card').filter({ hasText: '联络名单' });
      const save = card.getByRole('button', { name: '保存联络名单' });
      expect(await card.locator('h2').textContent()).toBe('伊利沙伯医院：联络名单');
      const addresses = card.getByTestId('contact-emails');
      expect(await addresses.textContent()).toContain(QEH_ADDRESS);
      const typed = addresses.locator('input');
      // A typo is named, and nothing is saved until it is fixed.
      await typed.fill('qeh.shared-ha.example.org');
      await typed.press('Enter');
      await save.click();
      await card.getByText('以下不是邮箱地址：qeh.shared-ha.example.org').waitFor();
      await screenshot(page, 'email-settings-hospital-invalid', 'zh-Hans');
      await addresses
        .locator('.ant-select-selection-item', { hasText: 'qeh.shared-ha' })
        .locator('.anticon-close')
        .click();
      await card.getByText('以下不是邮箱地址').waitFor({ state: 'detached' });
      await typed.fill('qeh.shared@ha.example.org');
      await typed.press('Enter');

      // Meanwhile a colleague sets the list's language: the save is refused as stale, and a
      // reload keeps the addresses typed here and takes the colleague's language.
      const colleague = await system.api(
        QEH_COORDINATOR,
        'PATCH',
        `/v1/institutions/${qeh.institutionId}`,
        { contactLanguage: 'zh-Hant' },
        { 'if-match': `"${qeh.version}"` },
      );
      expect(colleague.status).toBe(200);
      await save.click();
      await card.getByText('此内容已被他人修改').first().waitFor();
      await screenshot(page, 'email-settings-hospital-stale', 'zh-Hans');
      await card.getByRole('button', { name: '重新加载' }).click();
      await card.getByText('此内容已被他人修改').first().waitFor({ state: 'detached' });
      expect(await card.getByRole('radio', { name: '繁體中文' }).isChecked()).toBe(true);
      expect(await addresses.textContent()).toContain('qeh.shared@ha.example.org');
      await save.click();
      await card.getByRole('alert').filter({ hasText: '已保存。之后的邮件会以此语言发送到此名单。' }).waitFor();
      expect(await system.api(QEH_COORDINATOR, 'GET', `/v1/institutions/${qeh.institutionId}`)).toMatchObject({
        body: { contactEmails: [QEH_ADDRESS, 'qeh.shared@ha.example.org'], contactLanguage: 'zh-Hant' },
      });

      // Then the list's language, Simplified Chinese.
      await card.getByRole('radio', { name: '简体中文' }).check();
      await save.click();
      await card.getByRole('alert').filter({ hasText: '已保存' }).waitFor();
      await expectAccessible(page, 'hospital contact list saved (zh-Hans)');
      await screenshot(page, 'email-settings-hospital-saved', 'zh-Hans');
    } finally {
      await context.close();
    }
    expect(await system.api(QEH_COORDINATOR, 'GET', `/v1/institutions/${qeh.institutionId}`)).toMatchObject({
      body: { contactEmails: [QEH_ADDRESS, 'qeh.shared@ha.example.org'], contactLanguage: 'zh-Hans', version: 4 },
    });
  }, 120_000);

  it.each(LANGUAGES)(
    'in %s at 375 px: the programme office keeps each running programme’s contact list and its language',
    async (language) => {
      const context = await newContext(browser, { language, viewport: PHONE });
      try {
        const page = await context.newPage();
        await openSignedIn(page, system, '/settings/email', OFFICE);
        await settled(page);
        const titles = await page.locator('.ant-card h2').allTextContents();
        expect(titles.slice(1)).toEqual(OFFICE_LISTS[language]);
        await expectAccessible(page, `programme office email settings (${language}, 375 px)`);
        await expectNoHorizontalScroll(page, `programme office email settings (${language}, 375 px)`);
        await screenshot(page, 'email-settings-office', language);
        if (language !== 'en') return;
        // The Guangdong side's office reads Traditional Chinese from now on.
        const card = page.locator('.ant-card').filter({ hasText: OFFICE_LISTS.en[0]! });
        await card.getByRole('radio', { name: '繁體中文' }).check();
        await card.getByRole('button', { name: 'Save the contact list' }).click();
        await card.getByRole('alert').filter({ hasText: 'Saved. The next emails go to this list' }).waitFor();
        // The other list goes without a language of its own: all three in one email.
        const other = page.locator('.ant-card').filter({ hasText: OFFICE_LISTS.en[1]! });
        await other.getByRole('radio', { name: 'None: all three languages in one email' }).check();
        await other.getByRole('button', { name: 'Save the contact list' }).click();
        await other.getByRole('alert').filter({ hasText: 'Saved. The next emails go to this list' }).waitFor();
      } finally {
        await context.close();
      }
      if (language !== 'en') return;
      const programmes = await system.api(OFFICE, 'GET', '/v1/programmes?limit=100');
      const north = programmes.body.items.find((p: { names: { en: string } }) =>
        p.names.en.startsWith('Hospital Authority Staff'),
      );
      expect(north).toMatchObject({ contactEmails: ['exchange@gd-health.example.cn'], contactLanguage: 'zh-Hant' });
      const gba = programmes.body.items.find((p: { names: { en: string } }) => p.names.en.startsWith('Greater Bay'));
      expect(gba).toMatchObject({ contactEmails: ['gba.talents@ha.example.org'] });
      expect(gba).not.toHaveProperty('contactLanguage');
    },
    120_000,
  );
});
