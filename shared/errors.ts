/**
 * Errors are values with a stable code. Domain and repository code returns or throws AppError;
 * shared/http/problem.ts is the one place codes become HTTP statuses and RFC 9457 bodies.
 */

export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'RULE_VIOLATION'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'CONCURRENT_UPDATE'
  | 'VERSION_MISMATCH'
  | 'PRECONDITION_REQUIRED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_IN_PROGRESS'
  | 'INTERNAL';

/** One broken domain rule, naming what is involved so a coordinator can fix the plan. */
export interface Violation {
  /** Stable rule code, e.g. ROTATION_OVERLAP, CAPACITY_EXCEEDED, OUTSIDE_PROGRAMME_WINDOW. */
  code: string;
  message: string;
  /** Ids and dates involved (rotationIds, departmentId, dates…). */
  details?: Record<string, unknown>;
  /** A warning is reported but does not block the write (e.g. missing entry permit). */
  severity?: 'error' | 'warning';
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { violations?: Violation[]; errors?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${id} was not found`, { resource: what, id });
export const validation = (message: string, errors: FieldIssue[] = []) =>
  new AppError('VALIDATION_FAILED', message, { errors });
export const ruleViolation = (violations: Violation[]) =>
  new AppError(
    'RULE_VIOLATION',
    violations.length === 1
      ? violations[0]!.message
      : `${violations.length} rules are broken: ${violations.map((v) => v.code).join(', ')}`,
    { violations },
  );
