/**
 * What a notification is rendered from: the placement, programme, visitor, host and departments
 * a message names (one BatchGet), the stored rotation or placement when the audit record did
 * not carry it, and the rotations starting on a day (the reminders, GSI3).
 */
import type {
  Department,
  EmailSettings,
  Institution,
  Language,
  Placement,
  Programme,
  Rotation,
  Staff,
} from '../schemas';
import { indexKeys, indexSortKeys, keys } from '../table';
import { batchGet, getItem, keyString, queryAll, type Item, type Key } from './dynamo';
import { toEntity } from './items';

export interface MessageWorld {
  placement: Placement;
  programme: Programme;
  staff: Staff;
  host: Institution;
  departments: Map<string, Department>;
}

export interface MessageRefs {
  placementId: string;
  programmeId: string;
  staffId: string;
  hostInstitutionId: string;
  departmentIds: string[];
}

function required<T>(items: Map<string, Item>, key: Key, what: string): T {
  const item = items.get(keyString(key));
  if (!item) throw new Error(`${what} ${key.PK} was not found`);
  return toEntity<T>(item);
}

/** The entities a message names, in one BatchGet; a missing one is an error (retried later). */
export async function readMessageWorld(refs: MessageRefs): Promise<MessageWorld> {
  const items = await batchGet([
    keys.placement(refs.placementId),
    keys.programme(refs.programmeId),
    keys.staff(refs.staffId),
    keys.institution(refs.hostInstitutionId),
    ...refs.departmentIds.map((id) => keys.department(id)),
  ]);
  return {
    placement: required<Placement>(items, keys.placement(refs.placementId), 'Placement'),
    programme: required<Programme>(items, keys.programme(refs.programmeId), 'Programme'),
    staff: required<Staff>(items, keys.staff(refs.staffId), 'Staff'),
    host: required<Institution>(items, keys.institution(refs.hostInstitutionId), 'Institution'),
    departments: new Map(
      refs.departmentIds.map((id) => [id, required<Department>(items, keys.department(id), 'Department')]),
    ),
  };
}

/**
 * The languages coordinators read, by address in lower case: the one they chose, else the one
 * their sign-in carries. One BatchGet of the addresses' settings; an address without any is absent.
 */
export async function coordinatorLanguages(addresses: readonly string[]): Promise<Map<string, Language>> {
  const unique = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  const languages = new Map<string, Language>();
  if (unique.length === 0) return languages;
  const items = await batchGet(unique.map((address) => keys.emailSettings(address)));
  for (const address of unique) {
    const item = items.get(keyString(keys.emailSettings(address)));
    const settings = item ? toEntity<EmailSettings>(item) : undefined;
    const language = settings?.language ?? settings?.signInLanguage;
    if (language) languages.set(address, language);
  }
  return languages;
}

async function stored(key: Key): Promise<Record<string, unknown>> {
  const item = await getItem(key);
  if (!item) throw new Error(`${key.PK} was not found`);
  return toEntity(item);
}

/** The stored rotation, as an unchecked record (the caller parses the fields it needs). */
export const readStoredRotation = (rotationId: string) => stored(keys.rotation(rotationId));
/** The stored placement, likewise. */
export const readStoredPlacement = (placementId: string) => stored(keys.placement(placementId));

/** Rotations in one state starting on a day (GSI3 ROTSTART#{date}, sort {status}#…), as unchecked records. */
export async function rotationsStartingOn(
  date: string,
  status: Rotation['status'],
): Promise<Record<string, unknown>[]> {
  const items = await queryAll({
    index: 'GSI3',
    partition: indexKeys.rotationsStartingOn(date),
    sortPrefix: indexSortKeys.rotationsIn(status),
  });
  return items.map((item) => toEntity(item));
}
