/**
 * The HTTP API, generated from the route table in shared/routes.ts (the same table the local
 * server routes by): one route per entry, key `${method} ${path}`, integrated with the function
 * of the route's group; the Cognito JWT authorizer on every route whose auth is 'jwt', none on
 * the public ('none') and signed-link routes. Stage-wide throttling, per-route overrides from
 * the table, JSON access logs to a KMS-encrypted log group, CORS for the console origin only.
 */
import { CORS } from '../../shared/http/cors';
import { Duration, Lazy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routeKey, type FunctionGroup, type RouteAuth, type RouteDefinition } from '../../shared/routes';
import { acknowledge } from '../compliance';
import type { LogSettings } from './app-function';

/** Stage-wide throttling (requests per second, burst); routes may set their own in routes.ts. */
export const DEFAULT_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** Why a route may be called without a JWT, for the AwsSolutions-APIG4 acknowledgement. */
const UNAUTHENTICATED_REASONS: Readonly<Record<Exclude<RouteAuth, 'jwt'>, string>> = {
  none: 'Public by design: the liveness check and the OpenAPI description return no personal or programme data, and are throttled with the rest of the stage.',
  'signed-link':
    'Calendar apps cannot send a bearer token, so this feed is authorized by the HMAC signature in its link, checked by the handler against a per-staff revocable secret; unsigned or revoked links get 403.',
};

const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  sub: '$context.authorizer.claims.sub',
};

export interface ApiProps {
  /** The only origin CORS allows (the web console). */
  readonly consoleUrl: string;
  readonly logs: LogSettings;
  /** Issuer and audiences (app client ids) of the tokens the JWT authorizer accepts. */
  readonly jwtIssuer: string;
  readonly jwtAudience: string[];
}

export class Api extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  private readonly authorizer: HttpJwtAuthorizer;
  /** CloudFormation RouteSettings (a JSON map, so written in its own casing). */
  private readonly routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      apiName: 'talent-exchange',
      description: 'GD-HK Talent Exchange Coordinator API (v1)',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.consoleUrl],
        // The one CORS description, which the local stand-in applies too.
        allowMethods: CORS.allowMethods.map((method) => apigw.CorsHttpMethod[method]),
        allowHeaders: [...CORS.allowHeaders],
        exposeHeaders: [...CORS.exposeHeaders],
        allowCredentials: false,
        maxAge: Duration.seconds(CORS.maxAgeSeconds),
      },
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      encryptionKey: props.logs.encryptionKey,
      retention: props.logs.retention,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: DEFAULT_THROTTLE,
      detailedMetricsEnabled: true,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    const cfnStage = this.stage.node.defaultChild as apigw.CfnStage;
    cfnStage.routeSettings = Lazy.any({
      produce: () => (Object.keys(this.routeSettings).length > 0 ? this.routeSettings : undefined),
    });

    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      authorizerName: 'cognito-jwt',
      jwtAudience: props.jwtAudience,
    });
  }

  /** The API's base URL (no trailing slash), as the functions and outputs use it. */
  get url(): string {
    return this.httpApi.apiEndpoint;
  }

  /** One route per entry of the table, integrated with the function of its group. */
  addRoutes(
    routes: readonly RouteDefinition[],
    functionOf: (group: FunctionGroup) => lambda.IFunction,
  ): apigw.HttpRoute[] {
    const integrations = new Map<FunctionGroup, HttpLambdaIntegration>();
    const integrationOf = (group: FunctionGroup) => {
      let integration = integrations.get(group);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${group}-integration`, functionOf(group), {
          payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
        });
        integrations.set(group, integration);
      }
      return integration;
    };

    return routes.map((route) => {
      const key = routeKey(route);
      const httpRoute = new apigw.HttpRoute(this, `Route-${route.operationId}`, {
        httpApi: this.httpApi,
        routeKey: apigw.HttpRouteKey.with(route.path, apigw.HttpMethod[route.method]),
        integration: integrationOf(route.group),
        authorizer: route.auth === 'jwt' ? this.authorizer : undefined,
      });
      if (route.auth !== 'jwt') {
        acknowledge(httpRoute, 'AwsSolutions-APIG4', `${key}: ${UNAUTHENTICATED_REASONS[route.auth]}`);
      }
      if (route.throttle) {
        this.routeSettings[key] = {
          ThrottlingRateLimit: route.throttle.rateLimit,
          ThrottlingBurstLimit: route.throttle.burstLimit,
        };
        // Route settings name the route by key, so the route must exist first.
        (this.stage.node.defaultChild as apigw.CfnStage).addResourceDependency(
          httpRoute.node.defaultChild as apigw.CfnRoute,
        );
      }
      return httpRoute;
    });
  }
}
