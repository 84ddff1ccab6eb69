/**
 * The browser side of the console tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), sign-in through the local OpenID provider, screenshots people can look
 * at, and axe-core failing on serious or critical violations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { LocalSystem } from './system';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '..', 'screenshots');
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };
export type Language = 'en' | 'zh-Hant' | 'zh-Hans';
export const LANGUAGES: Language[] = ['en', 'zh-Hant', 'zh-Hans'];

/** A font with Chinese glyphs: without one, zh-Hant and zh-Hans screenshots show boxes, not words. */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * Installs Debian's Chromium and its Chinese fonts where they are missing (a fresh CI machine);
 * never a downloaded browser.
 */
export function ensureChromium(): void {
  const missing = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...(existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk'])];
  if (missing.length === 0) return;
  const asRoot = (args: string[]) =>
    process.getuid?.() === 0
      ? execFileSync(args[0]!, args.slice(1), {
          stdio: 'inherit',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        })
      : execFileSync('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args], { stdio: 'inherit' });
  asRoot(['apt-get', 'update']);
  asRoot(['apt-get', 'install', '-y', ...missing]);
}

export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh browser profile with a language preference (as a phone's settings would give). */
export async function newContext(
  browser: Browser,
  options: { language?: Language; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const locale = { en: 'en-GB', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' }[options.language ?? 'en'];
  return browser.newContext({
    viewport: options.viewport ?? PHONE,
    locale,
    timezoneId: 'Asia/Hong_Kong',
    deviceScaleFactor: 1,
    hasTouch: (options.viewport ?? PHONE).width < 600,
  });
}

/**
 * Opens a console path; when the console sends the browser to sign in, picks the demo user on
 * the OpenID provider's page, and waits until the browser is back on the page it asked for.
 */
export async function openSignedIn(page: Page, system: LocalSystem, path: string, sub: string): Promise<void> {
  await page.goto(`${system.consoleUrl}${path}`);
  await page.waitForURL((url) => url.origin === system.issuer || url.origin === system.consoleUrl, { timeout: 30_000 });
  const onProvider = await page
    .waitForURL((url) => url.origin === system.issuer, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (onProvider) {
    await page.locator(`button[data-sub="${sub}"]`).click();
  }
  const wanted = new URL(`${system.consoleUrl}${path}`);
  await page.waitForURL((url) => url.origin === system.consoleUrl && url.pathname === wanted.pathname, {
    timeout: 30_000,
  });
  await page.locator('main, #main').first().waitFor();
}

/** Waits until the app has nothing loading (spinners gone, network quiet). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  // antd's messages and motion: let them finish so screenshots are stable.
  await page.waitForTimeout(300);
}

/** Saves test/e2e/screenshots/<screen>-<lang>-<width>.png (full page) for people to look at. */
export async function screenshot(page: Page, screen: string, language: Language): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = join(SCREENSHOTS, `${screen}-${language}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Runs axe (WCAG 2.1 A and AA) and fails on any serious or critical violation, naming each. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n    ')}`,
    );
    throw new Error(`axe on ${where}: ${bad.length} serious/critical violation(s)\n  ${lines.join('\n  ')}`);
  }
}

/** The page has no horizontal scrolling (phone first). */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const [scroll, client] = (await page.evaluate(
    '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
  )) as [number, number];
  if (scroll > client + 1) throw new Error(`${where}: scrolls sideways (${scroll}px content in ${client}px)`);
}
