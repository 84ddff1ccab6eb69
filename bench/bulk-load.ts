/**
 * Section 5's data: rotations written straight into the table with BatchWriteItem, built by the
 * repository's own item builders (items.rotation, items.placement), so they carry the same keys
 * and index entries as the API's. Spread as an exchange is: ten 4-week rotations per placement,
 * one placement per visitor, 20 programmes, 40 host hospitals of 12 departments each, start
 * years 2024–2029 (the world's own data is in 2027, so the shared per-day index partitions grow
 * too). Day books are not written: they are per department / per person partitions, and the
 * measured operations read only their own.
 */
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient } from '../local/dynamodb-local';
import { items, type PlacementRecord } from '../shared/repository';
import type { Item } from '../shared/repository/dynamo';
import type { Rotation } from '../shared/schemas';
import { addDays } from '../shared/domain/dates';

const ROTATIONS_PER_PLACEMENT = 10;
const ROTATION_DAYS = 28;
const STATUSES: Rotation['status'][] = ['CONFIRMED', 'CONFIRMED', 'SCHEDULED', 'COMPLETED'];
const PARALLEL_BATCHES = 16;
const AT = '2026-01-05T08:00:00.000Z';

function placementOf(p: number) {
  const startDate = addDays(`${2024 + (p % 6)}-01-01`, (p % 40) * 7);
  return {
    placementId: `plc_bulk${p}`,
    programmeId: `prog_bulk${p % 20}`,
    staffId: `staff_bulk${p}`,
    hostInstitutionId: `inst_bulkhk${p % 40}`,
    homeInstitutionId: `inst_bulkgd${p % 25}`,
    startDate,
    endDate: addDays(startDate, ROTATIONS_PER_PLACEMENT * ROTATION_DAYS - 1),
  };
}

function rotationItem(i: number): Item {
  const p = Math.floor(i / ROTATIONS_PER_PLACEMENT);
  const k = i % ROTATIONS_PER_PLACEMENT;
  const placement = placementOf(p);
  const startDate = addDays(placement.startDate, k * ROTATION_DAYS);
  return items.rotation({
    rotationId: `rot_bulk${i}`,
    placementId: placement.placementId,
    programmeId: placement.programmeId,
    staffId: placement.staffId,
    hostInstitutionId: placement.hostInstitutionId,
    homeInstitutionId: placement.homeInstitutionId,
    departmentId: `dept_bulk${(p % 40) * 12 + ((p + k) % 12)}`,
    startDate,
    endDate: addDays(startDate, ROTATION_DAYS - 1),
    activity: k % 5 === 4 ? 'TRAINING' : 'CLINICAL',
    supervisor: { name: `Dr Supervisor ${(p + k) % 300}` },
    status: STATUSES[i % STATUSES.length]!,
    sequence: 0,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
  });
}

function placementItem(p: number): Item {
  const placement = placementOf(p);
  const rotationSpans: PlacementRecord['rotationSpans'] = {};
  for (let k = 0; k < ROTATIONS_PER_PLACEMENT; k++) {
    const startDate = addDays(placement.startDate, k * ROTATION_DAYS);
    rotationSpans[`rot_bulk${p * ROTATIONS_PER_PLACEMENT + k}`] = {
      startDate,
      endDate: addDays(startDate, ROTATION_DAYS - 1),
    };
  }
  return items.placement({
    ...placement,
    status: 'ACTIVE',
    rotationSpans,
    scheduleVersion: ROTATIONS_PER_PLACEMENT,
    createdAt: AT,
    updatedAt: AT,
    version: 3,
  });
}

/** The items for rotations [from, to): each rotation, and its placement with the placement's first one. */
function* itemsBetween(from: number, to: number): Generator<Item> {
  for (let i = from; i < to; i++) {
    if (i % ROTATIONS_PER_PLACEMENT === 0) yield placementItem(i / ROTATIONS_PER_PLACEMENT);
    yield rotationItem(i);
  }
}

async function writeBatch(client: DynamoDBDocumentClient, tableName: string, batch: Item[]): Promise<void> {
  let pending = batch.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 10) throw new Error('BatchWriteItem kept returning unprocessed items');
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt)));
    const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
  }
}

/**
 * Add rotations number `from` up to `to` (so loading 0→1,000 then 1,000→100,000 gives 100,000),
 * 16 batches of 25 in flight, with a progress line.
 */
export async function bulkLoadRotations(
  endpoint: string,
  tableName: string,
  from: number,
  to: number,
  progress: (line: string, done: boolean) => void,
): Promise<{ rotations: number; items: number; ms: number }> {
  const client = DynamoDBDocumentClient.from(localDynamoClient(endpoint), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const source = itemsBetween(from, to);
  const started = performance.now();
  let written = 0;
  let rotations = 0;
  let lastReport = 0;
  const nextBatch = (): Item[] => {
    const batch: Item[] = [];
    while (batch.length < 25) {
      const next = source.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  const worker = async () => {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      await writeBatch(client, tableName, batch);
      written += batch.length;
      rotations += batch.filter((item) => item.type === 'ROTATION').length;
      const now = performance.now();
      if (now - lastReport > 1000) {
        lastReport = now;
        const rate = Math.round((rotations / (now - started)) * 1000);
        progress(
          `  loading rotations ${(from + rotations).toLocaleString('en-US')}/${to.toLocaleString('en-US')} (${rate.toLocaleString('en-US')} rotations/s)`,
          false,
        );
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
  } finally {
    client.destroy();
  }
  const ms = performance.now() - started;
  progress(
    `  loaded ${rotations.toLocaleString('en-US')} rotations (${written.toLocaleString('en-US')} items) in ${(ms / 1000).toFixed(1)} s`,
    true,
  );
  return { rotations, items: written, ms: Math.round(ms) };
}
