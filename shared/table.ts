/**
 * The one table: its definition (used by CDK, the local system and the tests) and its key
 * design. Every access pattern the API has is listed here with the key it uses; nothing on a
 * request path scans.
 *
 * Item keys (PK / SK):
 *   INST#{institutionId}        META                      institution
 *   DEPT#{departmentId}         META                      department
 *   DEPT#{departmentId}         DAYS#{yyyy-mm}            day book: per day, the set of live rotations (capacity)
 *   DEPT#{departmentId}         BOOKINGS                  count of bookings taken (guards capacity reductions)
 *   PROG#{programmeId}          META                      programme
 *   STAFF#{staffId}             META                      staff member (credentials inside)
 *   STAFF#{staffId}             DAYS#{yyyy-mm}            day book: per day, the rotation the person is in
 *   PLC#{placementId}           META                      placement
 *   PLC#{placementId}           AUDIT#{at}#{auditId}      audit record = change event for the notifier
 *   {entity PK}                 AUDIT#{at}#{auditId}      audit of institutions, departments, programmes, staff
 *   PLC#{placementId}           NOTIF#{auditId}#{recipient} notification (exactly-once claim)
 *   ROT#{rotationId}            META                      rotation
 *   IDEMP#{principal}#{key}     META                      idempotency record (expires by TTL)
 *   FEED#{staffId}              META                      calendar feed secret (revocable)
 *   HEALTH#READY                META                      never written: GET /health/ready reads it
 *   EMAIL#{email}               META                      who has this email (lower case): the import matches people by it
 *   PROG#{programmeId}          NOMINEE#{email}           the person's placement in the programme (import: no duplicate nomination)
 *   IMPORT#{importId}           META                      a spreadsheet import: file, who, when, counts, status
 *   IMPORT#{importId}           ROWS#{nnnn}               a chunk of its rows: cells as uploaded, what was read, each row's outcome
 *   SETTINGS#{email}            META                      a coordinator's email settings (lower case): the language they read
 *
 * Access patterns:
 *   Get any entity by id ........................ GetItem PK=<TYPE>#id, SK=META
 *   List institutions (by region) ............... GSI1 GSI1PK=INSTITUTIONS, GSI1SK={region}#{id}
 *   List a host institution's departments ....... GSI1 GSI1PK=INST#{id}#DEPTS, GSI1SK={name}#{id}
 *   List programmes ............................. GSI1 GSI1PK=PROGRAMMES, GSI1SK={start}#{id}
 *   List staff (optionally of one home inst.) ... GSI1 GSI1PK=STAFF, GSI1SK={home}#{id};
 *                                                 GSI2 GSI2PK=INST#{home}#STAFF
 *   List a programme's placements ............... GSI1 GSI1PK=PROG#{id}#PLACEMENTS, GSI1SK={start}#{id}
 *   List a staff member's placements ............ GSI2 GSI2PK=STAFF#{id}#PLACEMENTS, GSI2SK={start}#{id}
 *   A programme's placements an institution ..... GSI3 GSI3PK=PROG#{id}#INST#{host}#PLACEMENTS, GSI3SK={start}#{id}
 *     hosts or sends (a hospital coordinator's   + GSI4 GSI4PK=PROG#{id}#INST#{home}#PLACEMENTS, GSI4SK={start}#{id}
 *     list)                                       one Query on each, merged by start: a flat cost per page
 *   List a placement's rotations ................ GSI1 GSI1PK=PLC#{id}#ROTATIONS, GSI1SK={start}#{id}
 *   List a staff member's rotations (/me) ....... GSI2 GSI2PK=STAFF#{id}#ROTATIONS, GSI2SK={start}#{id}
 *   Reminders: rotations starting on a day ...... GSI3 GSI3PK=ROTSTART#{date}, GSI3SK={status}#{id}
 *   Daily job: what the calendar moves by today . GSI5 GSI5PK=DUE, GSI5SK={date}#{kind}#{id}; sparse: only
 *                                                 ACCEPTED / ACTIVE placements and SCHEDULED / CONFIRMED
 *                                                 rotations carry it, keyed by the day they are next due
 *   A programme's rotations (schedule board, .... GSI4 GSI4PK=PROG#{id}#ROTATIONS, GSI4SK={start}#{id}
 *     overview, visitors list)                    (a hospital coordinator's view filters on host/home institution)
 *   A programme's picture (overview, visitors, .. GSI1 placements of the programme + GSI4 its rotations +
 *     schedule)                                   BatchGet STAFF#{id} and DEPT#{id} of what they name: a few calls
 *                                                 per programme whatever the table holds, none per visitor
 *   A host's occupancy (departments × days) ..... GSI1 its departments + BatchGet DEPT#{id} / DAYS#{month} of each +
 *                                                 BatchGet ROT#{id} and STAFF#{id} of who holds the days
 *   Capacity / occupancy of a department ........ BatchGet DEPT#{id} / DAYS#{month} for the months touched
 *   Double-booking check for a person ........... BatchGet STAFF#{id} / DAYS#{month} for the months touched
 *   Future bookings of a department (capacity ... Query PK=DEPT#{id}, SK between DAYS#{this month} and DAYS#~
 *     change)
 *   Placement history (newest first) ............ Query PK=PLC#{id}, SK begins_with AUDIT#, descending
 *   Placement notifications ..................... Query PK=PLC#{id}, SK begins_with NOTIF#
 *   A recipient's unsent emails of a placement .. GSI1 GSI1PK=NOTIFOPEN#{placement}#{recipient}, GSI1SK={changeAt}#{change}
 *     (sparse: only while not yet SENT or SUPPRESSED; orders a recipient's emails)
 *   Failed emails due for another attempt ....... GSI2 GSI2PK=NOTIFRETRY, GSI2SK={nextAttemptAt}#… (sparse)
 *   A programme's imports (newest first) ........ GSI1 GSI1PK=PROG#{id}#IMPORTS, GSI1SK={createdAt}#{id}
 *   An import and its rows ...................... Query PK=IMPORT#{id}
 *   Import: person by email, nomination by ...... BatchGet EMAIL#{email} and PROG#{id} / NOMINEE#{email}
 *     programme + person                            for a chunk of rows at once
 *   A coordinator's email settings .............. GetItem SETTINGS#{their sign-in's email}
 *   The languages of an email's coordinators .... BatchGet SETTINGS#{email} of the contact addresses it goes to
 *
 * Day books make ROTATION_OVERLAP and CAPACITY_EXCEEDED hold under concurrency without locks: a month item has one
 * attribute per day (d20260302) holding the string set of live rotations on that day. Booking
 * a rotation is, in the same transaction as the rotation itself, `ADD d… :rotation` on every
 * month it touches with the condition `size(d…) < :capacity` (1 for a person) on each new day,
 * so two coordinators taking the last slot at the same instant cannot both commit. A check
 * reads at most 13 months per book (a rotation is at most MAX_ROTATION_DAYS long) with
 * ConsistentRead, whatever the table holds. Every booking also bumps the department's BOOKINGS
 * counter, so a capacity reduction can assert no booking slipped in between its read and its write.
 *
 * Writes read once. A write reads what its request names, in one round, then commits one
 * transaction. What it would otherwise need a second round for is a copy, checked by version:
 *   - a staff record keeps its home institution's region (create placement);
 *   - a placement keeps its visitor's `coverage`: the host's region and the periods of the
 *     person's registrations and licences there, as of a staff version (schedule a rotation);
 *   - a rotation keeps `checkedWith`: the department and coverage of its last check (reschedule).
 * The transaction asserts those versions and, in its conditions, what was not read at all: the
 * placement's state and period (write.placementSchedule) and both day books. When a condition
 * fails, the write is planned again with everything read (services/write.ts runWrite).
 */

