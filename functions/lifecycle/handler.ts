/**
 * The daily job (an EventBridge schedule, 00:05 Hong Kong time): states follow the calendar.
 * ACCEPTED placements become ACTIVE on their start date; rotations and placements become
 * COMPLETED the day after they end (shared/services/calendar-moves.ts). Idempotent: a retry or a
 * second run the same day moves nothing twice, and a run after missed days catches up.
 */
import type { ScheduledEvent } from 'aws-lambda';
import * as clock from '../../shared/clock';
import { todayInHongKong } from '../../shared/domain/dates';
import { logger } from '../../shared/logger';
import { followTheCalendar, type CalendarMoves } from '../../shared/services/calendar-moves';

export async function handler(event?: Pick<ScheduledEvent, 'time'>): Promise<CalendarMoves> {
  const today = event?.time ? todayInHongKong(new Date(event.time)) : clock.today();
  const moves = await followTheCalendar(today);
  logger.info('Daily lifecycle run', {
    date: today,
    activated: moves.activated.length,
    completedPlacements: moves.completedPlacements.length,
    completedRotations: moves.completedRotations.length,
    skipped: moves.skipped.length,
    failed: moves.failed.length,
  });
  // Fail the invocation so the scheduler retries; what was moved stays moved.
  if (moves.failed.length > 0) throw new Error(`${moves.failed.length} records could not be moved (date ${today})`);
  return moves;
}
