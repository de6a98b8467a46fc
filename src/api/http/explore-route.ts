import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../project-root.js';

/**
 * GET /explore: the graph explorer page, and its bundle under /explore/. The files are
 * the ones `npm run build` writes to dist/explore (esbuild bundles src/explore with
 * Cytoscape), so the page needs nothing from the internet; the browser talks to
 * /graphql on this same server, which the Content-Security-Policy enforces.
 */
export const EXPLORE_DIR = join(PROJECT_ROOT, 'dist', 'explore');

const FILES: Record<string, { file: string; type: string }> = {
  '/explore': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explore/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explore/main.js': { file: 'main.js', type: 'text/javascript; charset=utf-8' },
  '/explore/main.css': { file: 'main.css', type: 'text/css; charset=utf-8' },
  '/explore/main.js.map': { file: 'main.js.map', type: 'application/json; charset=utf-8' },
  '/explore/main.css.map': { file: 'main.css.map', type: 'application/json; charset=utf-8' },
};

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Cytoscape sets inline styles on the elements it creates.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Answers the request and returns true when it is one of the explorer's paths. */
export async function serveExplore(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const entry = FILES[url.pathname];
  if (!entry) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return true;
  }
  let body: Buffer;
  try {
    body = await readFile(join(EXPLORE_DIR, entry.file));
  } catch {
    res
      .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      .end('The explorer page is not built: run `npm run build` (npm start does it).');
    return true;
  }
  res.writeHead(200, {
    'content-type': entry.type,
    'content-length': body.length,
    // Unhashed file names: the browser revalidates, so a rebuild shows at once.
    'cache-control': 'no-cache',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
