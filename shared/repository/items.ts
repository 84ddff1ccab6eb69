/**
 * How entities are stored: the entity's own fields (exactly the zod schema's shape) plus key
 * attributes and a `type`. Everything that reads items turns them back with toEntity, so keys
 * never leak into API responses.
 */

const KEY_ATTRIBUTES = new Set([
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'type',
  'expiresAt',
]);

export function toEntity<T>(item: Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(name)) entity[name] = value;
  return entity as T;
}
