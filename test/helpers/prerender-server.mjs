// Dev-server middleware for test/prerender.test.ts: `/__prerender?…` answers a host page holding
// `union-widgets render` snippets, made on the spot by the real command (bin/render.mjs, with the
// built dist/ssr.js and dist/schemas.js — `npm test` builds them; run `npm run build` before
// running the file alone).
//
//   widget=<name>&data=<JSON>&args=<JSON array of extra CLI arguments>   one snippet each; repeat
//                                                                         the three for several
//   script=1   the page loads /dist/union-widgets.js (otherwise no script: the page as a browser
//              without JavaScript shows it; a test can add the script later)
//   raw=1      the snippets alone, not a page
//   slowCss=1  the page's head holds a stylesheet served 300 ms late (it holds the first paint
//              and the script back until it comes, so the script runs before anything is
//              painted); the page records in `window.__firstFrame` whether each widget was defined
//              when its first frame was drawn
// Every page records its layout shifts in `window.__shifts` (PerformanceObserver, buffered).
//
// `/__plain?widget=<name>&data=<JSON>&slow=<ms>` answers a host page holding the embed builder's
// plain snippets with inline data (widget and data repeated for several) (demo/snippets.js, the real code): its script line in <head>,
// loaded through `/__slow/<ms>/dist/…`, which answers dist/ files `ms` late (a slow CDN); the
// page records in `window.__firstFrame` which widgets its first frame shows drawn.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Records in `window.__firstFrame`, for each widget, `defined(el)` as the first frame that shows
 * the page's body is drawn. A frame may come before the body is parsed (a loaded CI machine saw
 * one): it shows no widget, so it is not the one that counts.
 */
const firstFrame = (defined) => `<script>
  requestAnimationFrame(function probe() {
    if (!document.getElementById('after')) return requestAnimationFrame(probe);
    window.__firstFrame = [...document.body.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('union-'))
      .map((e) => ${defined});
  });
</script>`;

const shell = (body, script, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${head}
<script>
  window.__shifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => __shifts.push(e.value)))
    .observe({ type: 'layout-shift', buffered: true });
</script>
${script ? '<script type="module" src="/dist/union-widgets.js"></script>' : ''}
</head><body style="margin:0;font:16px/1.4 sans-serif">
<p id="before">Campaign news</p>
${body}
<p id="after">The rest of the host page</p>
</body></html>`;

export function prerenderPages() {
  return async (ctx, next) => {
    const slow = /^\/__slow\/(\d+)\/(dist\/[\w./-]+\.js|style\.css)$/.exec(ctx.path);
    if (slow && !slow[2].includes('..')) {
      await new Promise((r) => setTimeout(r, Number(slow[1])));
      const css = slow[2] == 'style.css';
      ctx.type = css ? 'css' : 'js';
      ctx.body = css ? 'body { color: #111 }' : readFileSync(slow[2]);
      return;
    }
    if (ctx.path === '/__plain') return plainPage(ctx);
    if (ctx.path !== '/__prerender') return next();
    const { render } = await import('../../bin/render.mjs');
    const q = new URLSearchParams(ctx.querystring);
    const widgets = q.getAll('widget');
    const datas = q.getAll('data');
    const extras = q.getAll('args');
    const dir = mkdtempSync(join(tmpdir(), 'uw-prerender-'));
    try {
      const snippets = [];
      for (const [i, widget] of widgets.entries()) {
        const file = join(dir, `${i}.json`);
        writeFileSync(file, datas[i]);
        const out = [];
        const err = [];
        const code = await render(
          [file, '--widget', widget, '--no-script', ...JSON.parse(extras[i] ?? '[]')],
          { out: (s) => out.push(s), err: (s) => err.push(s) },
        );
        if (code !== 0) {
          ctx.status = 500;
          ctx.body = `render ${widget} exited ${code}: ${err.join('\n')}`;
          return;
        }
        snippets.push(out.join('\n'));
      }
      ctx.type = 'html';
      ctx.body =
        q.get('raw') === '1'
          ? snippets.join('\n')
          : shell(
              snippets.join('\n'),
              q.get('script') === '1',
              q.get('slowCss') === '1'
                ? `${firstFrame('!!customElements.get(e.localName)')}
<link rel="stylesheet" href="/__slow/300/style.css">`
                : '',
            );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/**
 * The builder's plain snippets with inline data: their script line in <head> (once, as a
 * webmaster would put it), the elements in the page.
 */
async function plainPage(ctx) {
  const { scriptSnippet } = await import('../../demo/snippets.js');
  const q = new URLSearchParams(ctx.querystring);
  const datas = q.getAll('data');
  const where = { base: `/__slow/${Number(q.get('slow') ?? 0)}/dist/`, sri: null };
  const head = new Set();
  const body = [];
  for (const [i, name] of q.getAll('widget').entries()) {
    const settings = { name, tag: `union-${name}`, mode: 'inline', theme: [] };
    const lines = scriptSnippet(
      { ...settings, data: JSON.parse(datas[i]), fallbackText: 'Loading the campaign…' },
      where,
    ).split('\n');
    for (const line of lines)
      if (/^<(script|link)/.test(line)) head.add(line);
      else body.push(line);
  }
  // What the first frame shows (its animation-frame callbacks run just before it is painted):
  // for each widget, whether it is drawn.
  const probe = firstFrame("!!e.shadowRoot?.querySelector('.widget')");
  ctx.type = 'html';
  ctx.body = shell(body.join('\n'), false).replace(
    '</head>',
    `${probe}\n${[...head].join('\n')}\n</head>`,
  );
}
