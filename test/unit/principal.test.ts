/**
 * Who is calling, from the claims API Gateway's JWT authorizer hands over: groups arrive as one
 * string "[a b]"; only whitespace separates them, and only groups this API knows give a role.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parseGroups, principalFromEvent } from '../../shared/auth/principal';

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
