/**
 * Section 8, the console: its initial JavaScript (what the browser must load before the first
 * screen: the entry script and the chunks it preloads, gzipped) and, for each coordinator screen,
 * how many API requests it makes for a programme of 10 visitors and one of 130 — the same system,
 * the same browser, the requests counted as the page makes them. The target: the count does not
 * grow with the number of visitors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureConsoleBuilt } from '../local/console-build';
import { DESKTOP, launchBrowser, newContext, openSignedIn, settled } from '../test/e2e/support/browser';
import { type LocalSystem, startSystem } from '../test/e2e/support/system';
import { REPO_ROOT } from './bundles';

export const INITIAL_JS_TARGET_BYTES = 250 * 1024;

export interface ConsoleReport {
  initialJs: { files: { file: string; gzipBytes: number }[]; gzipBytes: number; targetMet: boolean };
  /** Absent in quick mode (no browser run). */
  requests?: {
    sizes: [number, number];
    rows: { screen: string; small: number; large: number; targetMet: boolean }[];
  };
}

/** The entry script and every chunk index.html preloads, gzipped. */
export function initialJavaScript(dist = join(REPO_ROOT, 'console', 'dist')): ConsoleReport['initialJs'] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(srcs)].map((src) => ({
    file: src,
    gzipBytes: gzipSync(readFileSync(join(dist, src.replace(/^\//, ''))), { level: 9 }).length,
  }));
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, gzipBytes, targetMet: gzipBytes <= INITIAL_JS_TARGET_BYTES };
}

const ADMIN = 'demo-admin';
const OFFICE = 'demo-programme-office';

async function ok(call: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await call;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

/**
 * A programme of `visitors` people through the API, as an intake would be: each nominated at an
 * HK host, with an entry permit and three short observation rotations in the host's departments.
 */
async function seedProgramme(system: LocalSystem, visitors: number, label: string) {
  const api = (method: string, path: string, body?: unknown) => system.api(ADMIN, method, path, body);
  const programme = await ok(
    api('POST', '/v1/programmes', {
      names: { en: `Bench intake ${label}`, 'zh-Hant': `測試批次 ${label}`, 'zh-Hans': `测试批次 ${label}` },
      direction: 'GD_TO_HK',
      startDate: '2028-01-01',
      endDate: '2028-12-31',
      status: 'OPEN',
    }),
    'programme',
  );
  const institutions = (await ok(api('GET', '/v1/institutions?limit=100'), 'institutions')).items as {
    institutionId: string;
    region: string;
  }[];
  const home = institutions.find((i) => i.region === 'GD')!;
  const hosts: { institutionId: string; departments: string[] }[] = [];
  for (const i of institutions.filter((x) => x.region === 'HK')) {
    const departments = (await ok(api('GET', `/v1/institutions/${i.institutionId}/departments?limit=100`), 'depts'))
      .items as { departmentId: string }[];
    if (departments.length)
      hosts.push({ institutionId: i.institutionId, departments: departments.map((d) => d.departmentId) });
  }
  let hostIndex = 0;
  for (let n = 0; n < visitors; n++) {
    const host = hosts[hostIndex++ % hosts.length]!;
    const staff = await ok(
      api('POST', '/v1/staff', {
        names: { en: `Bench Visitor ${label}-${n}`, 'zh-Hans': `测试人员${label}${n}` },
        email: `bench-${label}-${n}-${Date.now()}@example.org`,
        discipline: n % 3 ? 'NURSE' : 'DOCTOR',
        specialty: 'General',
        homeInstitutionId: home.institutionId,
      }),
      'staff',
    );
    await ok(
      api('POST', `/v1/staff/${staff.staffId}/credentials`, {
        type: 'ENTRY_PERMIT',
        number: `EP-${label}-${n}`,
        region: 'HK',
        validFrom: '2028-01-01',
        validTo: '2028-12-31',
      }),
      'permit',
    );
    const placement = await ok(
      api('POST', `/v1/programmes/${programme.programmeId}/placements`, {
        staffId: staff.staffId,
        hostInstitutionId: host.institutionId,
        startDate: '2028-01-03',
        endDate: '2028-12-20',
      }),
      'placement',
    );
    for (let k = 0; k < 3; k++) {
      // A week each, spread over the year and the host's departments so capacity rarely binds.
      const week = (n * 5 + k * 17) % 48;
      const start = new Date(Date.UTC(2028, 0, 3 + week * 7));
      const end = new Date(start.getTime() + 4 * 86_400_000);
      await api('POST', `/v1/placements/${placement.placementId}/rotations`, {
        departmentId: host.departments[(n + k) % host.departments.length],
        startDate: start.toISOString().slice(0, 10),
        endDate: end.toISOString().slice(0, 10),
        activity: 'OBSERVATION',
      });
    }
  }
  return { programmeId: programme.programmeId as string, hostId: hosts[0]!.institutionId };
}

export async function measureConsole(options: { quick: boolean; log: (line: string) => void }): Promise<ConsoleReport> {
  options.log('   building the console (if it is not built)…');
  await ensureConsoleBuilt();
  const initialJs = initialJavaScript();
  if (options.quick) return { initialJs };

  const sizes: [number, number] = [10, 130];
  options.log('   starting the local system (npm start) and Chromium…');
  const [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
  try {
    const screens = (p: { programmeId: string; hostId: string }) => [
      { screen: 'programme overview', path: `/programmes/${p.programmeId}` },
      { screen: 'visitors list', path: `/programmes/${p.programmeId}/placements` },
      { screen: 'schedule board', path: `/programmes/${p.programmeId}/schedule` },
      // The host's map after each intake: the second holds both intakes' visitors.
      { screen: 'capacity heat map', path: `/institutions/${p.hostId}/capacity?from=2028-03-06` },
    ];
    const context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await openSignedIn(page, system, '/programmes', OFFICE);
    await settled(page);
    const apiOrigin = new URL(system.apiUrl).origin;
    const count = async (path: string) => {
      // A fresh load of the page: nothing cached from the screen before.
      await page.goto('about:blank');
      let requests = 0;
      const onRequest = (request: { url(): string; method(): string }) => {
        if (new URL(request.url()).origin === apiOrigin && request.method() !== 'OPTIONS') requests += 1;
      };
      page.on('request', onRequest);
      await page.goto(`${system.consoleUrl}${path}`);
      await settled(page);
      page.off('request', onRequest);
      return requests;
    };
    const measured: number[][] = [];
    for (const [k, size] of sizes.entries()) {
      options.log(`   loading a programme of ${size} visitors through the API…`);
      const programme = await seedProgramme(system, size, k === 0 ? 'S' : 'L');
      const counts: number[] = [];
      for (const screen of screens(programme)) counts.push(await count(screen.path));
      measured.push(counts);
    }
    const rows: NonNullable<ConsoleReport['requests']>['rows'] = screens({ programmeId: '', hostId: '' }).map(
      (screen, i) => {
        const [small, large] = [measured[0]![i]!, measured[1]![i]!];
        options.log(`   ${screen.screen}: ${small} request(s) at ${sizes[0]} visitors, ${large} at ${sizes[1]}`);
        return { screen: screen.screen, small, large, targetMet: large <= small };
      },
    );
    await context.close();
    return { initialJs, requests: { sizes, rows } };
  } finally {
    await browser.close();
    await system.stop();
  }
}
