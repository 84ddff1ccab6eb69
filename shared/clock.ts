/**
 * The one source of the time: everything that asks "now" or "today" asks here, never the wall
 * clock itself, so a test can put the system on another day and the whole suite can run as if
 * it were later. `TEC_CLOCK_SHIFT_DAYS` (e.g. 730: two years ahead) shifts the clock of a
 * process; `setClock` moves it in a test. The clock keeps ticking either way, so records
 * written one after another still get increasing timestamps.
 */
import { todayInHongKong } from './domain/dates';

const DAY_MS = 86_400_000;

const shiftFromEnvironment = () => Number(process.env.TEC_CLOCK_SHIFT_DAYS ?? 0) * DAY_MS || 0;
let shiftMs = shiftFromEnvironment();

/** The current instant. */
export const now = (): Date => new Date(Date.now() + shiftMs);
/** The current instant as an ISO timestamp (audit records, createdAt / updatedAt). */
export const nowIso = (): string => now().toISOString();
/** Today's date in Hong Kong (YYYY-MM-DD). */
export const today = (): string => todayInHongKong(now());

/**
 * Tests: run from now on as if it were `instant` (a date means Hong Kong midnight at its start,
 * plus the time that passes); undefined goes back to the process's clock.
 */
export function setClock(instant: Date | string | undefined): void {
  if (instant === undefined) {
    shiftMs = shiftFromEnvironment();
    return;
  }
  const target =
    typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(instant) ? `${instant}T00:00:00+08:00` : instant;
  shiftMs = new Date(target).getTime() - Date.now();
}
