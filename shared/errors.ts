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
  | 'SERVICE_UNAVAILABLE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_ROTATIONS'
  | 'FILE_MALFORMED'
  | 'FILE_TYPE_NOT_SUPPORTED'
  | 'MACROS_NOT_ALLOWED'
  | 'FORMULAS_NOT_ALLOWED'
  | 'COLUMNS_MISSING'
  | 'FILE_EMPTY'
  | 'INTERNAL';

/** The rules the API enforces (shared/domain/rules.ts), each by its stable code. */
export const RULE_CODES = [
  'PROGRAMME_CLOSED',
  'OUTSIDE_PROGRAMME_WINDOW',
  'DIRECTION_MISMATCH',
  'ROTATION_OUTSIDE_PLACEMENT',
  'ENTRY_PERMIT_NOT_COVERING',
  'PLACEMENT_NOT_SCHEDULABLE',
  'ROTATION_TOO_LONG',
  'OUTSIDE_PLACEMENT_PERIOD',
  'DEPARTMENT_NOT_AT_HOST',
  'ROTATION_OVERLAP',
  'CAPACITY_EXCEEDED',
  'CREDENTIAL_NOT_VALID',
  'CAPACITY_BELOW_BOOKINGS',
  'INVALID_WINDOW',
  'PLACEMENT_OUTSIDE_WINDOW',
  'ROTATIONS_AHEAD',
  'PLACEMENT_NOT_ACCEPTED',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** One broken domain rule, naming what is involved so a coordinator can fix the plan. */
export interface Violation {
  code: RuleCode;
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
    violations.length === 1 && violations[0]
      ? violations[0].message
      : `${violations.length} rules are broken: ${violations.map((v) => v.code).join(', ')}`,
    { violations },
  );
