/**
 * Runtime configuration, fetched from /config.json at start so one build serves every
 * environment: written by the deployment in AWS (API URL, Cognito user pool as the issuer, the
 * console's app client) and by `npm start` locally (its own OpenID provider plays Cognito).
 */
export interface ConsoleConfig {
  /** Base URL of the API, without a trailing slash. */
  apiUrl: string;
  /** The OpenID provider (issuer): the Cognito user pool's issuer URL in AWS. */
  authority: string;
  /** The console's OAuth client id; ID tokens carry it as their audience. */
  clientId: string;
  /** Scopes asked for (default "openid email profile"). */
  scope?: string;
  /**
   * Where sign-out goes when the provider's discovery document names no end_session_endpoint
   * (Cognito's hosted /logout). The console adds client_id and logout_uri.
   */
  logoutUrl?: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<ConsoleConfig>;
  for (const key of ['apiUrl', 'authority', 'clientId'] as const) {
    if (typeof config[key] !== 'string' || !config[key]) throw new Error(`config.json: ${key} missing`);
  }
  return { ...(config as ConsoleConfig), apiUrl: config.apiUrl!.replace(/\/+$/, '') };
}
