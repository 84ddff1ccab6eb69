/**
 * The console's sign-in, as a person meets it: a link opens a console page, the local OpenID
 * provider (playing Cognito) asks who you are, and you land on the page the link named, signed
 * in, with the API answering your ID token. Sign-out ends the session at the provider too.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, openSignedIn, settled } from './support/browser';
import { type LocalSystem, startSystem } from './support/system';

let system: LocalSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('signing in to the console', () => {
  it('returns a visitor to the page a link named, signed in through the OpenID provider', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${system.consoleUrl}/me/schedule`);
    // The provider's sign-in page lists the demo users.
    await page.waitForURL((url) => url.origin === system.issuer);
    await page.locator('button[data-sub="demo-staff-chen"]').click();
    await page.waitForURL(`${system.consoleUrl}/me/schedule`);
    await settled(page);
    // In the visitor's own language (their profile's: Simplified Chinese), not the browser's.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('我的轮转');
    // The API answered the ID token: the demo visitor's rotation is listed by name.
    expect(await page.locator('[data-testid="rotation-card"]').count()).toBeGreaterThan(0);

    // The ID token carries Cognito's claims and the console's client id as audience.
    const idToken = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
      return JSON.parse(sessionStorage.getItem(key)!).id_token as string;
    });
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString());
    expect(claims).toEqual(
      expect.objectContaining({
        iss: system.issuer,
        aud: 'talent-exchange-console',
        'cognito:groups': ['staff'],
        'custom:staffId': system.user('demo-staff-chen').staffId,
        email: system.user('demo-staff-chen').email,
        token_use: 'id',
      }),
    );
    await context.close();
  });

  it('signs out at the provider too: the next visit asks who you are again', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openSignedIn(page, system, '/me', 'demo-staff-wong');
    await settled(page);
    // WONG Ka-ming reads Traditional Chinese (his profile's language).
    await page.getByRole('button', { name: '登出' }).click();
    await page.waitForURL(`${system.consoleUrl}/signed-out`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('閣下已登出');
    await page.goto(`${system.consoleUrl}/me`);
    await page.waitForURL((url) => url.origin === system.issuer);
    expect(await page.locator('button[data-sub]').count()).toBe(system.users.length);
    await context.close();
  });

  it('answers every path of the console map with the app, and an unknown one with a page saying so', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openSignedIn(page, system, '/no/such/page', 'demo-staff-chen');
    await settled(page);
    expect(await page.getByText('This page does not exist.').count()).toBe(1);
    await context.close();
  });
});
