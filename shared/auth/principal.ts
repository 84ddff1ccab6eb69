/**
 * Who is calling, read from the claims the JWT authorizer (API Gateway in AWS, the local server
 * here) put on the event. Nothing else in the code reads claims.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ROLES, type Role } from '../routes';
import type { Language } from '../schemas';

export interface Principal {
  sub: string;
  email?: string;
  /** Cognito groups the caller belongs to that this API knows. */
  roles: Role[];
  /** hospital-coordinator: the institution it coordinates. */
  institutionId?: string;
  /** staff: the staff record that is the caller. */
  staffId?: string;
  /** The language of the caller's sign-in (the ID token's `locale`), when it is one of ours. */
  signInLanguage?: Language;
}

type Claims = Record<string, string | number | boolean | string[] | undefined>;

/**
 * API Gateway HTTP APIs pass array claims as one string, "[admin staff]"; tests and other callers
 * may pass a real array. Split on whitespace only: Cognito group names cannot contain it, but
 * may contain commas, so a group named "staff,admin" is one (unknown) group, never two roles.
 */
export function parseGroups(value: Claims[string]): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const inner = /^\[(.*)\]$/s.exec(value.trim())?.[1] ?? value;
  return inner.split(/\s+/).filter(Boolean);
}

export function principalFromEvent(event: APIGatewayProxyEventV2): Principal | undefined {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer?.jwt?.claims;
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const roles = parseGroups(claims['cognito:groups']).filter((g): g is Role =>
    (ROLES as readonly string[]).includes(g),
  );
  const str = (v: Claims[string]) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  return {
    sub: claims.sub,
    email: str(claims.email),
    roles,
    institutionId: str(claims['custom:institutionId']),
    staffId: str(claims['custom:staffId']),
    signInLanguage: languageOfLocale(str(claims.locale)),
  };
}

/**
 * Which of our languages a locale (BCP 47 as OpenID Connect has it, or Cognito's free text such
 * as "zh_TW") is written in: English, or Chinese in the script its tag or region implies —
 * Traditional in Hong Kong, Macao and Taiwan, and for Cantonese; Simplified otherwise.
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const tag = locale?.trim().replace(/_/g, '-').toLowerCase();
  if (!tag) return undefined;
  const [language, ...subtags] = tag.split('-');
  if (language === 'en') return 'en';
  if (language === 'yue') return 'zh-Hant';
  if (language !== 'zh') return undefined;
  if (subtags.includes('hans')) return 'zh-Hans';
  if (subtags.includes('hant') || subtags.some((s) => s === 'hk' || s === 'mo' || s === 'tw')) return 'zh-Hant';
  return 'zh-Hans';
}

/** The role a caller acts in: the most powerful it holds (a caller rarely holds two). */
export function primaryRole(principal: Principal): Role | undefined {
  return ROLES.find((role) => principal.roles.includes(role));
}
