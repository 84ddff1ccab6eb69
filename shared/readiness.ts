/**
 * The readiness check's shared facts: the log line the alarm counts, and the event the schedule
 * sends the system function so the probe runs the very route callers use.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const READINESS_FAILED_MESSAGE = 'Readiness check failed';
export const READINESS_ROUTE_KEY = 'GET /health/ready';

/** An API Gateway (payload 2.0) event for GET /health/ready, as the probe schedule sends it. */
export function readinessProbeEvent(): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: READINESS_ROUTE_KEY,
    rawPath: '/health/ready',
    rawQueryString: '',
    headers: { 'user-agent': 'readiness-probe' },
    isBase64Encoded: false,
    requestContext: {
      accountId: 'self',
      apiId: 'readiness-probe',
      domainName: 'readiness-probe',
      domainPrefix: 'readiness-probe',
      http: {
        method: 'GET',
        path: '/health/ready',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'readiness-probe',
      },
      requestId: 'readiness-probe',
      routeKey: READINESS_ROUTE_KEY,
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
  };
}
