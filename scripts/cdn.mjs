// Where snippets, the embed builder and the JSON Schemas' $id point: the public npm CDNs, by this
// package's name and version, unless the build is told otherwise.
//   UNION_CDN    the dist/ folder scripts load from. Default: jsDelivr,
//                https://cdn.jsdelivr.net/npm/union-widgets@<version>/dist/
//   UNION_PAGES  the dist/ folder the iframe embed (embed.html) and the builder are opened from.
//                jsDelivr serves .html files as text/plain (its documented restriction), so the
//                default is unpkg, which serves them as HTML:
//                https://unpkg.com/union-widgets@<version>/dist/ — or UNION_CDN when that is set
//                (a local that self-hosts dist/ serves its pages too).
// Both must be absolute http(s) addresses; a missing final / is added.
import { readFileSync } from 'node:fs';

const { name, version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
);

function base(variable, fallback) {
  const value = process.env[variable] || fallback;
  let url;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`${variable}: "${value}" is not an absolute http(s) address of a dist/ folder`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `{ scripts, pages }`: the two dist/ base addresses, each ending in /. */
export function cdnBases() {
  const scripts = base('UNION_CDN', `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`);
  const pages = base(
    'UNION_PAGES',
    process.env.UNION_CDN ? scripts : `https://unpkg.com/${name}@${version}/dist/`,
  );
  return { scripts, pages };
}
