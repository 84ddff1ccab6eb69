/**
 * Configuration from the environment, read once. In Lambda only TABLE_NAME and friends are set
 * and the SDK's defaults apply; locally and in tests the *_ENDPOINT overrides point the clients
 * at DynamoDB Local and the local SES.
 */
import { TABLE_NAME_DEFAULT } from './table';

export interface Config {
  region: string;
  /** SES has no endpoint in ap-east-1 (Hong Kong): email goes through the mail stack's region. */
  sesRegion: string;
  tableName: string;
  dynamoEndpoint?: string;
  sesEndpoint?: string;
  /** The bucket large spreadsheet uploads go to (presigned POST), and its endpoint locally. */
  uploadBucket?: string;
  s3Endpoint?: string;
  /** Sender address and SES configuration set for every email. */
  mailFrom: string;
  sesConfigurationSet?: string;
  /** Where links in emails point (the web console). */
  consoleUrl: string;
  /** Public base URL of the API, for calendar feed links. */
  apiUrl: string;
  /** Days before a rotation's start to remind the visitor to confirm it if still SCHEDULED. */
  reminderConfirmDays: number;
  /**
   * Email retries: the first after about `notificationRetryBaseMs`, each later one twice as late
   * (with jitter), never more than `notificationRetryMaxMs` apart, at most
   * `notificationMaxSendAttempts` sends: 30 s, 1, 2, 4, 8 min, then every 15 min, over about
   * 2½ hours — an SES outage of minutes loses nothing.
   */
  notificationRetryBaseMs: number;
  notificationRetryMaxMs: number;
  notificationMaxSendAttempts: number;
  logLevel: string;
}

const positiveInteger = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'ap-east-1';
  return {
    region,
    sesRegion: env.SES_REGION ?? region,
    tableName: env.TABLE_NAME ?? TABLE_NAME_DEFAULT,
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    sesEndpoint: env.SES_ENDPOINT || undefined,
    uploadBucket: env.UPLOAD_BUCKET || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    mailFrom: env.MAIL_FROM ?? 'exchange@talent-exchange.example.org',
    sesConfigurationSet: env.SES_CONFIGURATION_SET || undefined,
    consoleUrl: env.CONSOLE_URL ?? 'http://localhost:3000',
    apiUrl: env.API_URL ?? 'http://localhost:3000',
    reminderConfirmDays: positiveInteger(env.REMINDER_CONFIRM_DAYS, 14),
    notificationRetryBaseMs: positiveInteger(env.NOTIFICATION_RETRY_BASE_MS, 30_000),
    notificationRetryMaxMs: positiveInteger(env.NOTIFICATION_RETRY_MAX_MS, 15 * 60_000),
    notificationMaxSendAttempts: positiveInteger(env.NOTIFICATION_MAX_SEND_ATTEMPTS, 15),
    logLevel: env.LOG_LEVEL ?? 'INFO',
  };
}

let cached: Config | undefined;
/** The process-wide configuration (re-read after resetConfig, which tests use). */
export const config = (): Config => (cached ??= loadConfig());
export const resetConfig = () => {
  cached = undefined;
};
