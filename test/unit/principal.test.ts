/**
 * Who is calling, from the claims API Gateway's JWT authorizer hands over: groups arrive as one
 * string "[a b]"; only whitespace separates them, and only groups this API knows give a role.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { languageOfLocale, parseGroups, principalFromEvent } from '../../shared/auth/principal';

const eventWith = (claims: Record<string, unknown>) =>
  ({ requestContext: { authorizer: { jwt: { claims } } } }) as unknown as APIGatewayProxyEventV2;

describe('the groups claim', () => {
  it('reads the flattened array API Gateway passes, and a real array', () => {
    expect(parseGroups('[admin staff]')).toEqual(['admin', 'staff']);
    expect(parseGroups('[programme-coordinator]')).toEqual(['programme-coordinator']);
    expect(parseGroups('admin')).toEqual(['admin']);
    expect(parseGroups(['hospital-coordinator'])).toEqual(['hospital-coordinator']);
    expect(parseGroups(undefined)).toEqual([]);
  });

  it('never splits a group name on a comma: "staff,admin" is one group', () => {
    expect(parseGroups('[staff,admin]')).toEqual(['staff,admin']);
    expect(parseGroups('staff,admin')).toEqual(['staff,admin']);
  });

  it('gives no role for a group named "staff,admin", and ignores unknown groups', () => {
    const principal = principalFromEvent(eventWith({ sub: 'u1', 'cognito:groups': '[staff,admin]' }));
    expect(principal?.roles).toEqual([]);
    const mixed = principalFromEvent(eventWith({ sub: 'u2', 'cognito:groups': '[readers staff,admin staff]' }));
    expect(mixed?.roles).toEqual(['staff']);
  });
});

describe('the locale claim', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_hk', 'en'],
    ['zh-HK', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['yue-HK', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['fr-FR', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s is written in %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });

  it('gives the caller their sign-in’s language, and none for a locale we do not write', () => {
    const base = { sub: 'u1', 'cognito:groups': '[programme-coordinator]' };
    expect(principalFromEvent(eventWith({ ...base, locale: 'zh-HK' }))?.signInLanguage).toBe('zh-Hant');
    expect(principalFromEvent(eventWith({ ...base, locale: 'de' }))?.signInLanguage).toBeUndefined();
    expect(principalFromEvent(eventWith(base))?.signInLanguage).toBeUndefined();
  });
});
