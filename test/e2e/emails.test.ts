/**
 * Every email, as its readers see it: each template rendered in each language at 375 px in
 * Chromium (the browser the console tests use), and the variants worth seeing of their own — a
 * change of activity or supervisor alone, coordinators greeted as their list, the three-language
 * email of a reader whose language nobody knows. No label of the details tables breaks inside a
 * word (a Chinese label wrapping one character at a time fails here), nothing scrolls sideways,
 * and the screenshots are kept under test/e2e/screenshots/emails/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderEmail, type MessageFacts, type Reader } from '../../shared/notifications/render';
import { MESSAGE_KINDS, SUBJECT_LIMITS, type MessageKind } from '../../shared/notifications/wording';
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
  rotationsScheduled: facts({
    kind: 'rotationsScheduled',
    rotation: undefined,
    rotations: [
      { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
      { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS },
      { startDate: '2026-05-04', endDate: '2026-05-29', department: CARDIOLOGY },
    ],
    confirmBy: '2026-02-23',
    replyTo: 'programmeOffice',
  }),
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
  rotationConfirmed: facts({
    kind: 'rotationConfirmed',
    audience: 'coordinators',
    rotationId: 'rot_1',
    contact: 'hostCoordinators',
    replyTo: 'programmeOffice',
  }),
  rotationDeclined: facts({
    kind: 'rotationDeclined',
    audience: 'coordinators',
    rotationId: 'rot_1',
    reason: 'I am on approved leave for the first two weeks of March.',
    contact: 'programmeOffice',
    replyTo: 'programmeOffice',
  }),
  reminderConfirm: facts({ kind: 'reminderConfirm', rotationId: 'rot_1', daysUntilStart: 14, confirmBy: '2026-02-23' }),
  reminderStart: facts({ kind: 'reminderStart', rotationId: 'rot_1', daysUntilStart: 7 }),
};

const SUPERVISED = { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY } as const;

/** Variants with something of their own to look at, beyond each kind's example. */
const VARIANTS: Record<string, MessageFacts> = {
  'rotationChanged-activity': facts({
    kind: 'rotationChanged',
    rotationId: 'rot_1',
    rotation: { ...SUPERVISED, activity: 'OBSERVATION', supervisor: { name: 'Dr CHAN Tai Man' } },
    previous: { ...SUPERVISED, activity: 'CLINICAL', supervisor: { name: 'Dr CHAN Tai Man' } },
    needsConfirmation: false,
    replyTo: 'programmeOffice',
  }),
  'rotationChanged-supervisor': facts({
    kind: 'rotationChanged',
    rotationId: 'rot_1',
    rotation: {
      ...SUPERVISED,
      activity: 'CLINICAL',
      supervisor: { name: 'Dr LEE Ka Wai', email: 'lee.kawai@ha.example.org.hk' },
    },
    previous: { ...SUPERVISED, activity: 'CLINICAL', supervisor: { name: 'Dr CHAN Tai Man' } },
    needsConfirmation: false,
    replyTo: 'programmeOffice',
  }),
  'rotationChanged-details': facts({
    kind: 'rotationChanged',
    rotationId: 'rot_1',
    rotation: { ...SUPERVISED, activity: 'TRAINING', supervisor: { name: 'Dr LEE Ka Wai' } },
    previous: { ...SUPERVISED, activity: 'CLINICAL' },
    needsConfirmation: true,
    confirmBy: '2026-02-23',
    replyTo: 'programmeOffice',
  }),
  'rotationConfirmed-programmeOffice': facts({
    kind: 'rotationConfirmed',
    audience: 'coordinators',
    rotationId: 'rot_1',
    contact: 'programmeOffice',
    replyTo: 'programmeOffice',
  }),
};

/** What each email is rendered as: every kind, then the variants. */
const RENDERED: [string, MessageFacts][] = [
  ...MESSAGE_KINDS.map((kind) => [kind, EXAMPLES[kind]] as [string, MessageFacts]),
  ...Object.entries(VARIANTS),
];

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

async function expectReadableAt375(name: string, reader: Reader, file: string) {
  const email = renderEmail(RENDERED.find(([n]) => n === name)![1], reader, CONSOLE);
  const language = typeof reader === 'string' ? reader : reader[0]!;
  expect([...email.subject].length).toBeLessThanOrEqual(SUBJECT_LIMITS[language]);
  const context = await newContext(browser, { language, viewport: { width: 375, height: 800 } });
  try {
    const page = await context.newPage();
    await page.setContent(email.html, { waitUntil: 'load' });
    expect(await page.evaluate(BROKEN_LABELS)).toEqual([]);
    await expectNoHorizontalScroll(page, `${name} (${language})`);
    // Real table semantics: header cells name their row.
    expect(await page.locator('table[role="presentation"]').count()).toBe(0);
    expect(await page.locator('th:not([scope="row"])').count()).toBe(0);
    // The link says what it opens, not just "open".
    const links = await page.locator('a').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    for (const text of links) expect(text.length).toBeGreaterThan(12);
    await page.screenshot({ path: join(EMAILS, file), fullPage: true });
  } finally {
    await context.close();
  }
}

describe.each(LANGUAGES)('every email in %s at 375 px', (language) => {
  it.each(RENDERED.map(([name]) => name))('%s: labels stay whole, nothing scrolls sideways', (name) =>
    expectReadableAt375(name, language, `${name}-${language}-375.png`),
  );
});

describe('an email to a reader whose language nobody knows: all three, the likeliest first', () => {
  it.each([
    ['rotationDeclined', ['en', 'zh-Hant', 'zh-Hans']],
    ['rotationScheduled', ['zh-Hans', 'zh-Hant', 'en']],
  ] as const)('%s, %j: labels stay whole, nothing scrolls sideways', (name, order) =>
    expectReadableAt375(name, order, `${name}-${order.join('+')}-375.png`),
  );
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
