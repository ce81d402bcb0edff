// A static file server on 127.0.0.1 for the scripts that drive a browser (Storybook smoke test,
// bench): serves `root`, answers /favicon.ico with 204, and lets a caller add headers or routes.
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
 * Starts serving `root`; `routes` maps a path to a function returning `{ body, type }`.
 * Returns the base URL and a close function.
 */
export async function serve(root, { routes = {}, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (routes[path]) {
      const { body, type } = await routes[path](req);
      return void res.writeHead(200, { 'content-type': type, ...headers }).end(body);
    }
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          ...headers,
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
