/**
 * The one place a problem's `code` becomes words in the user's language. Every screen shows
 * errors through describeError (or ErrorNotice), never by reading a problem's English detail.
 */
import type { TFunction } from 'i18next';

/** A violation as the API reports it in a 409 RULE_VIOLATION. */
export interface ProblemViolation {
  code: string;
  message?: string;
  severity?: 'error' | 'warning';
  details?: Record<string, unknown>;
}

/** RFC 9457 problem+json as the API answers, with its stable code. */
export interface Problem {
  status: number;
  code?: string;
  title?: string;
  detail?: string;
  violations?: ProblemViolation[];
  errors?: { path: string; message: string }[];
}

/** A failed API call: the HTTP status and the problem body (or a network failure, status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
  get code(): string | undefined {
    return this.problem.code;
  }
  /** The resource changed since it was read: offer to reload (what was typed is kept). */
  get isStale(): boolean {
    return this.status === 412 || this.code === 'VERSION_MISMATCH';
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, { status: 0, code: 'NETWORK' });
}

export interface ErrorDescription {
  /** The headline, in the user's language. */
  message: string;
  /** Each broken rule in words (RULE_VIOLATION), or each invalid field. */
  details: string[];
  /** Show a reload action (the data changed underneath). */
  offerReload: boolean;
  /** Show a sign-in action. */
  signInAgain: boolean;
}

const STATUS_FALLBACK: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  412: 'VERSION_MISMATCH',
  428: 'PRECONDITION_REQUIRED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

export function describeError(error: unknown, t: TFunction): ErrorDescription {
  const apiError = toApiError(error);
  if (apiError.status === 0)
    return { message: t('errors.network'), details: [], offerReload: false, signInAgain: false };
  const code = apiError.code ?? STATUS_FALLBACK[apiError.status] ?? 'INTERNAL';
  if (apiError.isStale) return { message: t('errors.stale'), details: [], offerReload: true, signInAgain: false };
  const known = t(`errors.codes.${code}`, { defaultValue: '' });
  const message = known || (apiError.status >= 500 ? t('errors.codes.INTERNAL') : t('errors.generic'));
  const details = (apiError.problem.violations ?? []).map(
    (v) => t(`errors.violations.${v.code}`, { defaultValue: '' }) || t('errors.violations.other', { code: v.code }),
  );
  return {
    message,
    details,
    offerReload: apiError.status === 428 || code === 'INVALID_TRANSITION',
    signInAgain: apiError.status === 401,
  };
}
