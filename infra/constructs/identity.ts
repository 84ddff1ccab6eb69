/**
 * Production identity: a Cognito user pool whose groups are the API's roles (shared/routes.ts
 * ROLES), with the two custom attributes the API reads from the token (custom:institutionId for
 * hospital coordinators, custom:staffId for visiting staff), and the web console's app client.
 *
 * Accounts are created by administrators only (no self sign-up). The custom attributes decide
 * what a caller may see, so only administrators can set them (AdminUpdateUserAttributes): the app
 * client may read them but not write them.
 *
 * MFA: Cognito's MFA setting is per user pool, not per group, so "coordinators and admins must
 * use MFA" can only be enforced by requiring it of everyone; visiting staff enrol an
 * authenticator app at first sign-in too (TOTP only: no SMS role, no SIM-swap exposure).
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES, type Role } from '../../shared/routes';

/** The custom attributes the API reads (as custom:institutionId / custom:staffId claims). */
export const CUSTOM_ATTRIBUTES = ['institutionId', 'staffId'] as const;

const GROUPS: Readonly<Record<Role, { precedence: number; description: string }>> = {
  admin: {
    precedence: 0,
    description: 'Programme office administrators: everything, including programmes and institutions',
  },
  'programme-coordinator': {
    precedence: 10,
    description: 'Programme coordinators (HA Head Office, GD Health Commission)',
  },
  'hospital-coordinator': {
    precedence: 20,
    description: 'Host or home hospital coordinators; custom:institutionId names the hospital',
  },
  staff: { precedence: 30, description: 'Visiting staff; custom:staffId names their staff record' },
};

export interface IdentityProps {
  /** Origin of the web console (OAuth callback and sign-out URLs). */
  readonly consoleUrl: string;
  /** Prefix of the Cognito hosted sign-in domain. */
  readonly domainPrefix: string;
}

export class Identity extends Construct {
  readonly userPool: cognito.UserPool;
  readonly consoleClient: cognito.UserPoolClient;
  /** The JWT issuer the API's authorizer trusts. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: Object.fromEntries(
        CUSTOM_ATTRIBUTES.map((name) => [name, new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true })]),
      ),
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 12,
      },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Plus: threat protection (compromised credentials, adaptive authentication) enforced.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your GD-HK Talent Exchange account',
        emailBody:
          'An account has been created for you on the GD-HK Talent Exchange Coordinator. ' +
          'Sign in with {username} and the temporary password {####}, then set your own password and an authenticator app.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const role of ROLES) {
      this.userPool.addGroup(groupId(role), { groupName: role, ...GROUPS[role] });
    }

    this.userPool.addDomain('HostedDomain', { cognitoDomain: { domainPrefix: props.domainPrefix } });

    this.consoleClient = this.userPool.addClient('ConsoleClient', {
      userPoolClientName: 'web-console',
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${props.consoleUrl}/auth/callback`],
        // The console signs out to /signed-out (console/src/app/auth.tsx sends it as logout_uri).
        logoutUrls: [`${props.consoleUrl}/signed-out`, `${props.consoleUrl}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      authSessionValidity: Duration.minutes(5),
      // locale: the language of a coordinator's emails until they choose one (the API reads it from the ID token).
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true })
        .withCustomAttributes(...CUSTOM_ATTRIBUTES),
      // Deliberately without the custom attributes (and email, which notifications rely on).
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    this.issuerUrl = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}

const groupId = (role: Role) =>
  `${role
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}Group`;
