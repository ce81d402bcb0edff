// WebKit (the Safari engine) for web-test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver.
// MiniBrowser has no headless mode, so the driver runs under `xvfb-run -a` (its own X display).
// The driver is started in its own process group when the run starts and the whole group
// (xvfb-run, Xvfb, driver, browser) is stopped when it ends. The browser takes its time zone
// from the driver's environment (TZ), not from the test runner's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** MiniBrowser's path (WEBKIT_MINIBROWSER overrides), or undefined when WebKitGTK is missing. */
export function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  return MINIBROWSER_CANDIDATES.find((p) => existsSync(p));
}

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Defined on first use: @web/test-runner-webdriver is only loaded when WebKit runs. */
const defineLauncher = (WebdriverLauncher) =>
  class WebKitLauncher extends WebdriverLauncher {
    constructor({ timeZone, miniBrowser, driverBinary = 'WebKitWebDriver' }) {
      super({
        hostname: '127.0.0.1',
        port: 0, // set once the driver is listening
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // webdriverio 9 asks for BiDi by default; WebKitWebDriver refuses that session.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        },
      });
      this.timeZone = timeZone;
      this.driverBinary = driverBinary;
      this.miniBrowser = miniBrowser;
      this.child = undefined;
    }

    async initialize(config, testFiles) {
      await super.initialize(config, testFiles);
      this.name = 'WebKit';
      if (!this.miniBrowser || !existsSync(this.miniBrowser))
        throw new Error(
          'WebKit: no MiniBrowser found (apt-get install webkit2gtk-driver xvfb xauth, or set WEBKIT_MINIBROWSER).',
        );
      await this.startDriver();
    }

    async startDriver() {
      const port = await freePort();
      const useXvfb = !process.env.WEBKIT_NO_XVFB && onPath('xvfb-run');
      const [cmd, args] = useXvfb
        ? ['xvfb-run', ['-a', this.driverBinary, `--port=${port}`, '--host=local']]
        : [this.driverBinary, [`--port=${port}`, '--host=local']];
      let output = '';
      let exited = null;
      // detached: a new session and process group, so one kill stops xvfb-run, Xvfb, driver and browser.
      const child = spawn(cmd, args, {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TZ: this.timeZone },
      });
      this.child = child;
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code, signal) => (exited = signal ?? code));
      child.on('error', (e) => (exited = e.message));
      // The driver's group outlives us unless stopped: on exit, and on a signal (CI timeouts send
      // SIGTERM, which web-test-runner does not handle) — then re-raise it if nobody else listens.
      process.once('exit', () => this.killDriver());
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(sig, () => {
          this.killDriver();
          if (!process.listenerCount(sig)) process.kill(process.pid, sig);
        });
      }

      const deadline = Date.now() + 20_000;
      for (;;) {
        if (exited !== null)
          throw new Error(`WebKitWebDriver exited (${exited}) before it was ready:\n${output}`);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/status`);
          if (res.ok) break;
        } catch {
          /* not listening yet */
        }
        if (Date.now() > deadline) {
          this.killDriver();
          throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s:\n${output}`);
        }
        await sleep(100);
      }
      this.options.port = port;
    }

    killDriver() {
      const child = this.child;
      this.child = undefined;
      if (!child?.pid) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }

    async stop() {
      await super.stop();
      this.killDriver();
    }

    /**
     * `sendKeys`: each key down and up in turn. webdriverio's keys() presses every key down and
     * only then all up, so a key typed twice in a row is one press ("20000" arrives as "20").
     * A press of "Control+z" is a chord, as Playwright reads it (the plugin passes only `press`
     * and `type` to WebDriver, so a chord cannot be sent as `down`, `press`, `up`).
     */
    async sendKeys(_sessionId, keys) {
      const { Key } = await import('webdriverio');
      const named = (k) => (k.length > 1 && Object.hasOwn(Key, k) ? Key[k] : k);
      const actions = [];
      for (const key of keys) {
        const chord =
          key.length > 1 && key.includes('+') ? key.split('+').map(named) : [named(key)];
        for (const k of chord) actions.push({ type: 'keyDown', value: k });
        for (const k of chord.toReversed()) actions.push({ type: 'keyUp', value: k });
      }
      await this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      await this.driver.releaseActions();
    }
  };

/** @param {{ timeZone: string, miniBrowser?: string }} options */
export async function webkitLauncher({ timeZone, miniBrowser = findMiniBrowser() }) {
  let mod;
  try {
    mod = await import('@web/test-runner-webdriver');
  } catch (e) {
    throw new Error(
      `WebKit needs @web/test-runner-webdriver and webdriverio (run npm ci): ${e.message}`,
    );
  }
  const WebKitLauncher = defineLauncher(mod.WebdriverLauncher);
  return new WebKitLauncher({ timeZone, miniBrowser });
}
