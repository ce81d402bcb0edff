// The prerendered snippet, made in the page by the code that makes it on the command line:
// /dist/prerender.js runs prerender() from src/ssr.ts — Lit's own server renderer and the widgets'
// own element code, the code behind `union-widgets render` — in a Web Worker. The builder's
// prerendered element and the command's are therefore the same markup for the same input.

const WORKER = '/dist/prerender.js';
let worker;
let next = 0;
const waiting = new Map();
let policy;

function start() {
  // The builder runs under Trusted Types: the worker's address goes through a policy that lets
  // this one file through and nothing else.
  policy ??= globalThis.trustedTypes?.createPolicy('union-builder-prerender', {
    createScriptURL: (url) => {
      if (url !== WORKER) throw new TypeError(`not the prerender worker: ${url}`);
      return url;
    },
  });
  worker = new Worker(policy ? policy.createScriptURL(WORKER) : WORKER, { type: 'module' });
  worker.addEventListener('message', ({ data: { id, html, error } }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (error === undefined) job?.resolve(html);
    else job?.reject(new Error(error));
  });
  worker.addEventListener('error', () => {
    for (const job of waiting.values())
      job.reject(new Error('the prerenderer could not start (dist/prerender.js)'));
    waiting.clear();
    worker = undefined;
  });
}

/**
 * The widget element with its declarative shadow root, as `union-widgets render` writes it:
 * `{ widget, data, attributes: { src, source, lang, … }, light }` (see src/ssr.ts).
 */
export function prerender(options) {
  if (!worker) start();
  const id = ++next;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, options });
  });
}
