// A static file server for `npm start` (scripts/start.mjs) and the scripts that drive a browser
// (Storybook smoke test, bench): serves `root` on 127.0.0.1 (or `host`), answers /favicon.ico
// with 204, and lets a caller add headers or routes and say which paths may be served at all.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Starts serving `root`; `routes` maps a path to a function returning `{ body, type }` (and
 * optionally `status` and `headers`);
 * `headers` is an object, or a function of the path returning one; `allow(path)` says which
 * (decoded, normalised) paths exist at all — the rest are 404. Returns the base URL and a close
 * function.
 */
export async function serve(
  root,
  { routes = {}, headers = {}, allow = () => true, host = '127.0.0.1', port = 0 } = {},
) {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
        /^(\.\.[/\\])+/,
        '',
      );
    } catch {
      return void res.writeHead(400).end();
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (!allow(path)) return void res.writeHead(404).end('Not found');
    const extra = typeof headers === 'function' ? headers(path) : headers;
    if (routes[path]) {
      const { body, type, status = 200, headers: own = {} } = await routes[path](req);
      return void res.writeHead(status, { 'content-type': type, ...extra, ...own }).end(body);
    }
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          ...extra,
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const shown = /:/.test(host) ? `[${host}]` : host;
  return { url: `http://${shown}:${server.address().port}`, close: () => server.close() };
}
