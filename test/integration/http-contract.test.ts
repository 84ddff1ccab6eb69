/**
 * The API's conventions: ETag / If-Match (no lost updates), Idempotency-Key (a replay writes
 * nothing), cursor paging with a capped limit, and bad input answered 400 with nothing stored.
 */
import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { setClock } from '../../shared/clock';
import { startHarness, type Harness } from '../support/harness';
import { whileIntercepting, type Send } from '../support/dynamo-intercept';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  rotationBody,
  type World,
} from '../support/fixtures';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h);
});
afterAll(() => h.close());
afterEach(() => setClock(undefined));

const names = { en: 'Cardiology', 'zh-Hant': '心臟科', 'zh-Hans': '心脏科' };

describe('ETag and If-Match', () => {
  it('returns an ETag on reads, needs If-Match on changes (428) and refuses a stale one (412) without changing anything', async () => {
    const read = await h.request('GET', `/v1/departments/${w.departments.otherHospital}`, { token: w.admin });
    expect(read.headers.get('etag')).toBe('"1"');

    const missing = await h.request('PATCH', `/v1/departments/${w.departments.otherHospital}`, {
      token: w.admin,
      body: { capacity: 4 },
    });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('PRECONDITION_REQUIRED');

    const first = await h.request('PATCH', `/v1/departments/${w.departments.otherHospital}`, {
      token: w.admin,
      body: { capacity: 4 },
      headers: { 'if-match': '"1"' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');

    // A second coordinator still holding version 1 does not overwrite the first one's change.
    const stale = await h.request('PATCH', `/v1/departments/${w.departments.otherHospital}`, {
      token: w.admin,
      body: { capacity: 9 },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', currentVersion: 2 });
    expect(
      (await h.request('GET', `/v1/departments/${w.departments.otherHospital}`, { token: w.admin })).body.capacity,
    ).toBe(4);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, writes nothing more, and refuses the key with another body (422)', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const send = (body: object) =>
      h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
        token: w.coordinator,
        body,
        headers: { 'idempotency-key': 'booking-42' },
      });
    const first = await send(rotationBody(w, { startDate: '2027-05-01', endDate: '2027-05-05' }));
    expect(first.status).toBe(201);
    const replay = await send(rotationBody(w, { startDate: '2027-05-01', endDate: '2027-05-05' }));
    expect(replay.status).toBe(201);
    expect(replay.body.rotationId).toBe(first.body.rotationId);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    const rotations = await expectStatus(
      h.request('GET', `/v1/placements/${placement.placementId}/rotations`, { token: w.admin }),
      200,
    );
    expect(rotations.items).toHaveLength(1);

    const reused = await send(rotationBody(w, { startDate: '2027-06-01', endDate: '2027-06-05' }));
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('stores the response with the write: a failure after the write cannot make a replay write twice', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const send = () =>
      h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
        token: w.coordinator,
        body: rotationBody(w, { startDate: '2027-08-01', endDate: '2027-08-03' }),
        headers: { 'idempotency-key': 'crash-after-write' },
      });
    // Every write to an idempotency record outside the request's own transaction fails, as when
    // the function dies between writing the change and storing its response.
    const first = await whileIntercepting(async (command, realSend) => {
      const input = (command as { input?: { Key?: { PK?: unknown } } }).input;
      const separate = command instanceof UpdateCommand || command instanceof DeleteCommand;
      if (separate && String(input?.Key?.PK).startsWith('IDEMP#')) throw new Error('Task timed out');
      return realSend(command);
    }, send);
    expect(first.status).toBe(201);
    // Long after the first request's lease on the key has run out, the client retries.
    setClock(new Date(Date.now() + 10 * 60_000));
    const replay = await send();
    expect(replay.status).toBe(201);
    expect(replay.body.rotationId).toBe(first.body.rotationId);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const rotations = await expectStatus(
      h.request('GET', `/v1/placements/${placement.placementId}/rotations`, { token: w.admin }),
      200,
    );
    expect(rotations.items).toHaveLength(1);
  });

  it('frees the key when the first request was refused, so a corrected retry can use it', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const send = (body: object) =>
      h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
        token: w.coordinator,
        body,
        headers: { 'idempotency-key': 'retry-after-409' },
      });
    expect((await send(rotationBody(w, { startDate: '2028-01-01', endDate: '2028-01-02' }))).status).toBe(409);
    expect((await send(rotationBody(w, { startDate: '2027-07-01', endDate: '2027-07-02' }))).status).toBe(201);
  });
});

