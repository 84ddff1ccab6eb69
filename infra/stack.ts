/**
 * The application stack (ap-east-1): keys, table, identity, HTTP API, functions, notifications,
 * alarms. SES lives in its own stack in the SES region (infra/mail-stack.ts).
 */
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { readinessProbeEvent } from '../shared/readiness';
import type { Construct } from 'constructs';
import { routes as routeTable, type FunctionGroup, type RouteDefinition } from '../shared/routes';
import { Api } from './constructs/api';
import { ApiFunctions, toId } from './constructs/api-functions';
import { ConsoleHosting } from './constructs/console-hosting';
import { ImportUploads } from './constructs/import-uploads';
import type { AppFunction, LogSettings } from './constructs/app-function';
import { DataTable } from './constructs/data-table';
import { Identity } from './constructs/identity';
import { EncryptionKeys } from './constructs/keys';
import type { MailSettings } from './constructs/mail';
import { DailyLifecycle } from './constructs/daily-lifecycle';
import { Notifications } from './constructs/notifications';
import { Alarms } from './constructs/observability';
import type { DeploymentSettings } from './settings';

export interface TalentExchangeStackProps extends StackProps {
  readonly settings: DeploymentSettings;
  readonly mail: MailSettings;
  /** The route table to serve (default: shared/routes.ts; tests pass variations). */
  readonly routes?: readonly RouteDefinition[];
}

export class TalentExchangeStack extends Stack {
  readonly keys: EncryptionKeys;
  readonly data: DataTable;
  readonly identity: Identity;
  readonly api: Api;
  readonly functions: ApiFunctions;
  readonly notifications: Notifications;
  readonly dailyLifecycle: DailyLifecycle;
  readonly alarms: Alarms;
  readonly console: ConsoleHosting;
  /** Large spreadsheet uploads, posted by the browser before an import. */
  readonly uploads: ImportUploads;
  /** The console's origin: the consoleUrl setting, or the distribution's own URL. */
  readonly consoleUrl: string;

