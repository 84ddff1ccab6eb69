/**
 * The local OpenID provider that plays Cognito for `npm start` and the browser tests: a
 * standards-compliant provider (oidc-provider) with discovery, JWKS, authorization code + PKCE,
 * refresh tokens and RP-initiated logout. Its sign-in page lists the demo users (and takes a
 * typed staff or institution id); its ID tokens carry Cognito's claims (`cognito:groups`,
 * `custom:institutionId`, `custom:staffId`, `email`, `locale`, `token_use`), with the console's client id as
 * audience, signed with the same key and issuer the local API gateway verifies (local/jwt.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import type { Role } from '../shared/routes';
import { ROLES } from '../shared/routes';
import type { KeyFile, TokenSubject } from './jwt';
import { LOCAL_AUDIENCE } from './jwt';
import { listen } from './http-adapter';

/** How long an ID token lasts (Cognito's default is an hour); the console renews it before. */
export const ID_TOKEN_SECONDS = 3600;

export interface SignInUser extends TokenSubject {
  sub: string;
  /** What the sign-in page shows. */
  label: string;
  name: string;
}

export interface IdentityProviderOptions {
  port: number;
  /** The issuer URL (where discovery is served): http://127.0.0.1:<port>. */
  issuer: string;
  key: KeyFile;
  /** Origins of the console (redirect and post-logout URIs, CORS for the token endpoint). */
  consoleOrigins: string[];
  users: SignInUser[];
  clientId?: string;
  /** Token lifetime in seconds (tests shorten it to see renewal). */
  tokenSeconds?: number;
}