describe('cursor pagination', () => {
  it("pages a hospital coordinator's placements in start order at two Queries a page, whatever else the programme holds", async () => {
    const programme = await expectStatus(
      h.request('POST', '/v1/programmes', {
        token: w.admin,
        body: {
          names: { en: 'Nursing 2027', 'zh-Hant': '護理2027', 'zh-Hans': '护理2027' },
          direction: 'GD_TO_HK',
          startDate: '2027-01-01',
          endDate: '2027-12-31',
        },
      }),
      201,
    );
    const nominate = async (hostInstitutionId: string, startDate: string) =>
      (
        await expectStatus(
          h.request('POST', `/v1/programmes/${programme.programmeId}/placements`, {
            token: w.coordinator,
            body: { staffId: (await addStaff(w)).staffId, hostInstitutionId, startDate, endDate: '2027-12-31' },
          }),
          201,
        )
      ).placementId as string;
    // Three placements at the coordinator's hospital among a dozen elsewhere, interleaved by start.
    const ours: string[] = [];
    for (let month = 1; month <= 12; month++) {
      const start = `2027-${String(month).padStart(2, '0')}-01`;
      await nominate(w.otherHostId, start);
      if (month % 4 === 2) ours.push(await nominate(w.hostId, start));
    }
    const hospital = await h.token({ role: 'hospital-coordinator', institutionId: w.hostId });
    let queries = 0;
    const countQueries = async (command: unknown, realSend: Send) => {
      if (command instanceof QueryCommand) queries += 1;
      return realSend(command);
    };
    const seen: string[] = [];
    const queriesPerPage: number[] = [];
    await whileIntercepting(countQueries, async () => {
      let cursor: string | undefined;
      do {
        queries = 0;
        const page = await expectStatus(
          h.request(
            'GET',
            `/v1/programmes/${programme.programmeId}/placements?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
            { token: hospital },
          ),
          200,
        );
        queriesPerPage.push(queries);
        seen.push(...page.items.map((p: { placementId: string }) => p.placementId));
        cursor = page.nextCursor;
      } while (cursor);
    });
    expect(seen).toEqual(ours);
    expect(queriesPerPage).toEqual([2, 2]);
  });

  it('pages through a list with an opaque cursor and caps the page size', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const made = [];
    for (let month = 2; month <= 6; month++) {
      made.push(
        (
          await addRotation(w, placement.placementId, {
            departmentId: w.departments.surgery,
            startDate: `2027-0${month}-01`,
            endDate: `2027-0${month}-10`,
            activity: 'OBSERVATION',
          })
        ).rotationId,
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await expectStatus(
        h.request(
          'GET',
          `/v1/placements/${placement.placementId}/rotations?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { token: w.admin },
        ),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((r: { rotationId: string }) => r.rotationId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual(made); // ordered by start date, none lost, none twice

    expect(
      (await h.request('GET', `/v1/placements/${placement.placementId}/rotations?limit=1000`, { token: w.admin }))
        .status,
    ).toBe(400);
    const forged = Buffer.from(
      JSON.stringify({ PK: 'STAFF#x', SK: 'META', GSI1PK: 'PROGRAMMES', GSI1SK: 'x' }),
    ).toString('base64url');
    const res = await h.request('GET', `/v1/placements/${placement.placementId}/rotations?cursor=${forged}`, {
      token: w.admin,
    });
    expect(res.status).toBe(400);
    expect((await h.request('GET', `/v1/programmes?cursor=%%%`, { token: w.admin })).status).toBe(400);
  });
});

describe('bad input: a clear 400 and nothing stored', () => {
  const institutionsStored = async () =>
    (
      await h.db.send(
        new QueryCommand({
          TableName: h.tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :p',
          ExpressionAttributeValues: { ':p': 'INSTITUTIONS' },
        }),
      )
    ).Count;

  const cases: [string, { body?: unknown; rawBody?: string; headers?: Record<string, string> }, string][] = [
    [
      'an unknown field',
      { body: { region: 'HK', names: { en: 'X', 'zh-Hant': 'X', 'zh-Hans': 'X' }, cluster: 'HKW', sneaky: true } },
      'sneaky',
    ],
    [
      'a wrong type',
      { body: { region: 42, names: { en: 'X', 'zh-Hant': 'X', 'zh-Hans': 'X' }, cluster: 'HKW' } },
      'region',
    ],
    ['a missing name', { body: { region: 'HK', names: { en: 'X' }, cluster: 'HKW' } }, 'names'],
    [
      'an HK hospital without a cluster',
      { body: { region: 'HK', names: { en: 'X', 'zh-Hant': 'X', 'zh-Hans': 'X' } } },
      'cluster',
    ],
    ['malformed JSON', { rawBody: '{"region": "HK",', headers: { 'content-type': 'application/json' } }, 'JSON'],
    [
      'an oversized body',
      { body: { region: 'HK', names: { en: 'x'.repeat(70_000), 'zh-Hant': 'X', 'zh-Hans': 'X' }, cluster: 'HKW' } },
      'large',
    ],
    ['no body', {}, 'body'],
  ];
  it.each(cases)('refuses %s', async (_name, request, mentions) => {
    const before = await institutionsStored();
    const res = await h.request('POST', '/v1/institutions', { token: w.admin, ...request });
    expect([400, 413]).toContain(res.status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toContain(mentions);
    expect(await institutionsStored()).toBe(before);
  });

  it('refuses impossible dates and end-before-start with the field named', async () => {
    const staff = await addStaff(w);
    const placement = await addPlacement(w, staff.staffId);
    const impossible = await h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
      token: w.coordinator,
      body: rotationBody(w, { startDate: '2027-02-30' }),
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors).toEqual([expect.objectContaining({ path: 'startDate' })]);
    const backwards = await h.request('POST', `/v1/placements/${placement.placementId}/rotations`, {
      token: w.coordinator,
      body: rotationBody(w, { startDate: '2027-03-10', endDate: '2027-03-01' }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ path: 'endDate' })]);
    const occupancy = await h.request(
      'GET',
      `/v1/departments/${w.departments.medicine}/occupancy?from=2027-03-31&to=2027-03-01`,
      { token: w.admin },
    );
    expect(occupancy.status).toBe(400);
    const rotations = await expectStatus(
      h.request('GET', `/v1/placements/${placement.placementId}/rotations`, { token: w.admin }),
      200,
    );
    expect(rotations.items).toHaveLength(0);
  });

  it('answers a missing resource with 404 and a department body with names in all three languages', async () => {
    expect((await h.request('GET', '/v1/rotations/rot_nope', { token: w.admin })).status).toBe(404);
    expect((await h.request('GET', '/v1/rotations/..%2F..%2Fetc', { token: w.admin })).status).toBeLessThan(500);
    const created = await h.request('POST', `/v1/institutions/${w.hostId}/departments`, {
      token: w.admin,
      body: { names, specialty: 'CARDIOLOGY', capacity: 1 },
    });
    expect(created.status).toBe(201);
    expect(created.body.names).toEqual(names);
  });
});
