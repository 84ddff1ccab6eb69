/**
 * The one place error codes become HTTP: RFC 9457 application/problem+json with a stable `code`.
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { AppError, type ErrorCode } from '../errors';

/** Each code's HTTP status (also what the OpenAPI document lists per status). */
export const PROBLEM_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  RULE_VIOLATION: 409,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  CONCURRENT_UPDATE: 409,
  VERSION_MISMATCH: 412,
  PRECONDITION_REQUIRED: 428,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  SERVICE_UNAVAILABLE: 503,
  FILE_TOO_LARGE: 413,
  TOO_MANY_ROWS: 413,
  TOO_MANY_ROTATIONS: 413,
  FILE_MALFORMED: 400,
  FILE_TYPE_NOT_SUPPORTED: 415,
  MACROS_NOT_ALLOWED: 422,
  FORMULAS_NOT_ALLOWED: 422,
  COLUMNS_MISSING: 422,
  FILE_EMPTY: 422,
  INTERNAL: 500,
};

export const PROBLEM_TITLE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  MALFORMED_JSON: 'The body is not valid JSON',
  PAYLOAD_TOO_LARGE: 'The body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'The body must be application/json',
  UNAUTHENTICATED: 'Sign-in required',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  ROUTE_NOT_FOUND: 'No such route',
  RULE_VIOLATION: 'The change breaks exchange rules',
  INVALID_TRANSITION: 'That change of state is not allowed',
  CONFLICT: 'Conflict',
  CONCURRENT_UPDATE: 'Someone else changed this at the same moment',
  VERSION_MISMATCH: 'The resource has changed since you read it',
  PRECONDITION_REQUIRED: 'If-Match header required',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key reused with a different request',
  IDEMPOTENCY_IN_PROGRESS: 'A request with this Idempotency-Key is still in progress',
  SERVICE_UNAVAILABLE: 'Temporarily unavailable',
  FILE_TOO_LARGE: 'The file is too large',
  TOO_MANY_ROWS: 'The file has too many rows',
  TOO_MANY_ROTATIONS: 'The plan has more rotations than one transaction can write',
  FILE_MALFORMED: 'The file cannot be read',
  FILE_TYPE_NOT_SUPPORTED: 'Only CSV and XLSX files are read',
  MACROS_NOT_ALLOWED: 'Workbooks with macros are refused',
  FORMULAS_NOT_ALLOWED: 'Cells with formulas are refused',
  COLUMNS_MISSING: 'Mandatory columns are missing',
  FILE_EMPTY: 'The file has no rows',
  INTERNAL: 'Internal error',
};

export function problemResponse(error: AppError, instance?: string): APIGatewayProxyResultV2 {
  const status = PROBLEM_STATUS[error.code];
  // Extra fields first: the standard members (status above all) are never overwritten by them.
  const body = {
    ...error.extra,
    type: `https://talent-exchange.example.org/problems/${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: PROBLEM_TITLE[error.code],
    status,
    detail: error.message,
    code: error.code,
    instance,
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (error.code === 'SERVICE_UNAVAILABLE') headers['retry-after'] = String(RETRY_AFTER_SECONDS);
  return { statusCode: status, headers, body: JSON.stringify(body) };
}

/** What a client is told to wait before trying again when the database does not answer. */
export const RETRY_AFTER_SECONDS = 5;

/** AWS service errors that mean "not now" rather than "not like this". */
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/**
 * Whether an error says a dependency (the database) did not answer in time or at all: a timeout,
 * a refused or dropped connection, throttling after the SDK's retries, or a 5xx of the service.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: string; $metadata?: { httpStatusCode?: number } };
  if (UNAVAILABLE_NAMES.has(e.name) || (e.code && NETWORK_CODES.has(e.code))) return true;
  const status = e.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

/**
 * Anything thrown that is not an AppError is a bug (a 500 that says nothing about internals),
 * except a dependency that did not answer: a 503 with Retry-After, so clients wait and retry.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isUnavailable(error))
    return new AppError('SERVICE_UNAVAILABLE', 'The service could not reach its database in time; try again shortly.');
  return new AppError('INTERNAL', 'Something went wrong on our side; it has been logged.');
}
