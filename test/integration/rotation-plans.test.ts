/**
 * A rotation plan: several rotations of one placement in one request, checked together and
 * written all or nothing in one transaction. A clean plan is written at once; a plan with broken
 * rules is refused with each rotation's verdict (dry run and commit alike) and writes nothing; a
 * single rotation booked at the same moment never makes either break a rule; a plan too large
 * for one transaction is refused saying how many fit; a retry with the same Idempotency-Key
 * writes nothing twice; the visitor gets one email for the plan.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startHarness, type Harness } from '../support/harness';
import { whileIntercepting, type Send } from '../support/dynamo-intercept';
import { TableWatcher } from '../support/table-snapshot';
import {
  addPlacement,
  addRotation,
  addStaff,
  buildWorld,
  expectStatus,
  rotationBody,
  type World,
} from '../support/fixtures';
import { acceptedPlacement, emailsTo, pollTable } from './notifications-support';
import { DynamoMeter } from '../../bench/dynamo-meter';
import type { StreamPoller } from '../../local/stream-poller';
import { handler as notifier } from '../../functions/notifier/handler';

let h: Harness;
let w: World;
let watcher: TableWatcher;
let poller: StreamPoller;
const meter = new DynamoMeter();
beforeAll(async () => {
  h = await startHarness();
  // Medicine takes 2 visitors a day, Surgery 1.
  w = await buildWorld(h, { capacity: 2 });
  watcher = new TableWatcher(h);
  meter.install(h.db);
  poller = pollTable(h, {
    handler: notifier,
  });
});
afterAll(async () => {
  await poller.stop();
  await h.close();
});

type Item = {
  index: number;
  rotationId: string;
  ok: boolean;
  rotation?: { rotationId: string; status: string; departmentId: string; startDate: string; endDate: string };
  violations?: { code: string; details: Record<string, unknown> }[];
};

const planOf = (
  placementId: string,
  rotations: Record<string, unknown>[],
  options: { dryRun?: boolean; key?: string; token?: string } = {},
) =>
  h.request('POST', `/v1/placements/${placementId}/rotation-plan${options.dryRun ? '?dryRun=true' : ''}`, {
    token: options.token ?? w.coordinator,
    body: { rotations },
    headers: options.key ? { 'idempotency-key': options.key } : {},
  });
const rotationsOf = async (placementId: string) =>
  (await expectStatus(h.request('GET', `/v1/placements/${placementId}/rotations`, { token: w.admin }), 200)).items as {
    rotationId: string;
    departmentId: string;
    startDate: string;
    status: string;
  }[];
const occupancy = async (departmentId: string, from: string, to = from) =>
  (
    await expectStatus(
      h.request('GET', `/v1/departments/${departmentId}/occupancy?from=${from}&to=${to}`, { token: w.admin }),
      200,
    )
  ).days as { date: string; rotationIds: string[]; free: number }[];
const newDepartment = async (name: string, capacity: number) =>
  (
    await expectStatus(
      h.request('POST', `/v1/institutions/${w.hostId}/departments`, {
        token: w.admin,
        body: { names: { en: name, 'zh-Hant': name, 'zh-Hans': name }, specialty: 'WARD', capacity },
      }),
      201,
    )
  ).departmentId as string;

/** Nothing in the table changed while `action` ran (set-up before it may have written). */
const nothingWritten = <T>(action: () => Promise<T>) => {
  watcher.invalidate();
  return watcher.observe(action);
};

