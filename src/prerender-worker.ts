/**
 * The embed builder's prerenderer: `prerender()` from src/ssr.ts — the code behind
 * `union-widgets render` — run in a Web Worker, where Lit's server renderer works as it does in
 * Node, away from the page's own elements. Built as dist/prerender.js (scripts/build-ssr.mjs).
 * Messages: `{ id, options }` in; `{ id, html }` or `{ id, error }` out.
 */
import { prerender, type PrerenderOptions } from './ssr.js';

const reply = (message: unknown) =>
  (globalThis as unknown as { postMessage(m: unknown): void }).postMessage(message);

addEventListener('message', async (e) => {
  const { id, options } = (e as MessageEvent<{ id: number; options: PrerenderOptions }>).data;
  try {
    reply({ id, html: await prerender(options) });
  } catch (error) {
    reply({ id, error: String((error as Error)?.message ?? error) });
  }
});
