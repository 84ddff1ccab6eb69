/**
 * The app under deployment settings other than the defaults, and a route table with one more
 * per-route throttle than shared/routes.ts has. Template only: functions are not bundled.
 */
import { routes, routeKey, type RouteDefinition } from '../../shared/routes';
import { synthesize, statementsOfRole, actionsOf, type Synthesized } from './synth-app';

const THROTTLED: RouteDefinition = {
  ...routes.find((r) => r.operationId === 'getCalendarFeed')!,
  throttle: { rateLimit: 5, burstLimit: 10 },
};
const ROUTES = routes.map((r) => (r.operationId === THROTTLED.operationId ? THROTTLED : r));

const CONTEXT = {
  senderDomain: 'exchange.ha.example',
  consoleUrl: 'https://console.exchange.ha.example/',
  sesRegion: 'eu-west-1',
  sesConfigurationSetName: 'exchange-mail',
  alarmEmail: 'ops@exchange.ha.example',
  logRetentionDays: 731,
  logLevel: 'DEBUG',
  apiUrl: 'https://api.exchange.ha.example',
  terminationProtection: false,
};

let synth: Synthesized;

beforeAll(() => {
  synth = synthesize({ bundle: false, routes: ROUTES, context: CONTEXT });
}, 120_000);

afterAll(() => synth?.dispose());

const resources = (type: string) => synth.template.findResources(type);

describe('per-route throttling from the route table', () => {
  it('overrides the stage default for that route only, after the route exists', () => {
    const [stage] = Object.values(resources('AWS::ApiGatewayV2::Stage'));
    const key = routeKey(THROTTLED);
    expect(stage!.Properties.RouteSettings[key]).toEqual({ ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 });
    // Only the routes the table throttles have settings.
    expect(Object.keys(stage!.Properties.RouteSettings).sort()).toEqual(
      ROUTES.filter((r) => r.throttle)
        .map(routeKey)
        .sort(),
    );
    const routeId = Object.entries(resources('AWS::ApiGatewayV2::Route')).find(
      ([, r]) => r.Properties.RouteKey === key,
    )![0];
    expect(stage!.DependsOn).toContain(routeId);
  });

  it('is absent when no route sets one', () => {
    // The default synth (stack.test.ts) uses shared/routes.ts; here only the throttled route has settings.
    const [stage] = Object.values(resources('AWS::ApiGatewayV2::Stage'));
    expect(Object.keys(stage!.Properties.RouteSettings)).toHaveLength(ROUTES.filter((r) => r.throttle).length);
  });
});

describe('deployment settings from context', () => {
  it('derive the sender address from the sender domain and pass everything to the functions', () => {
    const functions = Object.entries(resources('AWS::Lambda::Function'));
    // Every function but CDK's deploy-time copier of the console.
    for (const [, fn] of functions.filter(([id]) => !id.startsWith('CustomCDKBucketDeployment'))) {
      const env = fn.Properties.Environment.Variables;
      expect(env).toMatchObject({
        MAIL_FROM: 'exchange@exchange.ha.example',
        SES_CONFIGURATION_SET: 'exchange-mail',
        SES_REGION: 'eu-west-1',
        CONSOLE_URL: 'https://console.exchange.ha.example',
        API_URL: 'https://api.exchange.ha.example',
        LOG_LEVEL: 'DEBUG',
      });
    }
  });

  it('scope email sending to the configured identity, configuration set, region and address', () => {
    const roleId = synth.logicalId(synth.stack.notifications.notifier.role);
    const send = statementsOfRole(synth.template, roleId).find((s) => actionsOf(s).includes('ses:SendEmail'))!;
    const text = JSON.stringify(send.Resource);
    expect(text).toContain(':ses:eu-west-1:');
    expect(text).toContain('identity/exchange.ha.example');
    expect(text).toContain('configuration-set/exchange-mail');
    expect(send.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'exchange@exchange.ha.example' } });
    expect(synth.mailStack.region).toBe('eu-west-1');
  });

  it('use the console origin for CORS and the OAuth callback', () => {
    const [api] = Object.values(resources('AWS::ApiGatewayV2::Api'));
    expect(api!.Properties.CorsConfiguration.AllowOrigins).toEqual(['https://console.exchange.ha.example']);
    const [client] = Object.values(resources('AWS::Cognito::UserPoolClient'));
    expect(client!.Properties.CallbackURLs).toEqual(['https://console.exchange.ha.example/auth/callback']);
  });

  it('set log retention, the alarm subscription and termination protection', () => {
    for (const group of Object.values(resources('AWS::Logs::LogGroup')))
      expect(group.Properties.RetentionInDays).toBe(731);
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@exchange.ha.example',
    });
    expect(synth.stack.terminationProtection).toBe(false);
  });

  it('still pass cdk-nag', () => {
    expect(Object.values(synth.violations()).flat()).toEqual([]);
  });
});
