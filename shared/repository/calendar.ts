/**
 * Calendar feed data: the per-staff feed secret (FEED#{staffId}, revocable) and what a feed
 * shows — a person's rotations (GSI2) and the names of the person, departments and hospitals
 * involved (one BatchGet). Key strings come from shared/table.ts.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../clients';
import { config } from '../config';
import { nowIso } from '../clock';
import { notFound } from '../errors';
import type { Department, Institution, Placement, PlacementStatus, Rotation, Staff } from '../schemas';
import { indexKeys, keys } from '../table';
import { batchGet, getItem, keyString, queryAll, transact, WriteConflict } from './dynamo';
import { toEntity } from './items';

const feedItem = (staffId: string, secret: string, now: string) => ({
  ...keys.calendarFeed(staffId),
  type: 'CALENDAR_FEED',
  staffId,
  secret,
  createdAt: now,
  updatedAt: now,
});

/** The staff member's current feed secret, if one was ever made. */
export async function readFeedSecret(staffId: string): Promise<string | undefined> {
  const item = await getItem(keys.calendarFeed(staffId));
  return typeof item?.secret === 'string' ? item.secret : undefined;
}

/** Store a first secret; false when one exists already (a concurrent first use won). */
export async function createFeedSecret(staffId: string, secret: string): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: config().tableName,
        Item: feedItem(staffId, secret, nowIso()),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Replace the secret (every link handed out so far stops working). Only for a staff record that
 * exists: the check and the write are one transaction, so nothing is written for nobody.
 */
export async function replaceFeedSecret(staffId: string, secret: string): Promise<void> {
  try {
    await transact([
      {
        ConditionCheck: {
          TableName: config().tableName,
          Key: keys.staff(staffId),
          ConditionExpression: 'attribute_exists(PK)',
        },
      },
      { Put: { TableName: config().tableName, Item: feedItem(staffId, secret, nowIso()) } },
    ]);
  } catch (error) {
    if (error instanceof WriteConflict && error.failedItems.includes(0)) throw notFound('Staff', staffId);
    throw error;
  }
}

/** Every rotation of one person (one person's are few: usually one page). */
export async function rotationsOfStaff(staffId: string): Promise<Rotation[]> {
  const items = await queryAll({ index: 'GSI2', partition: indexKeys.rotationsOfStaff(staffId) });
  return items.map((item) => toEntity<Rotation>(item));
}

export interface FeedNames {
  staff?: Staff;
  departments: Map<string, Department>;
  institutions: Map<string, Institution>;
  /** The state of each rotation's placement: a visitor hears of a placement only once it is offered. */
  placementStatus: Map<string, PlacementStatus>;
}

/** The person and the departments and hospitals of their rotations, in one BatchGet. */
export async function feedNames(staffId: string, rotations: readonly Rotation[]): Promise<FeedNames> {
  const items = await batchGet([
    keys.staff(staffId),
    ...rotations.flatMap((r) => [
      keys.department(r.departmentId),
      keys.institution(r.hostInstitutionId),
      keys.placement(r.placementId),
    ]),
  ]);
  const departments = new Map<string, Department>();
  const institutions = new Map<string, Institution>();
  const placementStatus = new Map<string, PlacementStatus>();
  for (const r of rotations) {
    const department = items.get(keyString(keys.department(r.departmentId)));
    const host = items.get(keyString(keys.institution(r.hostInstitutionId)));
    const placement = items.get(keyString(keys.placement(r.placementId)));
    if (department) departments.set(r.departmentId, toEntity<Department>(department));
    if (host) institutions.set(r.hostInstitutionId, toEntity<Institution>(host));
    if (placement) placementStatus.set(r.placementId, toEntity<Pick<Placement, 'status'>>(placement).status);
  }
  const staff = items.get(keyString(keys.staff(staffId)));
  return { staff: staff ? toEntity<Staff>(staff) : undefined, departments, institutions, placementStatus };
}
