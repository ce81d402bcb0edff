// The prerendered snippet, made in the page by the code that makes it on the command line:
// dist/prerender.js runs prerender() from src/ssr.ts — Lit's own server renderer and the widgets'
// own element code, the code behind `union-widgets render` — in a Web Worker. The builder's
// prerendered element and the command's are the same markup for the same input.

/**
 * A prerender function backed by the worker at `url` (started on first use):
 * `({ widget, data, attributes, light }) → Promise<string>`, as src/ssr.ts takes them.
 */
export function prerenderer(url) {
  let worker;
  let next = 0;
  const waiting = new Map();
  const start = () => {
    // The builder runs under Trusted Types: the worker's address passes a policy that admits
    // this one file and nothing else.
    const policy = globalThis.trustedTypes?.createPolicy('union-builder-prerender', {
      createScriptURL: (u) => {
        if (u !== url) throw new TypeError(`not the prerender worker: ${u}`);
        return u;
      },
    });
    worker = new Worker(policy ? policy.createScriptURL(url) : url, { type: 'module' });
    worker.addEventListener('message', ({ data: { id, html, error } }) => {
      const job = waiting.get(id);
      waiting.delete(id);
      if (error === undefined) job?.resolve(html);
      else job?.reject(new Error(error));
    });
    worker.addEventListener('error', () => {
      for (const job of waiting.values())
        job.reject(new Error(`the prerenderer (${url}) could not start`));
      waiting.clear();
      worker = undefined;
    });
  };
  return (options) => {
    if (!worker) start();
    const id = ++next;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, options });
    });
  };
}
