/**
 * What needs a coordinator's attention about a placement, the figures of the programme overview
 * and the filters behind them. Pure: no I/O.
 */
import type { AttentionFlag } from '../view-schemas';
import type { Placement, Rotation } from '../schemas';
import { addDays } from './dates';
import { PLACEMENT_CLOSED } from './lifecycle';

/** "Starting soon" looks this many days ahead of today. */
export const STARTING_SOON_DAYS = 30;

/** Placements not yet started that will start within STARTING_SOON_DAYS from today (inclusive). */
const NOT_STARTED: readonly Placement['status'][] = ['NOMINATED', 'OFFERED', 'ACCEPTED'];

export const startsSoon = (placement: Placement, today: string) =>
  NOT_STARTED.includes(placement.status) &&
  placement.startDate >= today &&
  placement.startDate <= addDays(today, STARTING_SOON_DAYS);

/** The attention flags of one placement given its rotations; a closed placement needs none. */
export function attentionFlags(placement: Placement, rotations: readonly Rotation[], today: string): AttentionFlag[] {
  if (PLACEMENT_CLOSED.includes(placement.status)) return [];
  const flags: AttentionFlag[] = [];
  if (rotations.some((r) => r.status === 'SCHEDULED')) flags.push('awaitingConfirmation');
  if (rotations.some((r) => r.status === 'DECLINED')) flags.push('declinedRotation');
  if (startsSoon(placement, today)) flags.push('startingSoon');
  if (placement.warnings?.length) flags.push('permitWarning');
  return flags;
}

/** Case, width, spaces and hyphens do not matter: "ka ming" finds "Ka-ming", "ＣＨＥＮ" finds "Chen". */
export const searchable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐.·・,']/g, '');

/** Does a search string match any of a person's names (any script) or their email? */
export function matchesPerson(
  query: string,
  person: { names: Partial<Record<'en' | 'zh-Hant' | 'zh-Hans', string>>; email?: string },
) {
  const wanted = searchable(query);
  if (!wanted) return true;
  return [person.names.en, person.names['zh-Hant'], person.names['zh-Hans'], person.email].some(
    (text) => text !== undefined && searchable(text).includes(wanted),
  );
}
