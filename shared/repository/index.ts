/**
 * The repository: every read and write of exchange data goes through here. Keys and indexes
 * come from shared/table.ts (where each access pattern is documented). By concern:
 *
 *   records.ts        what the table keeps of each entity, and what of it the API shows
 *   items.ts          records as items (keys, index attributes) and back
 *   writes.ts         write builders: transaction items the services commit together
 *   day-books.ts      per-day bookings of departments and people (capacity, one person one place)
 *   reads.ts          reads by key: one record, or the facts of a rule check in one round
 *   queries.ts        paginated lists on the indexes
 *   idempotency.ts    Idempotency-Key records
 *   notifications.ts  notification records (the exactly-once claim)
 *   dynamo.ts         the low-level calls all of them use
 */
import { queries } from './queries';
import { reads } from './reads';

export { transact, WriteConflict, type Page, type TransactItem } from './dynamo';
export {
  coverageOf,
  newId,
  publicPlacement,
  publicProgramme,
  publicRotation,
  type Coverage,
  type DepartmentAsChecked,
  type EntityKind,
  type PlacementRecord,
  type ProgrammeRecord,
  type RotationRecord,
  type StoredRecords,
} from './records';
export { items, toEntity } from './items';
export { write } from './writes';
export {
  bookDays,
  bookNewDays,
  readFutureDayBook,
  releaseDays,
  type DayBookKind,
  type DayBookRequest,
  type DayMove,
} from './day-books';
export { readFacts } from './reads';
export type { ListOptions } from './queries';

export const repository = { ...reads, ...queries };
