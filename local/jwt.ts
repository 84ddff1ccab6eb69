/**
 * Local tokens: signed with a local RS256 key and checked exactly as API Gateway's JWT
 * authorizer checks Cognito's (signature, issuer, audience, expiry required, nbf and iat not in
 * the future, an ID token), with claims shaped as Cognito ID tokens carry them and as the
 * authorizer hands them to the handler (array claims flattened to "[a b]"). `npm start` passes
 * its OpenID provider's URL as the issuer, and that provider (local/identity-provider.ts) signs
 * the console's ID tokens with this same key, so printed tokens and signed-in users are verified
 * alike.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { Role } from '../shared/routes';

export const LOCAL_ISSUER = 'https://local-idp.talent-exchange.localhost';
export const LOCAL_AUDIENCE = 'talent-exchange-console';
const ALG = 'RS256';

export interface TokenSubject {
  role: Role;
  sub?: string;
  email?: string;
  /** The user's locale (Cognito's standard attribute, in the ID token when the client may read it). */
  locale?: string;
  institutionId?: string;
  staffId?: string;
  /** Seconds until expiry (default 12 hours); negative mints an expired token for tests. */
  expiresInSeconds?: number;
}

/** The issuer of local tokens when no OpenID provider runs (tests, `npm run token` without npm start). */
export const localIssuer = (idpPort: number) => `http://127.0.0.1:${idpPort}`;

export interface LocalSigner {
  sign(subject: TokenSubject): Promise<string>;
  /** Verified claims in the shape the authorizer puts on the event, or undefined when the token is not acceptable. */
  verify(token: string): Promise<Record<string, string> | undefined>;
}

export type KeyFile = { privateJwk: JWK; publicJwk: JWK };

/** Load the signing key from a file, creating it the first time (so tokens survive restarts). */
export async function loadOrCreateKey(file: string): Promise<KeyFile> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const keyFile: KeyFile = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keyFile), { mode: 0o600 });
  return keyFile;
}

export async function createSigner(keyFile: KeyFile, options: { issuer?: string } = {}): Promise<LocalSigner> {
  const issuer = options.issuer ?? LOCAL_ISSUER;
  const privateKey = await importJWK(keyFile.privateJwk, ALG);
  const publicKey = await importJWK(keyFile.publicJwk, ALG);
  return {
    async sign(subject) {
      const sub = subject.sub ?? `${subject.role}-${subject.staffId ?? subject.institutionId ?? 'user'}`;
      const claims: JWTPayload = {
        'cognito:groups': [subject.role],
        token_use: 'id',
        email: subject.email ?? `${sub}@example.org`,
        ...(subject.locale ? { locale: subject.locale } : {}),
        ...(subject.institutionId ? { 'custom:institutionId': subject.institutionId } : {}),
        ...(subject.staffId ? { 'custom:staffId': subject.staffId } : {}),
      };
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: ALG, kid: 'local' })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + (subject.expiresInSeconds ?? 12 * 3600))
        .sign(privateKey);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          issuer,
          audience: LOCAL_AUDIENCE,
          algorithms: [ALG],
          // API Gateway's JWT authorizer: exp is required, nbf and iat must not lie in the future.
          requiredClaims: ['exp'],
        });
        if (typeof payload.iat === 'number' && payload.iat > Math.floor(Date.now() / 1000)) return undefined;
        // Cognito's ID token (the one with groups and custom claims); an access token has no aud
        // and is refused by the authorizer configured with the console's client id as audience.
        if (payload.token_use !== undefined && payload.token_use !== 'id') return undefined;
        const claims: Record<string, string> = {};
        for (const [name, value] of Object.entries(payload)) {
          claims[name] = Array.isArray(value) ? `[${value.join(' ')}]` : String(value);
        }
        return claims;
      } catch {
        return undefined;
      }
    },
  };
}
