/**
 * Serves the built console as CloudFront does in AWS: static files, `/config.json` (the runtime
 * configuration the deployment writes there), every other path answered with index.html (the
 * app routes it: email links open the page they name), and strict security headers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy, type ConsoleRuntimeConfig } from '../infra/console-policy';

export type { ConsoleRuntimeConfig } from '../infra/console-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The policy the CloudFront distribution sends (infra/console-policy.ts), for this machine's
 * origins: the API, the sign-in and the storage large uploads are posted to.
 */
export function securityHeaders(config: ConsoleRuntimeConfig, uploadsUrl?: string): Record<string, string> {
  const origin = (url: string) => new URL(url).origin;
  const signInOrigin = origin(config.authority);
  const csp = contentSecurityPolicy(
    {
      connectOrigins: [origin(config.apiUrl), signInOrigin, ...(uploadsUrl ? [origin(uploadsUrl)] : [])],
      signInOrigin,
    },
    { overHttp: new URL(config.apiUrl).protocol === 'http:' },
  );
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
}

export function createConsoleServer(options: {
  dist: string;
  config: ConsoleRuntimeConfig;
  uploadsUrl?: string;
}): Server {
  const root = normalize(options.dist);
  const headers = securityHeaders(options.config, options.uploadsUrl);
  const configBody = JSON.stringify(options.config);
  return createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    if (path === '/config.json') {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      res.end(method === 'HEAD' ? undefined : configBody);
      return;
    }
    const file = normalize(join(root, path));
    const inside = file.startsWith(root + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      const immutable = path.startsWith('/assets/');
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(method === 'HEAD' ? undefined : readFileSync(file));
      return;
    }
    // A missing asset is a 404 (a stale tab asks for an old chunk); any other path is a page of the app.
    if (path.startsWith('/assets/') || extname(path)) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' });
    res.end(method === 'HEAD' ? undefined : readFileSync(join(root, 'index.html')));
  });
}
