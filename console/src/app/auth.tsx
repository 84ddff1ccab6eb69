/**
 * Sign-in: OAuth 2.0 authorization code with PKCE through oidc-client-ts, the same code locally
 * (npm start's OpenID provider) and in AWS (the Cognito user pool). The API is called with the
 * ID token, as the API Gateway JWT authorizer expects Cognito's. Tokens renew silently (refresh
 * token) before they expire; when renewal fails the user is sent to sign in again and comes back
 * to the page they were on.
 */
import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { ConsoleConfig } from './config';

export type Role = 'admin' | 'programme-coordinator' | 'hospital-coordinator' | 'staff';
const ROLES: readonly Role[] = ['admin', 'programme-coordinator', 'hospital-coordinator', 'staff'];

/** Who is signed in, from the ID token's Cognito claims. */
export interface Principal {
  sub: string;
  email?: string;
  name?: string;
  roles: Role[];
  /** The first of the roles, by weight: admin > programme > hospital > staff. */
  role: Role;
  institutionId?: string;
  staffId?: string;
  isStaff: boolean;
  isCoordinator: boolean;
}

export function principalOf(user: User): Principal | undefined {
  const claims = user.profile as Record<string, unknown>;
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = ROLES.filter((role) => groups.includes(role));
  const role = roles[0];
  if (!role) return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    sub: user.profile.sub,
    email: str(claims.email),
    name: str(claims.name),
    roles,
    role,
    institutionId: str(claims['custom:institutionId']),
    staffId: str(claims['custom:staffId']),
    isStaff: role === 'staff',
    isCoordinator: role !== 'staff',
  };
}

export function createUserManager(config: ConsoleConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/signed-out`,
    response_type: 'code',
    scope: config.scope ?? 'openid email profile',
    automaticSilentRenew: true,
    // Cognito has no session-check iframe; renewal uses the refresh token.
    monitorSession: false,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Where to come back to after signing in (the page an email link opened). */
interface ReturnState {
  returnTo: string;
}

const isSafeReturn = (path: unknown): path is string =>
  typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/auth/');

export function signIn(manager: UserManager, returnTo = window.location.pathname + window.location.search) {
  const state: ReturnState = { returnTo: isSafeReturn(returnTo) ? returnTo : '/' };
  return manager.signinRedirect({ state });
}

/** Completes the redirect from the provider; resolves with the path to go back to. */
export async function completeSignIn(manager: UserManager): Promise<string> {
  const user = await manager.signinRedirectCallback();
  const state = user.state as Partial<ReturnState> | undefined;
  return isSafeReturn(state?.returnTo) ? state.returnTo : '/';
}

/** Set while signing out, so losing the user does not start a new sign-in on the way out. */
let signingOut = false;
export const isSigningOut = () => signingOut;

export async function signOut(manager: UserManager, config: ConsoleConfig): Promise<void> {
  signingOut = true;
  const user = await manager.getUser();
  const metadata = await manager.metadataService.getMetadata().catch(() => undefined);
  if (metadata?.end_session_endpoint) {
    await manager.signoutRedirect({ id_token_hint: user?.id_token });
    return;
  }
  await manager.removeUser();
  const target = config.logoutUrl
    ? `${config.logoutUrl}?${new URLSearchParams({ client_id: config.clientId, logout_uri: `${window.location.origin}/signed-out` })}`
    : '/signed-out';
  window.location.assign(target);
}

interface AuthValue {
  manager: UserManager;
  config: ConsoleConfig;
  user: User | null;
  principal: Principal | undefined;
  /** The ID token for the API, or undefined when not signed in. */
  idToken: () => string | undefined;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider(props: { manager: UserManager; config: ConsoleConfig; children: ReactNode }) {
  const { manager, config } = props;
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void manager.getUser().then((u) => live && setUser(u && !u.expired ? u : null));
    const loaded = (u: User) => setUser(u);
    const gone = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(gone);
    manager.events.addAccessTokenExpired(gone);
    manager.events.addSilentRenewError(gone);
    return () => {
      live = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(gone);
      manager.events.removeAccessTokenExpired(gone);
      manager.events.removeSilentRenewError(gone);
    };
  }, [manager]);

  const value = useMemo<AuthValue | null>(() => {
    if (user === undefined) return null;
    return {
      manager,
      config,
      user,
      principal: user ? principalOf(user) : undefined,
      idToken: () => (user && !user.expired ? user.id_token : undefined),
      signOut: () => signOut(manager, config),
    };
  }, [manager, config, user]);

  if (!value) return null;
  return <AuthContext.Provider value={value}>{props.children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in principal; only for screens behind RequireSignIn. */
export function usePrincipal(): Principal {
  const { principal } = useAuth();
  if (!principal) throw new Error('usePrincipal outside a signed-in screen');
  return principal;
}
