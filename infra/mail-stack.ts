/** SES resources, in the SES region (SES has no ap-east-1 endpoint). */
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Mail, type MailSettings } from './constructs/mail';

export interface MailStackProps extends StackProps {
  readonly mail: MailSettings;
}

export class TalentExchangeMailStack extends Stack {
  readonly mail: Mail;

  constructor(scope: Construct, id: string, props: MailStackProps) {
    super(scope, id, props);
    this.mail = new Mail(this, 'Mail', props.mail);
  }
}
