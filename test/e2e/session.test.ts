/**
 * A signed-in session outlives its ID token: the console renews it with the refresh token
 * before it expires (as it would against Cognito), and the API keeps answering. The sign-in's
 * tokens last 75 seconds here, so renewal comes within a quarter of a minute.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, openSignedIn, settled } from './support/browser';
import { type LocalSystem, startSystem } from './support/system';

let system: LocalSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem({ env: { TEC_ID_TOKEN_SECONDS: '75' } }), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const storedIdToken = `(() => {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
  return key ? JSON.parse(sessionStorage.getItem(key)).id_token : undefined;
})()`;

it('renews the ID token silently before it expires, and the API accepts the new one', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openSignedIn(page, system, '/me/schedule', 'demo-staff-chen');
  await settled(page);
  const first = (await page.evaluate(storedIdToken)) as string;
  const exp = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).exp as number;
  expect(exp(first) - Date.now() / 1000).toBeLessThanOrEqual(75);

  // oidc-client-ts renews a minute before expiry: within ~15 s here, without leaving the page.
  const deadline = Date.now() + 45_000;
  while ((await page.evaluate(storedIdToken)) === first) {
    if (Date.now() > deadline) throw new Error('the ID token was not renewed');
    await page.waitForTimeout(500);
  }
  const renewed = (await page.evaluate(storedIdToken)) as string;
  expect(exp(renewed)).toBeGreaterThan(exp(first));
  expect(page.url()).toBe(`${system.consoleUrl}/me/schedule`);

  // The renewed token is what the API now gets, and it answers.
  const answered = page.waitForResponse(
    (r) => r.url().startsWith(`${system.apiUrl}/v1/me`) && r.request().method() === 'GET',
  );
  await page.reload();
  const response = await answered;
  expect(response.status()).toBe(200);
  expect(response.request().headers().authorization).toBe(`Bearer ${(await page.evaluate(storedIdToken)) as string}`);
  await context.close();
}, 120_000);
