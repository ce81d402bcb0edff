// A real WordPress on this machine, offline: WordPress Playground's CLI (PHP compiled to
// WebAssembly, with SQLite) serving a WordPress from @wp-playground/wordpress-builds. The CLI
// takes --wp as a URL, not a file, so a small local server hands it the zip; nothing is
// downloaded. The CLI runs in its own process group and is stopped by it, with bounded waits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Neither package exports these paths; both are installed beside this file.
const modules = fileURLToPath(new URL('./node_modules/', import.meta.url));
const CLI = join(modules, '@wp-playground/cli/wp-playground.js');
const BUILDS = join(modules, '@wp-playground/wordpress-builds/src/wordpress');

/**
 * Serves `files` (path → { file | body, type, headers }) on 127.0.0.1:`port`; everything else is
 * 404. Returns { url, close }.
 */
export async function serveFiles(files, port) {
  const server = createServer((req, res) => {
    const entry = files[new URL(req.url, 'http://x').pathname];
    if (!entry) return void res.writeHead(404).end();
    const body = entry.body ?? readFileSync(entry.file);
    res.writeHead(200, { 'content-type': entry.type, ...entry.headers }).end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', (e) =>
      reject(new Error(`cannot serve files on port ${port}: ${e.code ?? e.message}`)),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A whole WordPress `version` (6.2 … 6.5) as one zip at `out`, for serveFiles(). The builds
 * package keeps the PHP in src/wordpress/wp-X.zip and the static files (CSS, JS, images) apart in
 * public/wp-X/ (the browser Playground fetches them from its CDN); the CLI serves only what the
 * zip has, so without them wp-admin has no styles or scripts. Stored, not compressed: quicker.
 * The CLI keeps every zip it fetched in ~/.wordpress-playground/, by URL: `name` (for the URL)
 * carries a hash of the content, so a changed zip is never mistaken for a cached one, and fixed
 * dates make the same content give the same hash.
 */
export async function wordpressZip(version, out) {
  const zip = await JSZip.loadAsync(readFileSync(join(BUILDS, `wp-${version}.zip`)));
  const top = zip.file('wp-load.php') ? '' : 'wordpress/'; // files at the root, or in one folder
  const assets = join(modules, `@wp-playground/wordpress-builds/public/wp-${version}`);
  const add = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) add(path, `${rel}${name}/`);
      else if (rel || name !== 'wordpress-remote-asset-paths')
        zip.file(`${top}${rel}${name}`, readFileSync(path));
    }
  };
  add(assets, '');
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  writeFileSync(out, bytes);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return { name: `wp-${version}-${hash}.zip`, file: out, type: 'application/zip' };
}

/**
 * Boots WordPress `wp` on PHP `php` at http://127.0.0.1:`port`, with WP_DEBUG on (PHP notices
 * and warnings are printed into pages, where the tests look for them) and no outbound HTTP
 * (WP_HTTP_BLOCK_EXTERNAL). `zipUrl` is where the
 * WordPress zip is served; `mounts` ("/host/path:/vfs/path", the site being /wordpress) puts files
 * of this machine into the site, e.g. a test's mu-plugin. Resolves to { url, stop, log } once it answers; rejects with the
 * CLI's output if it exits or is not ready within `timeoutMs`.
 */
export async function bootWordPress({ wp, php, port, zipUrl, mounts = [], timeoutMs = 240_000 }) {
  // The CLI takes another port when this one is busy (a WordPress left over from an interrupted
  // run, say); the tests would then talk to that other WordPress. Refuse instead.
  await portIsFree(port);
  const child = spawn(
    process.execPath,
    [
      CLI,
      'server',
      `--port=${port}`,
      `--wp=${zipUrl}`,
      `--php=${php}`,
      ...mounts.map((mount) => `--mount=${mount}`),
      // PHP notices shown in pages (the tests look for them); an offline site's settings: no
      // requests to wordpress.org (each would wait for a timeout), no cron loopback requests.
      ...['WP_DEBUG', 'WP_DEBUG_DISPLAY', 'WP_HTTP_BLOCK_EXTERNAL', 'DISABLE_WP_CRON'].flatMap(
        (name) => ['--define-bool', name, 'true'],
      ),
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (d) => {
    log = (log + d).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  // Never leave WordPress running: not on a normal exit, nor when this run is interrupted.
  const kill = () => {
    if (!stopped)
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
  };
  process.once('exit', kill);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      kill();
      process.exit(130);
    });

  let reported;
  const ready = new Promise((resolve) => {
    const look = () => {
      // The address, without the colour codes the CLI adds when it thinks it has a terminal.
      reported = /Ready! WordPress is running on (?:\x1b\[[\d;]*m)*(http[^\s\x1b]+)/.exec(log)?.[1];
      if (reported) resolve();
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
  });
  let timer;
  const outcome = await Promise.race([
    ready.then(() => 'ready'),
    exited.then((code) => `exited (${code})`),
    new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    await stop();
    throw new Error(
      `WordPress ${wp} on PHP ${php} did not start (${outcome === 'timeout' ? `not ready within ${timeoutMs / 1000} s` : outcome}). Playground's output:\n${log.slice(-4000)}`,
    );
  }
  const url = `http://127.0.0.1:${port}`;
  if (new URL(reported).port !== String(port)) {
    await stop();
    throw new Error(`WordPress ${wp} started on ${reported}, not on ${url}`);
  }
  return { url, stop, log: () => log };
}

/** Resolves when nothing listens on 127.0.0.1:`port`; rejects, naming the port, otherwise. */
function portIsFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e) =>
      reject(
        new Error(
          `port ${port} is taken (${e.code}): is a WordPress from an earlier run still running? Set WP_TEST_PORT to use another.`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(resolve));
  });
}
