#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails
// on a console error, an uncaught exception, or an axe violation in the rendered story.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from './static-server.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-smoke: storybook-static/ is missing; run npm run build-storybook first');
  process.exit(2);
}
const server = await serve(root);
const base = server.url;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axeSource = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let failures = 0;
try {
  const page = await browser.newPage();
  for (const story of stories) {
    const problems = [];
    const onConsole = (m) =>
      m.type() === 'error' &&
      problems.push(`console error: ${m.text()} ${m.location()?.url ?? ''}`.trim());
    const onError = (e) => problems.push(`uncaught: ${e.message}`);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, {
      waitUntil: 'networkidle0',
    });
    await page
      .waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, {
        timeout: 10_000,
      })
      .catch(() => problems.push('story did not render'));
    // Let the widgets finish their first update.
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('union-'))
          .map((e) => e.updateComplete),
      ),
    );
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () =>
      (await window.axe.run('#storybook-root')).violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.length})`,
      ),
    );
    problems.push(...violations.map((v) => `axe ${v}`));
    page.off('console', onConsole);
    page.off('pageerror', onError);
    if (problems.length) failures++;
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${story.id}${problems.map((p) => `\n     ${p}`).join('')}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nstorybook smoke: ${stories.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
