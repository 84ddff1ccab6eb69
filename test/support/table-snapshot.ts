/**
 * "Did this request write anything?" for the access tests: a snapshot of every item in the test
 * file's table (a Scan — fine in tests, never on a request path), compared before and after.
 * The watcher keeps the last snapshot as the next baseline, so a run of requests that change
 * nothing costs one Scan each; anything that may write must say so (mayWrite), which makes the
 * next comparison start from a fresh Scan. A write nobody announced shows up as a difference:
 * the watcher fails loudly rather than looking away.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Harness } from './harness';

export type Snapshot = Map<string, string>;

/** JSON with sorted keys and sorted sets (day books hold string sets), so equal items print equal. */
function canonical(value: unknown): unknown {
  if (value instanceof Set) return { $set: [...value].map(canonical).map(String).sort() };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, canonical(object[key])]),
    );
  }
  return value;
}

export async function snapshotTable(h: Harness, options: { ignoreTypes?: readonly string[] } = {}): Promise<Snapshot> {
  const ignored = new Set(options.ignoreTypes ?? []);
  const items: Snapshot = new Map();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await h.db.send(
      new ScanCommand({ TableName: h.tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) {
      if (ignored.has(String(item.type))) continue;
      items.set(`${item.PK}|${item.SK}`, JSON.stringify(canonical(item)));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** What differs between two snapshots, in a line a failing test can print; undefined when nothing does. */
export function describeDifference(before: Snapshot, after: Snapshot): string | undefined {
  const added = [...after.keys()].filter((key) => !before.has(key));
  const removed = [...before.keys()].filter((key) => !after.has(key));
  const changed = [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key));
  if (added.length + removed.length + changed.length === 0) return undefined;
  const list = (what: string, keys: string[]) =>
    keys.length ? [`${what}: ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ` (+${keys.length - 10})` : ''}`] : [];
  return [...list('added', added), ...list('removed', removed), ...list('changed', changed)].join('; ');
}

export class TableWatcher {
  private baseline: Snapshot | undefined;

  constructor(
    private readonly h: Harness,
    private readonly options: { ignoreTypes?: readonly string[] } = {},
  ) {}

  /** Something wrote (set-up, an allowed write): the next comparison starts from a fresh Scan. */
  invalidate(): void {
    this.baseline = undefined;
  }

  private take(): Promise<Snapshot> {
    return snapshotTable(this.h, this.options);
  }

  /**
   * Run `action` and return its result with what it changed in the table (undefined: nothing).
   * With mayWrite the change is not remembered as a baseline.
   */
  async observe<T>(
    action: () => Promise<T>,
    options: { mayWrite?: boolean } = {},
  ): Promise<{ result: T; changed: string | undefined }> {
    if (options.mayWrite) {
      this.invalidate();
      return { result: await action(), changed: undefined };
    }
    const before = this.baseline ?? (await this.take());
    const result = await action();
    const after = await this.take();
    this.baseline = after;
    return { result, changed: describeDifference(before, after) };
  }
}
