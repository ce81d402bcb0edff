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
// Every page records its layout shifts in `window.__shifts` (PerformanceObserver, buffered).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shell = (body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
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
          : shell(snippets.join('\n'), q.get('script') === '1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
