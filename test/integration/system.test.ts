import { startHarness, type Harness } from '../support/harness';
import { routes } from '../../shared/routes';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('routes without a token', () => {
  it('answers /health', async () => {
    const res = await h.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('serves an OpenAPI 3.1 document describing every route of the route table', async () => {
    const res = await h.request('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation = res.body.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId).toBe(route.operationId);
    }
    // Request bodies come from the zod schemas, as named components: strict objects forbid unknown fields.
    const createRotation = res.body.paths['/v1/placements/{placementId}/rotations'].post;
    expect(createRotation.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/RotationInput',
    });
    expect(res.body.components.schemas.RotationInput.additionalProperties).toBe(false);
    // The server is the API's own base URL (config().apiUrl: the local server here, the deployed API in AWS).
    expect(res.body.servers).toEqual([{ url: h.baseUrl, description: 'This API' }]);
  });

  it('answers an unknown path with a problem+json 404', async () => {
    const res = await h.request('GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses a protected route without a valid token, as the JWT authorizer would', async () => {
    expect((await h.request('GET', '/v1/programmes')).status).toBe(401);
    expect((await h.request('GET', '/v1/programmes', { token: 'not-a-jwt' })).status).toBe(401);
    const expired = await h.token({ role: 'admin', expiresInSeconds: -60 });
    expect((await h.request('GET', '/v1/programmes', { token: expired })).status).toBe(401);
  });

  it('refuses a body or query parameter the route does not take', async () => {
    const res = await h.request('GET', '/health?debug=1');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});
