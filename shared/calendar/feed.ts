/**
 * The calendar feed of one staff member: check the link while reading their rotations (GSI2,
 * every page), then read the person and the names of the departments and hospitals involved
 * (one BatchGet), and write the iCalendar document. A link that is wrong, revoked or for nobody
 * reads as "not found", so the feed never tells a stranger whether a staff id exists.
 */
import { AppError } from '../errors';
import { batchGet, keyString, queryAll } from '../repository/dynamo';
import { toEntity } from '../repository/items';
import { config } from '../config';
import { Id, type Department, type Institution, type Rotation, type Staff } from '../schemas';
import { indexKeys, keys } from '../table';
import { isValidFeedToken } from './feed-link';
import { rotationCalendar, type CalendarRotation } from './ics';

const noSuchFeed = () => new AppError('NOT_FOUND', 'There is no calendar feed at this address');

export async function calendarFeed(staffId: string, token: string | undefined): Promise<string> {
  if (!token || !Id.safeParse(staffId).success) throw noSuchFeed();
  // The link's secret and the rotations in one round, then (the link being good) the person
  // with the names of the departments and hospitals in a second. The rotations are read before
  // the link is known to be good: nothing read is returned unless it is, ids are 96 random bits
  // (so answering a little later for a real id tells no one who could not already name it), and
  // the read is one person's rotations, usually a single page.
  const [valid, rotationItems] = await Promise.all([
    isValidFeedToken(staffId, token),
    queryAll({ index: 'GSI2', partition: indexKeys.rotationsOfStaff(staffId) }),
  ]);
  if (!valid) throw noSuchFeed();
  const rotations = rotationItems.map((item) => toEntity<Rotation>(item));
  const items = await batchGet([
    keys.staff(staffId),
    ...rotations.flatMap((r) => [keys.department(r.departmentId), keys.institution(r.hostInstitutionId)]),
  ]);
  const staffItem = items.get(keyString(keys.staff(staffId)));
  if (!staffItem) throw noSuchFeed();
  const staff = toEntity<Staff>(staffItem);
  const calendarRotations: CalendarRotation[] = [];
  for (const rotation of rotations) {
    const department = items.get(keyString(keys.department(rotation.departmentId))) as Department | undefined;
    const host = items.get(keyString(keys.institution(rotation.hostInstitutionId))) as Institution | undefined;
    // A rotation whose department or hospital cannot be named is left out rather than shown blank.
    if (!department || !host) continue;
    calendarRotations.push({ ...rotation, department: department.names, host: host.names });
  }
  return rotationCalendar({
    staffName: staff.names,
    language: staff.preferredLanguage,
    rotations: calendarRotations,
    consoleUrl: config().consoleUrl,
  });
}