export const TABLE_NAME_DEFAULT = 'TalentExchange';

export type KeyAttribute = { name: string; type: 'S' | 'N' };
export type IndexDefinition = { indexName: string; partitionKey: KeyAttribute; sortKey: KeyAttribute };

export const tableDefinition = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    { indexName: 'GSI1', partitionKey: { name: 'GSI1PK', type: 'S' }, sortKey: { name: 'GSI1SK', type: 'S' } },
    { indexName: 'GSI2', partitionKey: { name: 'GSI2PK', type: 'S' }, sortKey: { name: 'GSI2SK', type: 'S' } },
    { indexName: 'GSI3', partitionKey: { name: 'GSI3PK', type: 'S' }, sortKey: { name: 'GSI3SK', type: 'S' } },
    { indexName: 'GSI4', partitionKey: { name: 'GSI4PK', type: 'S' }, sortKey: { name: 'GSI4SK', type: 'S' } },
    { indexName: 'GSI5', partitionKey: { name: 'GSI5PK', type: 'S' }, sortKey: { name: 'GSI5SK', type: 'S' } },
  ],
} as const satisfies {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  timeToLiveAttribute: string;
  globalSecondaryIndexes: readonly IndexDefinition[];
};

export type IndexName = (typeof tableDefinition.globalSecondaryIndexes)[number]['indexName'];

