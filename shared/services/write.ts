/**
 * What every write shares: who is acting (the audit's actor), the time, optimistic
 * concurrency against the client's If-Match, the rule verdict (409 naming every broken rule;
 * ?dryRun=true returns it without writing), and a retry when a concurrent writer won the race
 * (re-read, re-check, re-write — never "read then hope").
 */
import { AppError, notFound, ruleViolation, type Violation } from '../errors';
import type { AuditRecord } from '../schemas';
import type { Principal } from '../auth/principal';
import { primaryRole } from '../auth/principal';
import { blocking, warnings } from '../domain/rules';
import { newId, transact, WriteConflict, type TransactItem } from '../repository';
import { logger } from '../logger';

export interface WriteContext {
  principal: Principal;
  dryRun: boolean;
  /** The version the client read (If-Match); required on changes, absent on creates. */
  expectedVersion?: number;
  /** Set when the caller commits the write itself, with items of its own (see DeferredCommit). */
  deferred?: DeferredCommit;
}

/**
 * A write whose transaction the caller commits, adding items of its own — an idempotent POST
 * stores its response in the same transaction as its write, so a crash can never leave one
 * without the other. runWrite hands the planned writes over instead of committing them; when
 * the caller's commit loses a race, it runs the operation again with the next `attempt`.
 */
export interface DeferredCommit {
  attempt: number;
  writes?: TransactItem[];
  /** What the write continues with once committed (see Plan.afterCommit). */
  afterCommit?: () => Promise<void>;
}

export interface WriteOutcome<T> {
  entity: T;
  version: number;
  /** Non-blocking findings (e.g. an entry permit that does not cover the whole placement). */
  warnings: Violation[];
  dryRun: boolean;
  created: boolean;
}

/** 412 when the client's If-Match is stale. */
export function assertVersion(ctx: WriteContext, current: { version: number }, what: string): void {
  if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== current.version) {
    throw new AppError(
      'VERSION_MISMATCH',
      `${what} is at version ${current.version}; you sent If-Match ${ctx.expectedVersion}. Read it again and retry.`,
      {
        currentVersion: current.version,
      },
    );
  }
}

/** Refuse (409, naming every broken rule) when a violation blocks; otherwise return the warnings. */
/** A record with a patch applied: a field the patch sets to null is removed (it has no value now). */
export function patched<T extends object>(current: T, patch: object): T {
  const next = { ...current, ...patch } as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch)) if (value === null) delete next[field];
  return next as T;
}

export function refuseBrokenRules(violations: Violation[]): Violation[] {
  const broken = blocking(violations);
  if (broken.length > 0) throw ruleViolation(broken);
  return warnings(violations);
}

export function auditRecord(
  principal: Principal,
  at: string,
  entry: Pick<AuditRecord, 'action' | 'entityType' | 'entityId' | 'before' | 'after'> &
    Partial<Pick<AuditRecord, 'placementId' | 'reason' | 'reasonCode' | 'partOf'>> & { onBehalfOf?: string },
): AuditRecord {
  const { onBehalfOf, ...rest } = entry;
  return {
    auditId: newId('aud'),
    at,
    actor: { sub: principal.sub, role: primaryRole(principal) ?? 'system', ...(onBehalfOf ? { onBehalfOf } : {}) },
    ...rest,
  } as AuditRecord;
}

export type Plan<T> = {
  entity: T;
  version: number;
  writes: TransactItem[];
  warnings?: Violation[];
  created?: boolean;
  /**
   * Work that follows the commit in transactions of its own (cancelling the rest of a large
   * placement's rotations). It must be resumable: if it fails or never runs, the daily job
   * finishes it, so its failure is logged, not answered.
   */
  afterCommit?: () => Promise<void>;
};

const MAX_ATTEMPTS = 5;

/**
 * Run a write: `plan` reads, checks and returns the transaction; it runs again (fresh reads)
 * when a concurrent write makes the transaction's conditions fail. A plan may be optimistic on
 * its first attempt (leave a check to a transaction condition) and read more on a retry, told
 * by `attempt`. On dry runs nothing is written.
 */
export async function runWrite<T>(
  ctx: WriteContext,
  plan: (attempt: number) => Promise<Plan<T>>,
): Promise<WriteOutcome<T>> {
  for (let attempt = ctx.deferred?.attempt ?? 1; ; attempt++) {
    const planned = await plan(attempt);
    const outcome = {
      entity: planned.entity,
      version: planned.version,
      warnings: planned.warnings ?? [],
      dryRun: ctx.dryRun,
      created: planned.created ?? false,
    };
    // A dry run, or a plan that finds nothing left to do (another writer got there first).
    if (ctx.dryRun || planned.writes.length === 0) return outcome;
    if (ctx.deferred) {
      if (ctx.deferred.writes) throw new Error('A request with a deferred commit makes one write');
      ctx.deferred.writes = planned.writes;
      ctx.deferred.afterCommit = planned.afterCommit;
      return outcome;
    }
    try {
      await transact(planned.writes);
      await continueAfterCommit(planned.afterCommit);
      return outcome;
    } catch (error) {
      await afterConflict(error, attempt);
    }
  }
}

/** Run what follows a commit; its failure is left for the daily job to finish, not answered. */
export async function continueAfterCommit(next: (() => Promise<void>) | undefined): Promise<void> {
  if (!next) return;
  try {
    await next();
  } catch (error) {
    logger.error('Work following a committed write stopped; the daily job will finish it', { error: error as Error });
  }
}

/**
 * A commit failed: rethrow anything but a lost race; after too many lost races, give up with
 * CONCURRENT_UPDATE (nothing was written); otherwise wait a little before the next attempt.
 */
export async function afterConflict(error: unknown, attempt: number): Promise<void> {
  if (!(error instanceof WriteConflict)) throw error;
  if (attempt >= MAX_ATTEMPTS)
    throw new AppError('CONCURRENT_UPDATE', 'Others kept changing the same records; nothing was written. Try again.');
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
}

export { nowIso } from '../clock';

/** The entity, or a 404 naming what was asked for. */
export async function existing<T>(what: string, id: string, load: (id: string) => Promise<T | undefined>): Promise<T> {
  const entity = await load(id);
  if (!entity) throw notFound(what, id);
  return entity;
}
