/**
 * SES v2: the sender domain identity (Easy DKIM) and the configuration set every email is sent
 * with (account suppression list for bounces and complaints, reputation metrics, TLS required).
 *
 * SES has no endpoint in ap-east-1, so these live in their own stack in the SES region
 * (infra/mail-stack.ts); the app stack refers to them by name and ARN, never by a cross-region
 * reference, and grants sending through grantSendEmail below.
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailSettings {
  /** Region of the SES identity and configuration set. */
  readonly region: string;
  readonly senderDomain: string;
  readonly mailFrom: string;
  readonly configurationSetName: string;
}

export class Mail extends Construct {
  readonly configurationSet: ses.ConfigurationSet;
  readonly identity: ses.EmailIdentity;

  constructor(scope: Construct, id: string, settings: MailSettings) {
    super(scope, id);

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: settings.configurationSetName,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      reputationMetrics: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      sendingEnabled: true,
    });

    // No hosted zone: the DKIM records are printed below for whoever runs the domain's DNS.
    this.identity = new ses.EmailIdentity(this, 'SenderDomain', {
      identity: ses.Identity.domain(settings.senderDomain),
      configurationSet: this.configurationSet,
      dkimSigning: true,
    });
    this.identity.dkimRecords.forEach((record, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        description: `CNAME record ${i + 1} of 3 to publish for Easy DKIM of ${settings.senderDomain}`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }
}

/**
 * Allow sending email (SES v2 SendEmail authorizes as ses:SendEmail) only from the configured
 * address, only through the configured identity and configuration set; and reading the account
 * suppression list, which the notifier checks before sending.
 */
export function grantSendEmail(grantee: Construct & iam.IGrantable, settings: MailSettings): void {
  const stack = Stack.of(grantee);
  const arn = (resource: string, resourceName: string) =>
    stack.formatArn({ service: 'ses', region: settings.region, resource, resourceName });
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'SendFromTheExchangeAddress',
      actions: ['ses:SendEmail'],
      resources: [arn('identity', settings.senderDomain), arn('configuration-set', settings.configurationSetName)],
      conditions: { StringEquals: { 'ses:FromAddress': settings.mailFrom } },
    }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'ReadSuppressionList',
      actions: ['ses:GetSuppressedDestination'],
      resources: ['*'],
    }),
  );
}