/** The longest rotation the API accepts; it bounds every booking query (see above). */
export const MAX_ROTATION_DAYS = 366;

declare const recordKind: unique symbol;

/**
 * A table key that remembers (in its type only) what kind of record it finds, so a read by key
 * is typed by the keys asked for (repository readFacts). At run time it is just { PK, SK }.
 */
export type RecordKey<Kind extends string = string> = { PK: string; SK: string; readonly [recordKind]?: Kind };

const recordKey = <Kind extends string>(PK: string, SK: string): RecordKey<Kind> => ({ PK, SK });

/** What an audit record is about: placements and rotations go to the placement's partition. */
export interface AuditSubject {
  entityType: 'institution' | 'department' | 'programme' | 'staff' | 'placement' | 'rotation' | 'import';
  entityId: string;
  placementId?: string;
}

/** Key builders: the only place key strings are spelled. */
export const keys = {
  institution: (id: string) => recordKey<'institution'>(`INST#${id}`, 'META'),
  department: (id: string) => recordKey<'department'>(`DEPT#${id}`, 'META'),
  /** month: yyyy-mm */
  departmentDays: (id: string, month: string) => recordKey<'dayBook'>(`DEPT#${id}`, `DAYS#${month}`),
  departmentBookings: (id: string) => recordKey<'bookingCounter'>(`DEPT#${id}`, 'BOOKINGS'),
  programme: (id: string) => recordKey<'programme'>(`PROG#${id}`, 'META'),
  staff: (id: string) => recordKey<'staff'>(`STAFF#${id}`, 'META'),
  staffDays: (id: string, month: string) => recordKey<'dayBook'>(`STAFF#${id}`, `DAYS#${month}`),
  placement: (id: string) => recordKey<'placement'>(`PLC#${id}`, 'META'),
  /**
   * Audit records live in the partition of what they are about: the placement for placements and
   * rotations (so a placement's history is one Query), the entity itself otherwise.
   */
  audit: (about: AuditSubject, at: string, auditId: string) =>
    recordKey<'audit'>(auditPartition(about), `AUDIT#${at}#${auditId}`),
  notification: (placementId: string, auditId: string, recipient: string) =>
    recordKey<'notification'>(`PLC#${placementId}`, `NOTIF#${auditId}#${recipient.toLowerCase()}`),
  rotation: (id: string) => recordKey<'rotation'>(`ROT#${id}`, 'META'),
  idempotency: (principal: string, key: string) => recordKey<'idempotency'>(`IDEMP#${principal}#${key}`, 'META'),
  calendarFeed: (staffId: string) => recordKey<'calendarFeed'>(`FEED#${staffId}`, 'META'),
  /** Read (never written) by the readiness check: an answer, even "no item", proves the table answers. */
  readinessProbe: () => recordKey<'readinessProbe'>('HEALTH#READY', 'META'),
  staffEmail: (email: string) => recordKey<'staffEmail'>(`EMAIL#${email.toLowerCase()}`, 'META'),
  nominee: (programmeId: string, email: string) =>
    recordKey<'nominee'>(`PROG#${programmeId}`, `NOMINEE#${email.toLowerCase()}`),
  importRecord: (importId: string) => recordKey<'import'>(`IMPORT#${importId}`, 'META'),
  importRows: (importId: string, chunk: number) =>
    recordKey<'importRows'>(`IMPORT#${importId}`, `ROWS#${String(chunk).padStart(4, '0')}`),
  /**
   * Keyed by address, not by the sign-in's subject: emails go to the addresses on programmes' and
   * hospitals' contact lists, and the notifier looks each one up.
   */
  emailSettings: (email: string) => recordKey<'emailSettings'>(`SETTINGS#${email.toLowerCase()}`, 'META'),
} as const;

function auditPartition({ entityType, entityId, placementId }: AuditSubject): string {
  if (placementId) return keys.placement(placementId).PK;
  if (entityType === 'rotation') throw new Error(`The audit record of rotation ${entityId} names no placement`);
  if (entityType === 'import') return keys.importRecord(entityId).PK;
  return keys[entityType](entityId).PK;
}

/** Sort-key ranges inside one partition (Query PK = …, SK begins_with / between …). */
export const sortKeys = {
  /** A placement's audit trail (placementHistory) or an entity's own. */
  audit: 'AUDIT#',
  /** A placement's notification records. */
  notifications: 'NOTIF#',
  /** A department's day books from a month (yyyy-mm) on, to the last. */
  dayBooksFrom: (month: string): [string, string] => [`DAYS#${month}`, 'DAYS#~'],
} as const;