  constructor(scope: Construct, id: string, props: TalentExchangeStackProps) {
    super(scope, id, props);
    const { settings, mail } = props;

    this.keys = new EncryptionKeys(this, 'Keys');
    this.data = new DataTable(this, 'Data', { encryptionKey: this.keys.data });

    // The console first: its URL is the default origin of everything below. Its CSP names the API
    // by the execute-api origin of the region (or apiUrl when set), not by a reference to the
    // API, whose CORS names the distribution: a reference each way would be a cycle.
    const signInOrigin = `https://${settings.authDomainPrefix}.auth.${this.region}.amazoncognito.com`;
    this.console = new ConsoleHosting(this, 'Console', {
      connectOrigins: [
        settings.apiUrl ? new URL(settings.apiUrl).origin : `https://*.execute-api.${this.region}.amazonaws.com`,
        `https://cognito-idp.${this.region}.amazonaws.com`,
        signInOrigin,
        ImportUploads.origin(this),
      ],
      signInOrigin,
    });
    this.consoleUrl = settings.consoleUrl ?? this.console.url;

    this.identity = new Identity(this, 'Identity', {
      consoleUrl: this.consoleUrl,
      domainPrefix: settings.authDomainPrefix,
    });

    const logs: LogSettings = { encryptionKey: this.keys.logs, retention: settings.logRetention };
    this.api = new Api(this, 'Api', {
      consoleUrl: this.consoleUrl,
      logs,
      jwtIssuer: this.identity.issuerUrl,
      jwtAudience: [this.identity.consoleClient.userPoolClientId],
    });

    // Names as in shared/config.ts.
    const environment: Record<string, string> = {
      TABLE_NAME: this.data.table.tableName,
      LOG_LEVEL: settings.logLevel,
      MAIL_FROM: mail.mailFrom,
      SES_CONFIGURATION_SET: mail.configurationSetName,
      SES_REGION: mail.region,
      CONSOLE_URL: this.consoleUrl,
      API_URL: settings.apiUrl ?? this.api.url,
    };

    this.functions = new ApiFunctions(this, 'Functions', { data: this.data, logs, environment });
    this.api.addRoutes(props.routes ?? routeTable, (group) => this.apiFunction(group).fn);
    this.uploads = new ImportUploads(this, 'Uploads', {
      consoleUrl: this.consoleUrl,
      encryptionKey: this.keys.data,
      accessLogs: this.console.logs,
    });
    this.uploads.grantImporter(this.apiFunction('batch').fn);

    this.notifications = new Notifications(this, 'Notifications', {
      data: this.data,
      mail,
      messagingKey: this.keys.messaging,
      logs,
      environment,
    });

    this.dailyLifecycle = new DailyLifecycle(this, 'DailyLifecycle', {
      data: this.data,
      messagingKey: this.keys.messaging,
      logs,
      environment,
    });

    this.alarms = new Alarms(this, 'Alarms', { encryptionKey: this.keys.messaging, email: settings.alarmEmail });
    for (const [name, fn] of this.allFunctions()) this.alarms.functionErrors(name, fn);
    this.alarms.queueNotEmpty('NotifierFailures', this.notifications.notifierFailures);
    this.alarms.queueNotEmpty('ReminderFailures', this.notifications.reminderFailures);
    this.alarms.queueNotEmpty('DailyLifecycleFailures', this.dailyLifecycle.failures);
    this.alarms.queueNotEmpty('RedriveFailures', this.notifications.redriveFailures);
    this.alarms.streamFallingBehind(this.notifications.notifier, Duration.minutes(15));
    this.probeReadiness();
    this.alarms.apiServerErrors(this.api.stage.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }));

    // The app and its runtime configuration (console/src/app/config.ts reads it).
    this.console.deploy({
      apiUrl: settings.apiUrl ?? this.api.url,
      authority: this.identity.issuerUrl,
      clientId: this.identity.consoleClient.userPoolClientId,
      scope: 'openid email profile',
      logoutUrl: `${signInOrigin}/logout`,
    });

    // Last, when every grant is in place.
    for (const [, fn] of this.allFunctions()) fn.acknowledgeUnscopableActions();

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', {
      value: this.identity.consoleClient.userPoolClientId,
      description: 'Web console app client',
    });
    new CfnOutput(this, 'JwtIssuer', { value: this.identity.issuerUrl });
    new CfnOutput(this, 'ConsoleUrl', { value: this.consoleUrl, description: 'The web console' });
    new CfnOutput(this, 'ConsoleDistributionUrl', { value: this.console.url });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }

  /**
   * Every minute, run GET /health/ready in the system function (the same handler API Gateway
   * calls), and alarm when it fails repeatedly: /health only says the function runs.
   */
  private probeReadiness(): void {
    const system = this.apiFunction('system');
    const probe = new events.Rule(this, 'ReadinessProbe', {
      description: 'Runs GET /health/ready every minute; the ReadinessFailing alarm counts its failures',
      schedule: events.Schedule.rate(Duration.minutes(1)),
    });
    probe.addTarget(
      new targets.LambdaFunction(system.fn, {
        event: events.RuleTargetInput.fromObject(readinessProbeEvent()),
        // A missed minute is replaced by the next one; there is nothing to catch up.
        retryAttempts: 0,
        maxEventAge: Duration.minutes(1),
      }),
    );
    this.alarms.readinessFailing(system);
  }

  apiFunction(group: FunctionGroup): AppFunction {
    const fn = this.functions.byGroup.get(group);
    if (!fn) throw new Error(`No function for route group ${group}`);
    return fn;
  }

  /** Every function of the stack, by a stable display name. */
  allFunctions(): [string, AppFunction][] {
    return [
      ...[...this.functions.byGroup].map(([group, fn]): [string, AppFunction] => [toId(group), fn]),
      ['Notifier', this.notifications.notifier],
      ['Reminders', this.notifications.reminders],
      ['DailyLifecycle', this.dailyLifecycle.job],
      ['Redrive', this.notifications.redrive],
    ];
  }
}
