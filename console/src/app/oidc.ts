/**
 * The sign-in library's side of sign-in (oidc-client-ts): the authorization-code redirect with
 * PKCE, its callback, silent renewal with the refresh token, sign-out. Its own chunk (auth.tsx
 * loads it): a signed-in reader's first screen needs only the stored token, so the library loads
 * after it, when the browser is idle, to keep the token renewed.
 */
import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ConsoleConfig } from './config';

export type { User, UserManager };

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
    // auth.tsx reads the user from here before this library loads (storedUser).
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

export async function signOut(manager: UserManager, config: ConsoleConfig): Promise<void> {
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
