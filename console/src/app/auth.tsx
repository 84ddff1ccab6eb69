/**
 * Sign-in: OAuth 2.0 authorization code with PKCE through oidc-client-ts, the same code locally
 * (npm start's OpenID provider) and in AWS (the Cognito user pool). The API is called with the
 * ID token, as the API Gateway JWT authorizer expects Cognito's. Tokens renew silently (refresh
 * token) before they expire; when renewal fails the user is sent to sign in again and comes back
 * to the page they were on.
 *
 * The library itself (oidc.ts) is its own chunk: a signed-in reader's first screen is drawn from
 * the token oidc-client-ts stored, and the library follows once the browser is idle. Signing in,
 * the callback and signing out load it first.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ConsoleConfig } from './config';
import type { User, UserManager } from './oidc';

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
  /** Admin or programme coordinator: acts on every programme and institution. */
  isProgrammeOffice: boolean;
}

export function principalOf(user: SignedIn): Principal | undefined {
  const claims = user.profile;
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
    isProgrammeOffice: roles.includes('admin') || roles.includes('programme-coordinator'),
  };
}

/**
 * The signed-in user as oidc-client-ts keeps it (sessionStorage, under its key for this issuer
 * and client), read without loading the library: enough to show the first screen and call the API.
 */
export interface SignedIn {
  idToken: string;
  profile: { sub: string } & Record<string, unknown>;
  /** Seconds since the epoch. */
  expiresAt?: number;
}

const storeKey = (config: ConsoleConfig) => `oidc.user:${config.authority}:${config.clientId}`;
const isLive = (user: SignedIn) => user.expiresAt === undefined || user.expiresAt * 1000 > Date.now();

/** The stored user, unless missing, unreadable or expired (then sign-in starts over, as before). */
export function storedUser(config: ConsoleConfig): SignedIn | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(storeKey(config)) ?? 'null') as Partial<{
      id_token: unknown;
      profile: { sub?: unknown } & Record<string, unknown>;
      expires_at: unknown;
    }> | null;
    if (!raw || typeof raw.id_token !== 'string' || typeof raw.profile?.sub !== 'string') return null;
    const user: SignedIn = {
      idToken: raw.id_token,
      profile: raw.profile as SignedIn['profile'],
      expiresAt: typeof raw.expires_at === 'number' ? raw.expires_at : undefined,
    };
    return isLive(user) ? user : null;
  } catch {
    return null;
  }
}

const signedIn = (user: User): SignedIn | null =>
  user.id_token ? { idToken: user.id_token, profile: user.profile, expiresAt: user.expires_at } : null;

/** Set while signing out, so losing the user does not start a new sign-in on the way out. */
let signingOut = false;
export const isSigningOut = () => signingOut;

/** Runs when the browser has nothing else to do (after the first screen), or after a while. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 1000);
  return () => window.clearTimeout(id);
}

interface AuthValue {
  config: ConsoleConfig;
  user: SignedIn | null;
  principal: Principal | undefined;
  /** The ID token for the API, or undefined when not signed in. */
  idToken: () => string | undefined;
  /** Sends the browser to sign in; it comes back to `returnTo` (default: this page). */
  signIn: (returnTo?: string) => Promise<void>;
  /** Completes the provider's redirect (/auth/callback); resolves with the path to go back to. */
  completeSignIn: () => Promise<string>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider(props: { config: ConsoleConfig; children: ReactNode }) {
  const { config } = props;
  const [user, setUser] = useState<SignedIn | null>(() => storedUser(config));
  const loaded = useRef<Promise<{ manager: UserManager; oidc: typeof import('./oidc') }> | null>(null);

  /** The sign-in library, loaded once, following the user from then on (renewal, expiry). */
  const library = useCallback(() => {
    loaded.current ??= import('./oidc').then((oidc) => {
      const manager = oidc.createUserManager(config);
      manager.events.addUserLoaded((u) => setUser(signedIn(u)));
      manager.events.addUserUnloaded(() => setUser(null));
      manager.events.addAccessTokenExpired(() => setUser(null));
      manager.events.addSilentRenewError(() => setUser(null));
      // Arms the renewal before the token expires (and the expiry event).
      void manager.getUser();
      return { manager, oidc };
    });
    return loaded.current;
  }, [config]);

  const known = user !== null;
  useEffect(() => {
    // Signed in: the library is not needed for the first screen, only to renew the token later.
    if (known) return whenIdle(() => void library());
  }, [known, library]);

  // Stable across sign-in and renewal: the callback page runs completeSignIn once.
  const actions = useMemo(
    () => ({
      signIn: (returnTo?: string) => library().then(({ manager, oidc }) => oidc.signIn(manager, returnTo)),
      completeSignIn: () => library().then(({ manager, oidc }) => oidc.completeSignIn(manager)),
      signOut: () => {
        signingOut = true;
        return library().then(({ manager, oidc }) => oidc.signOut(manager, config));
      },
    }),
    [config, library],
  );

  const value = useMemo<AuthValue>(
    () => ({
      ...actions,
      config,
      user,
      principal: user ? principalOf(user) : undefined,
      idToken: () => (user && isLive(user) ? user.idToken : undefined),
    }),
    [actions, config, user],
  );

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
