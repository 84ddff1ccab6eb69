/**
 * What the web console is served with, wherever it is served: the runtime configuration it reads
 * from /config.json, and its Content-Security-Policy. CloudFront sends this policy in AWS
 * (infra/constructs/console-hosting.ts) and `npm start`'s console server sends it locally
 * (local/console-server.ts), so a page that works locally works behind CloudFront. No CDK
 * imports: the local server loads this too.
 */

/** What the console reads from /config.json (console/src/app/config.ts). */
export interface ConsoleRuntimeConfig {
  apiUrl: string;
  authority: string;
  clientId: string;
  scope?: string;
  logoutUrl?: string;
}

export interface ConsolePolicyOrigins {
  /** Origins the console may call besides itself (connect-src): the API and the identity provider. */
  readonly connectOrigins: readonly string[];
  /** Where the browser goes to sign in and out (form-action, frame-src): the identity provider. */
  readonly signInOrigin: string;
}

/**
 * Only the app's own files run; it talks only to itself, the API and the sign-in endpoints.
 * antd writes its styles at run time, hence 'unsafe-inline' for styles (never for scripts).
 * `upgrade-insecure-requests` is left out for a console served over plain http on this machine.
 */
export function contentSecurityPolicy(origins: ConsolePolicyOrigins, options: { overHttp?: boolean } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${origins.connectOrigins.join(' ')}`,
    `frame-src ${origins.signInOrigin}`,
    "manifest-src 'self'",
    "base-uri 'self'",
    `form-action 'self' ${origins.signInOrigin}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    ...(options.overHttp ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}