describe('a clean plan', () => {
  it('schedules three rotations together, in one read round and one TransactWriteItems, each reported', async () => {
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    meter.reset();
    const res = await planOf(placementId, [
      rotationBody(w, { startDate: '2027-03-01', endDate: '2027-03-31' }),
      rotationBody(w, {
        departmentId: w.departments.surgery,
        startDate: '2027-04-01',
        endDate: '2027-04-30',
        activity: 'OBSERVATION',
      }),
      rotationBody(w, {
        startDate: '2027-05-03',
        endDate: '2027-05-28',
        activity: 'TRAINING',
        supervisor: { name: 'Dr CHAN Tai Man', email: 'chan.tm@ha.example' },
      }),
    ]);
    const work = meter.work();
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBeNull();
    const items = res.body.items as Item[];
    expect(items.map((i) => [i.index, i.ok, i.rotation?.status, i.rotation?.startDate])).toEqual([
      [0, true, 'SCHEDULED', '2027-03-01'],
      [1, true, 'SCHEDULED', '2027-04-01'],
      [2, true, 'SCHEDULED', '2027-05-03'],
    ]);
    expect(items.every((i) => i.rotation?.rotationId === i.rotationId)).toBe(true);
    expect({ calls: work.calls, readRounds: work.readRounds }).toEqual({
      calls: { BatchGetItem: 1, TransactWriteItems: 1 },
      readRounds: 1,
    });

    // Stored as single rotations are: listed, each with its days booked, each in the history.
    const stored = await rotationsOf(placementId);
    expect(stored.map((r) => r.rotationId).sort()).toEqual(items.map((i) => i.rotationId).sort());
    const surgery = await occupancy(w.departments.surgery, '2027-04-01', '2027-04-30');
    expect(surgery.every((day) => day.rotationIds.join() === items[1]!.rotationId && day.free === 0)).toBe(true);
    const history = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/history`, { token: w.coordinator }),
      200,
    );
    const actions = history.items.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a === 'rotation.scheduled')).toHaveLength(3);
    expect(actions.filter((a: string) => a === 'placement.rotationsScheduled')).toHaveLength(1);
  });

  it('answers a dry run with each rotation as it would be stored, and writes nothing', async () => {
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const { result: res, changed } = await nothingWritten(() =>
      planOf(placementId, [rotationBody(w, { startDate: '2027-06-01', endDate: '2027-06-04' })], { dryRun: true }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      valid: true,
      result: { placementId, items: [{ index: 0, ok: true, rotation: { status: 'SCHEDULED' } }] },
    });
    expect(changed).toBeUndefined();
  });
});

describe('a plan that breaks rules', () => {
  it('reports each rotation’s verdict — dry run and commit alike — and writes nothing', async () => {
    // Someone else holds Surgery's only place on 14–16 June.
    const other = await addPlacement(w, (await addStaff(w)).staffId);
    const holder = await addRotation(w, other.placementId, {
      departmentId: w.departments.surgery,
      startDate: '2027-06-14',
      endDate: '2027-06-16',
    });
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const plan = [
      rotationBody(w, { startDate: '2027-06-01', endDate: '2027-06-04' }),
      // 8–12 June and 10–20 June: the visitor would be in two places on 10–12 June.
      rotationBody(w, { startDate: '2027-06-08', endDate: '2027-06-12' }),
      rotationBody(w, { departmentId: w.departments.surgery, startDate: '2027-06-10', endDate: '2027-06-20' }),
    ];
    for (const options of [{ dryRun: true }, { key: `broken-${Date.now()}` }]) {
      const { result: res, changed } = await nothingWritten(() => planOf(placementId, plan, options));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'RULE_VIOLATION' });
      expect(changed).toBeUndefined();
      const [first, second, third] = res.body.items as Item[];
      expect(first).toMatchObject({ index: 0, ok: true });
      expect(first!.violations).toBeUndefined();
      expect(second).toMatchObject({
        index: 1,
        ok: false,
        violations: [
          {
            code: 'ROTATION_OVERLAP',
            details: { conflictingRotationId: third!.rotationId, days: [{ from: '2027-06-10', to: '2027-06-12' }] },
          },
        ],
      });
      expect(third!.violations!.map((v) => v.code).sort()).toEqual(['CAPACITY_EXCEEDED', 'ROTATION_OVERLAP']);
      expect(third!.violations!.find((v) => v.code === 'CAPACITY_EXCEEDED')!.details).toMatchObject({
        departmentId: w.departments.surgery,
        capacity: 1,
        days: [{ from: '2027-06-14', to: '2027-06-16' }],
        rotationIds: [holder.rotationId],
      });
      expect(third!.violations!.find((v) => v.code === 'ROTATION_OVERLAP')!.details).toMatchObject({
        conflictingRotationId: second!.rotationId,
      });
      // Every broken rule is in `violations` too, as a single write's 409 lists them.
      expect(res.body.violations).toHaveLength(3);
      expect(res.body.detail).toContain('2 of the plan');
    }
    expect(await rotationsOf(placementId)).toEqual([]);
  });

  it('finds the days an earlier plan took, as a single rotation would', async () => {
    const ward = await newDepartment(`Ward ${Date.now()}`, 1);
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const other = await addPlacement(w, (await addStaff(w)).staffId);
    const first = await planOf(other.placementId, [
      rotationBody(w, { departmentId: ward, startDate: '2027-07-05', endDate: '2027-07-09' }),
    ]);
    expect(first.status).toBe(201);
    const second = await planOf(placementId, [
      rotationBody(w, { departmentId: ward, startDate: '2027-07-01', endDate: '2027-07-05' }),
      rotationBody(w, { startDate: '2027-07-12', endDate: '2027-07-16' }),
    ]);
    expect(second.status).toBe(409);
    expect((second.body.items as Item[]).map((i) => [i.ok, i.violations?.map((v) => v.code)])).toEqual([
      [false, ['CAPACITY_EXCEEDED']],
      [true, undefined],
    ]);
  });
});

describe('a single rotation booked at the same moment', () => {
  /** Run the plan; just before its first transaction commits, `rival` writes. */
  const racing = async (plan: () => Promise<unknown>, rival: () => Promise<{ status: number }>) => {
    let rivalStatus: number | undefined;
    const intercept = async (command: unknown, send: Send) => {
      const rotationsPut =
        command instanceof TransactWriteCommand
          ? (command.input.TransactItems ?? []).filter((i) => i.Put?.Item?.type === 'ROTATION').length
          : 0;
      if (rotationsPut > 1 && rivalStatus === undefined) rivalStatus = (await rival()).status;
      return send(command);
    };
    const result = await whileIntercepting(intercept, plan);
    return { result: result as Awaited<ReturnType<typeof planOf>>, rivalStatus };
  };

  it('takes the last place of a department day first: the plan is refused naming that day, none of it written', async () => {
    const ward = await newDepartment(`Ward ${Date.now()}`, 1);
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const other = await addPlacement(w, (await addStaff(w)).staffId);
    let rival: { rotationId: string } | undefined;
    const { result: res, rivalStatus } = await racing(
      () =>
        planOf(placementId, [
          rotationBody(w, { startDate: '2027-08-02', endDate: '2027-08-06' }),
          rotationBody(w, { departmentId: ward, startDate: '2027-08-09', endDate: '2027-08-13' }),
        ]),
      async () => {
        const res = await h.request('POST', `/v1/placements/${other.placementId}/rotations`, {
          token: w.coordinator,
          body: rotationBody(w, { departmentId: ward, startDate: '2027-08-11', endDate: '2027-08-11' }),
        });
        rival = res.body;
        return res;
      },
    );
    expect(rivalStatus).toBe(201);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'RULE_VIOLATION' });
    expect((res.body.items as Item[]).map((i) => [i.ok, i.violations?.[0]?.code])).toEqual([
      [true, undefined],
      [false, 'CAPACITY_EXCEEDED'],
    ]);
    expect(res.body.items[1].violations[0].details).toMatchObject({
      days: [{ from: '2027-08-11', to: '2027-08-11' }],
      rotationIds: [rival!.rotationId],
    });
    // The day holds the one rotation it has room for; nothing of the plan was booked.
    expect((await occupancy(ward, '2027-08-11')).map((d) => d.rotationIds)).toEqual([[rival!.rotationId]]);
    expect((await occupancy(w.departments.medicine, '2027-08-02', '2027-08-06')).every((d) => d.free === 2)).toBe(true);
    expect(await rotationsOf(placementId)).toEqual([]);
  });

  it('puts the visitor somewhere else first: the plan is refused for the overlap, none of it written', async () => {
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const { result: res, rivalStatus } = await racing(
      () =>
        planOf(placementId, [
          rotationBody(w, { startDate: '2027-09-06', endDate: '2027-09-10' }),
          rotationBody(w, { startDate: '2027-09-13', endDate: '2027-09-17' }),
        ]),
      () =>
        h.request('POST', `/v1/placements/${placementId}/rotations`, {
          token: w.coordinator,
          body: rotationBody(w, {
            departmentId: w.departments.surgery,
            startDate: '2027-09-15',
            endDate: '2027-09-15',
          }),
        }),
    );
    expect(rivalStatus).toBe(201);
    expect(res.status).toBe(409);
    expect((res.body.items as Item[]).map((i) => [i.ok, i.violations?.[0]?.code])).toEqual([
      [true, undefined],
      [false, 'ROTATION_OVERLAP'],
    ]);
    expect((await rotationsOf(placementId)).map((r) => r.startDate)).toEqual(['2027-09-15']);
  });

  it('loses to a plan that committed first, naming the plan’s rotation', async () => {
    const ward = await newDepartment(`Ward ${Date.now()}`, 1);
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const other = await addPlacement(w, (await addStaff(w)).staffId);
    let plan: Awaited<ReturnType<typeof planOf>> | undefined;
    const intercept = async (command: unknown, send: Send) => {
      const single =
        command instanceof TransactWriteCommand &&
        (command.input.TransactItems ?? []).filter((i) => i.Put?.Item?.type === 'ROTATION').length === 1;
      if (single && !plan)
        plan = await planOf(placementId, [
          rotationBody(w, { departmentId: ward, startDate: '2027-10-04', endDate: '2027-10-08' }),
          rotationBody(w, { startDate: '2027-10-11', endDate: '2027-10-15' }),
        ]);
      return send(command);
    };
    const single = await whileIntercepting(intercept, () =>
      h.request('POST', `/v1/placements/${other.placementId}/rotations`, {
        token: w.coordinator,
        body: rotationBody(w, { departmentId: ward, startDate: '2027-10-06', endDate: '2027-10-06' }),
      }),
    );
    expect(plan?.status).toBe(201);
    const planned = plan!.body.items[0].rotationId;
    expect(single.status).toBe(409);
    expect(single.body.violations).toEqual([
      expect.objectContaining({
        code: 'CAPACITY_EXCEEDED',
        details: expect.objectContaining({ rotationIds: [planned] }),
      }),
    ]);
    expect((await occupancy(ward, '2027-10-06')).map((d) => d.rotationIds)).toEqual([[planned]]);
  });
});

describe('a plan too large for one transaction', () => {
  it('over the most rotations a plan takes: 413 naming the most, nothing written', async () => {
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const seventeen = Array.from({ length: 17 }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      return rotationBody(w, { startDate: `2027-02-${day}`, endDate: `2027-02-${day}` });
    });
    const { result: res, changed } = await nothingWritten(() => planOf(placementId, seventeen, { key: 'too-many' }));
    expect({ status: res.status, code: res.body.code, maxRotations: res.body.maxRotations }).toEqual({
      status: 413,
      code: 'TOO_MANY_ROTATIONS',
      maxRotations: 16,
    });
    expect(res.body.detail).toContain('at most 16 rotations');
    expect(changed).toBeUndefined();
  });

  it('rotations over so many months that they need more than 100 records: 413 saying how many fit, which then do', async () => {
    const staff = await addStaff(w);
    const { placementId } = await addPlacement(w, staff.staffId, { startDate: '2027-01-01', endDate: '2027-12-31' });
    const wards = await Promise.all(
      Array.from({ length: 16 }, (_, i) => newDepartment(`Plan ward ${i} ${Date.now()}`, 1)),
    );
    const month = (m: number) => String(m).padStart(2, '0');
    // Eleven rotations across the ends of the months (two months of day books each), five inside one.
    const plan = [
      ...Array.from({ length: 11 }, (_, i) => ({
        departmentId: wards[i],
        startDate: `2027-${month(i + 1)}-27`,
        endDate: `2027-${month(i + 2)}-02`,
        activity: 'OBSERVATION',
      })),
      ...Array.from({ length: 5 }, (_, i) => ({
        departmentId: wards[11 + i],
        startDate: `2027-${month(i + 1)}-10`,
        endDate: `2027-${month(i + 1)}-12`,
        activity: 'OBSERVATION',
      })),
    ];
    for (const options of [{ dryRun: true }, {}]) {
      const { result: res, changed } = await nothingWritten(() => planOf(placementId, plan, options));
      // 16 rotations and their audit records, 16 departments' checks and counters, 27 months of
      // their day books, 12 of the visitor's, the placement, the plan's record and the
      // Idempotency-Key's: 106. The first 14 take 96.
      expect({
        status: res.status,
        code: res.body.code,
        maxRotations: res.body.maxRotations,
        items: res.body.transactionItems,
      }).toEqual({ status: 413, code: 'TOO_MANY_ROTATIONS', maxRotations: 14, items: 106 });
      expect(changed).toBeUndefined();
    }
    const fits = await planOf(placementId, plan.slice(0, 14), { key: `fits-${Date.now()}` });
    expect(fits.status).toBe(201);
    expect(await rotationsOf(placementId)).toHaveLength(14);
  });
});

describe('a retry with the same Idempotency-Key', () => {
  it('answers the first response again and writes nothing twice; another plan under the key is refused', async () => {
    const { placementId } = await addPlacement(w, (await addStaff(w)).staffId);
    const key = `plan-${Date.now()}`;
    const plan = [
      rotationBody(w, { startDate: '2027-11-01', endDate: '2027-11-05' }),
      rotationBody(w, { startDate: '2027-11-08', endDate: '2027-11-12', activity: 'TRAINING' }),
    ];
    const first = await planOf(placementId, plan, { key });
    expect(first.status).toBe(201);
    const { result: again, changed } = await nothingWritten(() => planOf(placementId, plan, { key }));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(changed).toBeUndefined();
    expect(await rotationsOf(placementId)).toHaveLength(2);
    const other = await planOf(placementId, plan.slice(0, 1), { key });
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});

describe('what the visitor hears', () => {
  it('one email for the whole plan, in their language, listing every rotation', async () => {
    const { staff, placementId } = await acceptedPlacement(w, 'zh-Hans');
    const ward = await newDepartment(`Ward ${Date.now()}`, 1);
    const res = await planOf(placementId, [
      rotationBody(w, { startDate: '2027-06-21', endDate: '2027-06-25' }),
      rotationBody(w, { departmentId: ward, startDate: '2027-07-19', endDate: '2027-07-23' }),
      rotationBody(w, { startDate: '2027-08-16', endDate: '2027-08-20' }),
    ]);
    expect(res.status).toBe(201);
    await poller.drain();
    const mine = await emailsTo(h, staff.email);
    expect(mine.map((e) => e.subject)).toEqual([
      '交流安排邀请：Queen Mary Hospital（简）',
      '新轮转安排：Queen Mary Hospital（简）',
    ]);
    const text = mine[1]!.body.text ?? '';
    expect(text).toContain('已为您安排在Queen Mary Hospital（简）进行下列轮转。');
    expect(text.match(/^- /gm)).toHaveLength(3);
    expect(text).toContain('- Medicine（简）：2027年6月21日（星期一）至2027年6月25日（星期五）');
    expect(text).toContain('下一步：请登录系统逐一确认或婉拒');
    expect(text).toContain(`/placements/${placementId}`);
    const sent = await expectStatus(
      h.request('GET', `/v1/placements/${placementId}/notifications`, { token: w.coordinator }),
      200,
    );
    expect(sent.items.map((n: { template: string }) => n.template).sort()).toEqual([
      'placementOffered',
      'rotationsScheduled',
    ]);
  });

  it('nothing while the placement is a nomination; the offer then lists the plan’s rotations', async () => {
    const staff = await addStaff(w, { language: 'en' });
    const { placementId } = await addPlacement(w, staff.staffId);
    const plan = [
      rotationBody(w, { startDate: '2027-09-20', endDate: '2027-09-24' }),
      rotationBody(w, { startDate: '2027-10-18', endDate: '2027-10-22' }),
    ];
    expect((await planOf(placementId, plan)).status).toBe(201);
    await poller.drain();
    expect(await emailsTo(h, staff.email)).toEqual([]);
    const current = await h.request('GET', `/v1/placements/${placementId}`, { token: w.admin });
    await expectStatus(
      h.request('POST', `/v1/placements/${placementId}/transitions`, {
        token: w.coordinator,
        body: { action: 'offer' },
        headers: { 'if-match': current.headers.get('etag')! },
      }),
      200,
    );
    await poller.drain();
    const mine = await emailsTo(h, staff.email);
    expect(mine.map((e) => e.subject)).toEqual(['Placement offered: Queen Mary Hospital']);
    expect(mine[0]!.body.text).toContain('Rotations planned:\n- Medicine: Monday, 20 September 2027');
  });
});
