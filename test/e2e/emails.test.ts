/**
 * Every email, as its readers see it: each template rendered in each language at 375 px in
 * Chromium (the browser the console tests use). No label of the details tables breaks inside a
 * word (a Chinese label wrapping one character at a time fails here), nothing scrolls sideways,
 * and the screenshots are kept under test/e2e/screenshots/emails/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderEmail, type MessageFacts } from '../../shared/notifications/render';
import { MESSAGE_KINDS, type MessageKind } from '../../shared/notifications/wording';
import { CARDIOLOGY, CONSOLE, facts, PAEDIATRICS } from '../unit/notifications/fixtures';
import { expectNoHorizontalScroll, LANGUAGES, launchBrowser, newContext, SCREENSHOTS } from './support/browser';

const EMAILS = join(SCREENSHOTS, 'emails');

/** Facts that make each template say all it can (a reason, a list, old and new). */
const EXAMPLES: Record<MessageKind, MessageFacts> = {
  placementOffered: facts({
    kind: 'placementOffered',
    rotation: undefined,
    awaitingAcceptance: true,
    rotations: [
      { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
      { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS },
    ],
    replyTo: 'programmeOffice',
  }),
  placementEnded: facts({
    kind: 'placementEnded',
    audience: 'coordinators',
    rotation: undefined,
    ending: 'WITHDRAWN',
    reason: 'Offered a permanent post at home',
    rotations: [{ startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY }],
    replyTo: 'programmeOffice',
  }),
  rotationScheduled: facts({ rotationId: 'rot_1', confirmBy: '2026-02-23', replyTo: 'programmeOffice' }),
  rotationChanged: facts({
    kind: 'rotationChanged',
    rotationId: 'rot_1',
    rotation: { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS, activity: 'CLINICAL' },
    previous: { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
    needsConfirmation: true,
    confirmBy: '2026-03-30',
    replyTo: 'programmeOffice',
  }),
  rotationCancelled: facts({ kind: 'rotationCancelled', rotationId: 'rot_1', replyTo: 'programmeOffice' }),
  rotationConfirmed: facts({ kind: 'rotationConfirmed', audience: 'coordinators', rotationId: 'rot_1' }),
  rotationDeclined: facts({
    kind: 'rotationDeclined',
    audience: 'coordinators',
    rotationId: 'rot_1',
    reason: 'I am on approved leave for the first two weeks of March.',
  }),
  reminderConfirm: facts({ kind: 'reminderConfirm', rotationId: 'rot_1', daysUntilStart: 14, confirmBy: '2026-02-23' }),
  reminderStart: facts({ kind: 'reminderStart', rotationId: 'rot_1', daysUntilStart: 7 }),
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(EMAILS, { recursive: true });
}, 60_000);
afterAll(() => browser?.close());

/** The labels (header cells) whose text takes more than one line. */
const BROKEN_LABELS = `[...document.querySelectorAll('th')].flatMap((th) => {
  const range = document.createRange();
  range.selectNodeContents(th);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return tops.size > 1 ? [th.textContent] : [];
})`;

describe.each(LANGUAGES)('every email in %s at 375 px', (language) => {
  it.each([...MESSAGE_KINDS])('%s: labels stay whole, nothing scrolls sideways', async (kind) => {
    const email = renderEmail(EXAMPLES[kind], language, CONSOLE);
    const context = await newContext(browser, { language, viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      await page.setContent(email.html, { waitUntil: 'load' });
      expect(await page.evaluate(BROKEN_LABELS)).toEqual([]);
      await expectNoHorizontalScroll(page, `${kind} (${language})`);
      // Real table semantics: header cells name their row.
      expect(await page.locator('table[role="presentation"]').count()).toBe(0);
      expect(await page.locator('th:not([scope="row"])').count()).toBe(0);
      // The link says what it opens, not just "open".
      const links = await page.locator('a').allTextContents();
      expect(links.length).toBeGreaterThan(0);
      for (const text of links) expect(text.length).toBeGreaterThan(12);
      await page.screenshot({ path: join(EMAILS, `${kind}-${language}-375.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe('the layout test itself', () => {
  it('catches a label that breaks inside a word (the layout before this one)', async () => {
    const context = await newContext(browser, { language: 'zh-Hant', viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      // The old layout: a table without nowrap labels, squeezed by a long value.
      await page.setContent(
        `<table style="border-collapse:collapse"><tr><th scope="row" style="text-align:left">交流人員</th><td>${'瑪麗醫院心臟科'.repeat(12)}</td></tr></table>`,
      );
      expect(await page.evaluate(BROKEN_LABELS)).toEqual(['交流人員']);
    } finally {
      await context.close();
    }
  });
});
