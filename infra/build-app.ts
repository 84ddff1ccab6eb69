/**
 * The CDK app: settings from context, the mail stack (SES region) and the application stack
 * (ap-east-1), with the compliance packs registered. Shared by infra/app.ts and the tests so
 * both synthesize exactly the same thing. Environments name a region only: synthesis needs no
 * account, no credentials and no context lookups.
 */
import { App, Tags, type AppProps } from 'aws-cdk-lib';
import type { RouteDefinition } from '../shared/routes';
import { applyCompliance } from './compliance';
import type { MailSettings } from './constructs/mail';
import { TalentExchangeMailStack } from './mail-stack';
import { readSettings } from './settings';
import { TalentExchangeStack } from './stack';

export const APP_STACK_NAME = 'TalentExchange';
export const MAIL_STACK_NAME = 'TalentExchangeMail';

export interface BuildAppOptions extends AppProps {
  /** Replace the route table (tests). */
  readonly routes?: readonly RouteDefinition[];
}

export function buildApp(options: BuildAppOptions = {}) {
  const { routes, ...appProps } = options;
  const app = new App(appProps);
  const settings = readSettings(app.node);
  const packs = applyCompliance(app);

  const mail: MailSettings = {
    region: settings.sesRegion,
    senderDomain: settings.senderDomain,
    mailFrom: settings.mailFrom,
    configurationSetName: settings.sesConfigurationSetName,
  };
  const mailStack = new TalentExchangeMailStack(app, MAIL_STACK_NAME, {
    env: { region: settings.sesRegion },
    description: 'GD-HK Talent Exchange Coordinator: SES sender identity and configuration set',
    mail,
  });
  const stack = new TalentExchangeStack(app, APP_STACK_NAME, {
    env: { region: settings.region },
    description: 'GD-HK Talent Exchange Coordinator: API, data, identity, notifications',
    terminationProtection:
      app.node.tryGetContext('terminationProtection') !== false &&
      app.node.tryGetContext('terminationProtection') !== 'false',
    settings,
    mail,
    routes,
  });
  // Emails need the configuration set and identity: deploy the mail stack first.
  stack.addStackDependency(mailStack, 'the functions send through its SES configuration set');

  Tags.of(app).add('project', 'talent-exchange-coordinator');
  return { app, stack, mailStack, settings, packs };
}
