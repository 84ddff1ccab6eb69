/**
 * What a browser on the console's origin may send to the API and read back: the one CORS
 * description, which the HTTP API's corsPreflight (infra/constructs/api.ts) and the local
 * stand-in (local/http-adapter.ts) both apply. No CDK imports: the local server loads it too.
 */
export const CORS = {
  allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  /** The headers the console sends. */
  allowHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key'],
  /**
   * The headers the console reads: the version (ETag) for If-Match, where a created resource
   * lives, a download's file name, and how long to wait when the API is unavailable.
   */
  exposeHeaders: ['etag', 'location', 'content-disposition', 'retry-after'],
  maxAgeSeconds: 3600,
} as const;
