/**
 * Deployment settings, read once from CDK context (cdk.json, or `-c key=value` on the command
 * line). Every value has a default that synthesizes offline; a real deployment overrides the
 * sender domain, the console URL and the Cognito domain prefix (see infra/README-section.md).
 */
import type { Node } from 'constructs';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export interface DeploymentSettings {
  /** Region of the application (API, table, functions, user pool). */
  readonly region: string;
  /**
   * Region of the SES resources. SES has no endpoint in ap-east-1, so email is sent through a
   * nearby SES region (default Singapore); the functions get it as SES_REGION.
   */
  readonly sesRegion: string;
  /** Domain the notification emails are sent from; an SES domain identity is created for it. */
  readonly senderDomain: string;
  /** From address of every email (must be in senderDomain). */
  readonly mailFrom: string;
  /** Name of the SES configuration set (created in sesRegion, referenced by name from the app). */
  readonly sesConfigurationSetName: string;
  /**
   * Origin of the web console: CORS origin, OAuth callback, links in emails. Default: the
   * console's CloudFront distribution (https://xxxx.cloudfront.net); set it when a custom domain
   * fronts the distribution.
   */
  readonly consoleUrl?: string;
  /** Public base URL of the API when a custom domain fronts it; default the execute-api URL. */
  readonly apiUrl?: string;
  /** Prefix of the Cognito hosted sign-in domain (globally unique per region). */
  readonly authDomainPrefix: string;
  /** Where alarm notifications are emailed (optional; the SNS topic exists either way). */
  readonly alarmEmail?: string;
  readonly logLevel: string;
  readonly logRetention: RetentionDays;
}

const DEFAULTS = {
  region: 'ap-east-1',
  sesRegion: 'ap-southeast-1',
  senderDomain: 'talent-exchange.example.org',
  sesConfigurationSetName: 'talent-exchange',
  authDomainPrefix: 'talent-exchange-coordinator',
  logLevel: 'INFO',
  logRetentionDays: 365,
};

const VALID_RETENTION = new Set<number>(Object.values(RetentionDays).filter((v): v is number => typeof v === 'number'));

export function readSettings(node: Node): DeploymentSettings {
  const str = (key: string, fallback: string) => {
    const value: unknown = node.tryGetContext(key);
    return typeof value === 'string' && value.length > 0 ? value : fallback;
  };
  const optional = (key: string) => {
    const value: unknown = node.tryGetContext(key);
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };

  const senderDomain = str('senderDomain', DEFAULTS.senderDomain);
  const mailFrom = str('mailFrom', `exchange@${senderDomain}`);
  if (!mailFrom.toLowerCase().endsWith(`@${senderDomain.toLowerCase()}`)) {
    throw new Error(`mailFrom (${mailFrom}) must be an address of senderDomain (${senderDomain})`);
  }
  const consoleUrl = optional('consoleUrl')?.replace(/\/+$/, '');
  if (consoleUrl && !/^https:\/\/[^/]+$/.test(consoleUrl) && !/^http:\/\/localhost(:\d+)?$/.test(consoleUrl)) {
    throw new Error(`consoleUrl must be an https origin without a path (got ${consoleUrl})`);
  }
  const retentionDays = Number(node.tryGetContext('logRetentionDays') ?? DEFAULTS.logRetentionDays);
  if (!VALID_RETENTION.has(retentionDays)) {
    throw new Error(`logRetentionDays must be one CloudWatch Logs accepts (got ${retentionDays})`);
  }

  return {
    region: str('region', DEFAULTS.region),
    sesRegion: str('sesRegion', DEFAULTS.sesRegion),
    senderDomain,
    mailFrom,
    sesConfigurationSetName: str('sesConfigurationSetName', DEFAULTS.sesConfigurationSetName),
    consoleUrl,
    apiUrl: optional('apiUrl'),
    authDomainPrefix: str('authDomainPrefix', DEFAULTS.authDomainPrefix),
    alarmEmail: optional('alarmEmail'),
    logLevel: str('logLevel', DEFAULTS.logLevel),
    logRetention: retentionDays as RetentionDays,
  };
}
