import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers a browser app may send: JSON bodies, the bearer token, Apollo's CSRF-preflight header. */
const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** Browsers cache a granted preflight this long (seconds), so a busy page does not double its requests. */
const PREFLIGHT_MAX_AGE = 600;

/**
 * Cross-origin access (CORS_ORIGINS). With no list the API is same-origin only: no
 * Access-Control-Allow-Origin header is ever sent, so a page on another site cannot read
 * answers. A listed origin (or any, with `*`) gets the header on its requests and an
 * answered preflight. Returns true when the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  const allowed = origin !== undefined && (allowedOrigins.includes('*') || allowedOrigins.includes(origin));
  if (allowedOrigins.length > 0) res.setHeader('vary', 'Origin');
  if (allowed) res.setHeader('access-control-allow-origin', origin);
  if (!preflight) return false;
  if (allowed) {
    res.writeHead(204, {
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': String(PREFLIGHT_MAX_AGE),
    });
  } else {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
  }
  res.end(allowed ? undefined : 'Cross-origin requests from this origin are not allowed (CORS_ORIGINS)');
  return true;
}
