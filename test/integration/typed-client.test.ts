/**
 * The generated client (shared/api-client.ts) against the real API: paths, parameters, bodies,
 * headers and responses are typed from the document, so this file compiling is part of the test
 * (npm run typecheck) and the calls show the types match what the API answers.
 */
import { createApiClient } from '../../shared/api-client';
import { startHarness, type Harness } from '../support/harness';
import { buildWorld, type World } from '../support/fixtures';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
});
afterAll(() => h.close());

it('reads and changes a programme through the typed client, with ETag and If-Match', async () => {
  const api = createApiClient({ baseUrl: h.baseUrl, token: () => w.admin, fetch: h.fetch });

  const read = await api.GET('/v1/programmes/{programmeId}', { params: { path: { programmeId: w.programmeId } } });
  expect(read.response.status).toBe(200);
  const programme = read.data;
  if (!programme) throw new Error(`no programme: ${JSON.stringify(read.error)}`);
  const direction: 'GD_TO_HK' | 'HK_TO_GD' = programme.direction;
  expect(direction).toBe('GD_TO_HK');
  const etag = read.response.headers.get('etag') ?? '';

  const changed = await api.PATCH('/v1/programmes/{programmeId}', {
    params: { path: { programmeId: w.programmeId }, header: { 'If-Match': etag } },
    body: { contactEmails: ['office@example.org'] },
  });
  // A PATCH that takes ?dryRun=true answers 200 with the programme or with a dry run's verdict.
  if (!changed.data || 'dryRun' in changed.data) throw new Error('expected the changed programme');
  expect(changed.data.contactEmails).toEqual(['office@example.org']);
  expect(changed.response.headers.get('etag')).toBe(`"${changed.data.version}"`);

  const dryRun = await api.PATCH('/v1/programmes/{programmeId}', {
    params: {
      path: { programmeId: w.programmeId },
      query: { dryRun: 'true' },
      header: { 'If-Match': `"${changed.data.version}"` },
    },
    body: { status: 'CLOSED' },
  });
  if (!dryRun.data || !('dryRun' in dryRun.data)) throw new Error('expected a dry run');
  expect(dryRun.data.result.status).toBe('CLOSED');

  // The stale ETag again: the typed error is the problem document (or, in AWS, a gateway message).
  const stale = await api.PATCH('/v1/programmes/{programmeId}', {
    params: { path: { programmeId: w.programmeId }, header: { 'If-Match': etag } },
    body: { contactEmails: ['someone-else@example.org'] },
  });
  expect(stale.response.status).toBe(412);
  expect(stale.error && 'code' in stale.error ? stale.error.code : undefined).toBe('VERSION_MISMATCH');
  expect(stale.error).toMatchObject({ currentVersion: changed.data.version });
});

it('lists with typed query parameters', async () => {
  const api = createApiClient({ baseUrl: h.baseUrl, token: () => w.admin, fetch: h.fetch });
  const { data } = await api.GET('/v1/institutions', { params: { query: { region: 'HK', limit: 10 } } });
  const regions = (data?.items ?? []).map((institution) => institution.region);
  expect(regions.length).toBeGreaterThan(0);
  expect(new Set(regions)).toEqual(new Set(['HK']));
});