export interface RunningIdentityProvider {
  issuer: string;
  server: Server;
  stop(): Promise<void>;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The account behind a subject: a demo user, or one made from a typed role and id. */
function subjectOfTyped(role: string, id: string): SignInUser | undefined {
  if (!(ROLES as readonly string[]).includes(role)) return undefined;
  const r = role as Role;
  if ((r === 'staff' || r === 'hospital-coordinator') && !ID.test(id)) return undefined;
  if (r === 'staff')
    return {
      role: r,
      sub: `staff-${id}`,
      staffId: id,
      label: 'typed',
      name: `Staff ${id}`,
      email: `staff-${id}@example.org`,
    };
  if (r === 'hospital-coordinator')
    return {
      role: r,
      sub: `hospital-coordinator-${id}`,
      institutionId: id,
      label: 'typed',
      name: `Coordinator of ${id}`,
      email: `coordinator-${id}@example.org`,
    };
  return { role: r, sub: `local-${r}`, label: 'typed', name: r, email: `${r}@example.org` };
}

function signInPage(uid: string, users: SignInUser[], error?: string): string {
  const buttons = users
    .map(
      (u) => `<li><form method="post" action="/interaction/${uid}/login">
  <input type="hidden" name="sub" value="${escapeHtml(u.sub)}">
  <button type="submit" data-sub="${escapeHtml(u.sub)}" data-role="${u.role}"><strong>${escapeHtml(u.name)}</strong><span>${escapeHtml(u.label)}</span></button>
</form></li>`,
    )
    .join('\n');
  const roles = ROLES.map((r) => `<option value="${r}">${r}</option>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Talent Exchange (local)</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;background:#f5f7f7;color:#1f1f1f}
main{max-width:520px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:8px 0}
p{color:#444}
ul{list-style:none;padding:0;margin:0;display:grid;gap:8px}
button{width:100%;text-align:left;padding:12px;border:1px solid #b7c4c4;border-radius:8px;background:#fff;font-size:15px;cursor:pointer}
button:hover,button:focus{border-color:#00585a;outline:2px solid #00585a}
button span{display:block;color:#555;font-size:13px;margin-top:2px}
fieldset{border:1px solid #b7c4c4;border-radius:8px;margin-top:16px;padding:12px;background:#fff}
label{display:block;margin:8px 0 4px}
select,input{width:100%;box-sizing:border-box;padding:8px;font-size:15px;border:1px solid #8a9a9a;border-radius:6px}
.error{color:#a8071a}
.submit{margin-top:12px;background:#00585a;color:#fff;text-align:center}
</style></head>
<body><main>
<h1>Sign in (local stand-in for Cognito)</h1>
<p>登入 · 登录 — choose a demo user. In AWS this page is the Cognito user pool's hosted sign-in.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<ul>${buttons}</ul>
<form method="post" action="/interaction/${uid}/login">
<fieldset><legend>Or sign in as any staff member or institution</legend>
<label for="role">Role</label><select id="role" name="role">${roles}</select>
<label for="id">Staff id (role staff) or institution id (role hospital-coordinator)</label>
<input id="id" name="id" autocomplete="off">
<button class="submit" type="submit">Sign in</button>
</fieldset></form>
</main></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const clientId = options.clientId ?? LOCAL_AUDIENCE;
  const ttl = options.tokenSeconds ?? ID_TOKEN_SECONDS;
  const accounts = new Map(options.users.map((u) => [u.sub, u]));
  const origins = new Set(options.consoleOrigins);

  const configuration: Configuration = {
    // Sessions and grants live as long as `npm start` does, like the demo data in memory.
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.consoleOrigins.map((o) => `${o}/auth/callback`),
        post_logout_redirect_uris: options.consoleOrigins.flatMap((o) => [`${o}/signed-out`, `${o}/`]),
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [{ ...options.key.privateJwk, kid: 'local', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    claims: {
      openid: ['sub', 'token_use'],
      email: ['email', 'email_verified'],
      profile: ['name', 'locale', 'cognito:groups', 'custom:institutionId', 'custom:staffId'],
    },
    // Claims asked for by scope go into the ID token, as Cognito's do (the API reads them there).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Cognito's /logout signs out at once; so does this (the confirmation form submits itself).
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing out</title></head><body>
${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}
<script>document.forms[0].submit()</script><noscript><button form="op.logoutForm" name="logout" value="yes">Sign out</button></noscript></body></html>`;
        },
      },
      revocation: { enabled: true },
    },
    ttl: {
      IdToken: ttl,
      AccessToken: ttl,
      AuthorizationCode: 300,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
      RefreshToken: 30 * 24 * 3600,
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx, origin) => origins.has(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The console is first-party: no consent screen, as Cognito's hosted sign-in shows none.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile offline_access');
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const user = accounts.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          token_use: 'id',
          email: user.email ?? `${sub}@example.org`,
          email_verified: true,
          name: user.name,
          ...(user.locale ? { locale: user.locale } : {}),
          'cognito:groups': [user.role],
          ...(user.institutionId ? { 'custom:institutionId': user.institutionId } : {}),
          ...(user.staffId ? { 'custom:staffId': user.staffId } : {}),
        }),
      };
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in error</title></head><body><main><h1>Sign-in error</h1><p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p></main></body></html>`;
    },
  };

  const provider = new Provider(options.issuer, configuration);
  // Local development over http: the provider otherwise insists on secure cookies behind TLS.
  provider.proxy = true;
  const callback = provider.callback();

  const interaction = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    const details = await provider.interactionDetails(req, res).catch(() => undefined);
    if (!details)
      return html(
        400,
        '<!doctype html><title>Expired</title><p>This sign-in has expired. Start again from the console.</p>',
      );
    const [, , uid, action] = path.split('/');
    if (uid !== details.uid)
      return html(400, '<!doctype html><title>Mismatch</title><p>Start again from the console.</p>');
    if (req.method === 'GET' && !action) return html(200, signInPage(details.uid, options.users));
    if (req.method === 'POST' && action === 'login') {
      const form = await formBody(req);
      const sub = form.get('sub');
      let user = sub ? accounts.get(sub) : undefined;
      if (!user && form.get('role')) {
        user = subjectOfTyped(form.get('role')!, (form.get('id') ?? '').trim());
        if (user) accounts.set(user.sub, user);
      }
      if (!user)
        return html(400, signInPage(details.uid, options.users, 'Choose a user, or give a role and a valid id.'));
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    html(405, '<!doctype html><title>Not allowed</title>');
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/interaction/')) {
      interaction(req, res, path).catch((error: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`Sign-in failed: ${error.message}`);
      });
      return;
    }
    callback(req, res);
  });
  await listen(server, options.port);
  return {
    issuer: options.issuer,
    server,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
