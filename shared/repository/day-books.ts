/**
 * Day books: per department and per person, one item per month with one attribute per day
 * (d20270302) holding the set of live rotations on that day. They keep ROTATION_OVERLAP and
 * CAPACITY_EXCEEDED true under concurrency without locks (see shared/table.ts): a rotation takes
 * a day only while fewer than the capacity (1 for a person) hold it, in the same transaction
 * as the rotation itself.
 */
import { dateOfDayAttribute, dayAttribute, eachDay, monthsOf, type Period } from '../domain/dates';
import type { DayBook } from '../domain/rules';
import { keys, sortKeys } from '../table';
import { keyString, queryAll, tableName, type Item, type TransactItem } from './dynamo';

export type DayBookKind = 'department' | 'staff';
const dayBookKey = (kind: DayBookKind, ownerId: string, month: string) =>
  kind === 'department' ? keys.departmentDays(ownerId, month) : keys.staffDays(ownerId, month);

export interface DayBookRequest {
  kind: DayBookKind;
  ownerId: string;
  period: Period;
}

export const monthKeysOf = (r: DayBookRequest) =>
  monthsOf(r.period.startDate, r.period.endDate).map((m) => dayBookKey(r.kind, r.ownerId, m));

/** Add a month item's days (d20270302 → the rotations holding it) within [from, to] to a book. */
function addDaysOf(book: Map<string, string[]>, item: Item | undefined, from: string, to = '9999-12-31'): void {
  for (const [name, value] of Object.entries(item ?? {})) {
    if (!/^d\d{8}$/.test(name) || !(value instanceof Set)) continue;
    const date = dateOfDayAttribute(name);
    if (date >= from && date <= to) book.set(date, [...(value as Set<string>)].sort());
  }
}

export function toDayBook(r: DayBookRequest, found: Map<string, Item>): DayBook {
  const book = new Map<string, string[]>();
  for (const key of monthKeysOf(r)) addDaysOf(book, found.get(keyString(key)), r.period.startDate, r.period.endDate);
  return book;
}

/** A department's live rotations per day from a date on (a capacity change checks them all). */
export async function readFutureDayBook(departmentId: string, fromDate: string): Promise<DayBook> {
  const found = await queryAll({
    partition: keys.department(departmentId).PK,
    sortBetween: sortKeys.dayBooksFrom(fromDate.slice(0, 7)),
  });
  const book = new Map<string, string[]>();
  for (const item of found) addDaysOf(book, item, fromDate);
  return book;
}

/** Where a rotation's days go in one book: from the days it held (none if new) to the days it will hold (none if released). */
export interface DayMove {
  rotationId: string;
  from?: Period;
  to?: Period;
}

type MonthChanges = { add: Map<string, Set<string>>; remove: Map<string, Set<string>> };

/**
 * The day-book updates for some moves in one book: one Update per month item (a transaction
 * may touch an item once), releasing the days rotations leave and taking the days they gain.
 * A gained day is taken only while fewer than `capacity` rotations hold it — the condition
 * that makes two simultaneous bookings of the last slot impossible.
 */
function dayBookUpdates(kind: DayBookKind, ownerId: string, moves: DayMove[], capacity: number): TransactItem[] {
  const months = new Map<string, MonthChanges>();
  const month = (day: string) => {
    let changes = months.get(day.slice(0, 7));
    if (!changes) months.set(day.slice(0, 7), (changes = { add: new Map(), remove: new Map() }));
    return changes;
  };
  for (const { rotationId, from, to } of moves) {
    const oldDays = new Set(from ? eachDay(from.startDate, from.endDate) : []);
    const newDays = new Set(to ? eachDay(to.startDate, to.endDate) : []);
    for (const day of newDays) {
      if (oldDays.has(day)) continue;
      const add = month(day).add;
      const attribute = dayAttribute(day);
      add.set(attribute, (add.get(attribute) ?? new Set()).add(rotationId));
    }
    for (const day of oldDays) {
      if (newDays.has(day)) continue;
      const remove = month(day).remove;
      const attribute = dayAttribute(day);
      remove.set(attribute, (remove.get(attribute) ?? new Set()).add(rotationId));
    }
  }
  return [...months].map(([yearMonth, { add, remove }]) => {
    if (add.size > 0 && capacity < 1)
      throw new Error('Booking days needs a capacity of at least 1 (the rules refuse this earlier)');
    const names: Record<string, string> = { '#type': 'type' };
    const values: Record<string, unknown> = { ':one': 1, ':type': 'DAY_BOOK' };
    const valueFor = (ids: Set<string>) => {
      const name = `:s${Object.keys(values).length}`;
      values[name] = ids;
      return name;
    };
    const adds = [...add].map(([attribute, ids], i) => {
      names[`#a${i}`] = attribute;
      return `#a${i} ${valueFor(ids)}`;
    });
    const removes = [...remove].map(([attribute, ids], i) => {
      names[`#r${i}`] = attribute;
      return `#r${i} ${valueFor(ids)}`;
    });
    // A day n rotations take at once must hold fewer than capacity - n + 1 before (a plan books several).
    const below = (taking: number) => {
      const name = taking === 1 ? ':capacity' : `:capacity${taking}`;
      if (capacity - taking + 1 < 1)
        throw new Error(
          `${taking} rotations cannot share a day of capacity ${capacity} (the rules refuse this earlier)`,
        );
      values[name] = capacity - taking + 1;
      return name;
    };
    const condition = [...add.values()]
      .map((ids, i) => `(attribute_not_exists(#a${i}) OR size(#a${i}) < ${below(ids.size)})`)
      .join(' AND ');
    return {
      Update: {
        TableName: tableName(),
        Key: dayBookKey(kind, ownerId, yearMonth),
        UpdateExpression: [
          `ADD ${[...adds, 'v :one'].join(', ')}`,
          removes.length ? `DELETE ${removes.join(', ')}` : '',
          'SET #type = :type',
        ]
          .filter(Boolean)
          .join(' '),
        ConditionExpression: condition || undefined,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  });
}

/** Move one rotation's days in a book, taking new days only within `capacity`. */
export const bookDays = (kind: DayBookKind, ownerId: string, move: DayMove, capacity: number) =>
  dayBookUpdates(kind, ownerId, [move], capacity);

/** Book several new rotations' days in a book at once (a rotation plan): a day shared by n of them needs room for n. */
export const bookNewDays = (
  kind: DayBookKind,
  ownerId: string,
  booked: { rotationId: string; period: Period }[],
  capacity: number,
) =>
  dayBookUpdates(
    kind,
    ownerId,
    booked.map(({ rotationId, period }) => ({ rotationId, to: period })),
    capacity,
  );

/** Release the days of several rotations of one owner (a cancelled placement's rotations). */
export const releaseDays = (kind: DayBookKind, ownerId: string, held: { rotationId: string; period: Period }[]) =>
  dayBookUpdates(
    kind,
    ownerId,
    held.map(({ rotationId, period }) => ({ rotationId, from: period })),
    0,
  );