/** Partition values of the GSIs. */
export const indexKeys = {
  institutions: 'INSTITUTIONS',
  departmentsOf: (institutionId: string) => `INST#${institutionId}#DEPTS`,
  programmes: 'PROGRAMMES',
  allStaff: 'STAFF',
  staffFrom: (institutionId: string) => `INST#${institutionId}#STAFF`,
  placementsOfProgramme: (programmeId: string) => `PROG#${programmeId}#PLACEMENTS`,
  placementsOfStaff: (staffId: string) => `STAFF#${staffId}#PLACEMENTS`,
  /** A programme's placements an institution hosts (GSI3) or sends (GSI4): the same value in both. */
  placementsOfProgrammeAt: (programmeId: string, institutionId: string) =>
    `PROG#${programmeId}#INST#${institutionId}#PLACEMENTS`,
  rotationsOfPlacement: (placementId: string) => `PLC#${placementId}#ROTATIONS`,
  rotationsOfStaff: (staffId: string) => `STAFF#${staffId}#ROTATIONS`,
  rotationsStartingOn: (date: string) => `ROTSTART#${date}`,
  importsOfProgramme: (programmeId: string) => `PROG#${programmeId}#IMPORTS`,
  rotationsOfProgramme: (programmeId: string) => `PROG#${programmeId}#ROTATIONS`,
  due: 'DUE',
  /** GSI1, sparse: a recipient's emails about a placement not yet sent (ordering holds later ones back). */
  notificationsOutstanding: (placementId: string, recipient: string) =>
    `NOTIFOPEN#${placementId}#${recipient.toLowerCase()}`,
  /** GSI2, sparse: failed emails waiting for their next attempt (the re-drive job reads it). */
  notificationsToRetry: 'NOTIFRETRY',
} as const;

/** Sort values of the GSIs (and the prefixes that select a part of a list). */
export const indexSortKeys = {
  /** Institutions by region, then id. */
  institution: (region: string, institutionId: string) => `${region}#${institutionId}`,
  institutionsIn: (region: string) => `${region}#`,
  /** Departments by English name (case-insensitive), then id. */
  department: (name: string, departmentId: string) => `${name.toLowerCase()}#${departmentId}`,
  /** Staff in the list of all staff: by home institution, then id; in an institution's list: by id. */
  staff: (homeInstitutionId: string, staffId: string) => `${homeInstitutionId}#${staffId}`,
  staffOfInstitution: (staffId: string) => staffId,
  /** Programmes, placements and rotations by start date, then id. */
  byStart: (startDate: string, id: string) => `${startDate}#${id}`,
  /** The id in a byStart value. */
  idByStart: (value: string) => value.slice(value.indexOf('#') + 1),
  /** A recipient's outstanding emails, in the order of the changes they report. */
  notificationOutstanding: (changeAt: string, changeId: string) => `${changeAt}#${changeId}`,
  /** Failed emails by the time of their next attempt. */
  notificationRetry: (nextAttemptAt: string, placementId: string, changeId: string, recipient: string) =>
    `${nextAttemptAt}#${placementId}#${changeId}#${recipient.toLowerCase()}`,
  /** Retries due at `at` (an ISO instant) or earlier. */
  notificationRetriesDueBy: (at: string): [string, string] => ['0', `${at}#~`],
  /** Rotations starting on a day, by status, then id. */
  rotationStart: (status: string, rotationId: string) => `${status}#${rotationId}`,
  rotationsIn: (status: string) => `${status}#`,
  /** What the daily job moves: by the day it is due, then kind and id. */
  due: (date: string, kind: 'PLACEMENT' | 'ROTATION', id: string) => `${date}#${kind}#${id}`,
  /** Everything due on or before a day. */
  dueBy: (date: string): [string, string] => ['0000', `${date}#~`],
} as const;

/** Every attribute used as a key anywhere, for CreateTable's AttributeDefinitions. */
export function attributeDefinitions(): { AttributeName: string; AttributeType: 'S' | 'N' }[] {
  const all: KeyAttribute[] = [tableDefinition.partitionKey, tableDefinition.sortKey];
  for (const index of tableDefinition.globalSecondaryIndexes) all.push(index.partitionKey, index.sortKey);
  return all.map((a) => ({ AttributeName: a.name, AttributeType: a.type }));
}

/** CreateTable input for DynamoDB Local and the tests (CDK builds the same from tableDefinition). */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: attributeDefinitions(),
    KeySchema: [
      { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const },
  };
}
