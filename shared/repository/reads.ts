/**
 * Reads by key: one record, or the facts a rule check needs in one consistent read round.
 * Every read here is strongly consistent (a rule is never judged on a stale copy).
 */
import type { DayBook } from '../domain/rules';
import type { EmailSettings } from '../schemas';
import { keys, type RecordKey } from '../table';
import { batchGet, getItem, keyString, type Key } from './dynamo';
import { monthKeysOf, toDayBook, type DayBookRequest } from './day-books';
import { toEntity } from './items';
import { publicProgramme, publicRotation, type EntityKind, type StoredRecords } from './records';

/** The record a key finds: typed when the key says its kind (keys.placement → PlacementRecord). */
type Found<K> = K extends RecordKey<infer Kind> ? (Kind extends EntityKind ? StoredRecords[Kind] : unknown) : never;
/** What a key, or a list of keys, finds: a record or undefined for each. */
type FoundFor<W> = W extends readonly (infer K)[] ? (Found<K> | undefined)[] : Found<W> | undefined;

/**
 * The facts a rule check needs in one consistent read round (a BatchGet, split by 100 keys):
 * some records by key (or by a list of keys: a plan's departments), each typed by the key asked
 * for, and the day books of departments and people over periods. A key left undefined is not
 * read (its entity is undefined).
 */
export async function readFacts<T extends Record<string, Key | readonly Key[] | undefined>>(
  wanted: T,
  books: DayBookRequest[] = [],
): Promise<{ entities: { [Name in keyof T]: FoundFor<T[Name]> }; books: DayBook[] }> {
  const bookKeys = books.flatMap(monthKeysOf);
  const asked = Object.values(wanted).flatMap((k): Key[] => (k === undefined ? [] : Array.isArray(k) ? k : [k as Key]));
  const found = await batchGet([...asked, ...bookKeys]);
  const entityOf = (key: Key) => {
    const item = found.get(keyString(key));
    return item ? toEntity(item) : undefined;
  };
  const entities: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(wanted)) {
    entities[name] = key === undefined ? undefined : Array.isArray(key) ? key.map(entityOf) : entityOf(key as Key);
  }
  return {
    entities: entities as { [Name in keyof T]: FoundFor<T[Name]> },
    books: books.map((r) => toDayBook(r, found)),
  };
}

async function getRecord<K extends EntityKind>(kind: K, id: string): Promise<StoredRecords[K] | undefined> {
  const item = await getItem(keys[kind](id));
  return item ? toEntity<StoredRecords[K]>(item) : undefined;
}

export const reads = {
  getInstitution: (id: string) => getRecord('institution', id),
  getDepartment: (id: string) => getRecord('department', id),
  getProgramme: (id: string) => getRecord('programme', id).then((p) => p && publicProgramme(p)),
  getProgrammeRecord: (id: string) => getRecord('programme', id),
  getStaff: (id: string) => getRecord('staff', id),
  getPlacementRecord: (id: string) => getRecord('placement', id),
  getRotation: (id: string) => getRecord('rotation', id).then((r) => r && publicRotation(r)),
  getRotationRecord: (id: string) => getRecord('rotation', id),
  /** A coordinator's email settings, by the address they apply to (undefined: none stored). */
  getEmailSettings: async (email: string) => {
    const item = await getItem(keys.emailSettings(email));
    return item ? toEntity<EmailSettings>(item) : undefined;
  },
  /** How many bookings a department has ever taken (see write.countBooking). */
  departmentBookingCount: async (id: string) => Number((await getItem(keys.departmentBookings(id)))?.bookings ?? 0),
};
