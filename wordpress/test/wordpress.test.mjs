// The plugin in a real WordPress, offline, driven through a real browser: installed from its zip
// by an administrator, used by an Author (no unfiltered_html) in the block editor and through a
// shortcode, and seen by a logged-out visitor. Run by `npm run test:wordpress`
// (scripts/test-wordpress.mjs), once per WordPress/PHP pair in WP_TEST_MATRIX
// (default "6.5:8.3,6.2:7.4": the newest and the oldest WordPress the builds package has, on the
// newest and the oldest PHP the plugin supports).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { bootWordPress, serveFiles, wordpressZip } from './playground.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ZIP = join(root, 'dist/union-widgets-wordpress.zip');
const PORT = Number(process.env.WP_TEST_PORT || 8640);
const MATRIX = (process.env.WP_TEST_MATRIX || '6.5:8.3,6.2:7.4').split(',').map((pair) => {
  const [wp, php] = pair.split(':');
  return { wp, php };
});
// Generous: PHP compiled to WebAssembly answers in 0.5–6 s a request on a busy 2-core machine.
const WAIT = 60_000;

const campaignText = readFileSync(join(root, 'demo/campaign.json'), 'utf8');
const campaign = JSON.parse(campaignText);
const work = mkdtempSync(join(tmpdir(), 'union-widgets-wp-'));
const write = (name, value) => {
  const path = join(work, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const goodFile = write('campaign.json', campaignText);
// A date the calendar does not have: only the library's own checker (in the browser) sees it.
const badDate = structuredClone(campaign);
badDate.townHall.sessions[1].start = '2021-13-40';
const badDateFile = write('broken-campaign.json', badDate);
// A missing required field: the server's own check sees it too.
const noTitle = structuredClone(campaign);
delete noTitle.townHall.title;
const secondFile = write('campaign-2025.json', campaignText);
// The same campaign later: more signatures.
const newer = structuredClone(campaign);
newer.petition.count += 1000;
const newerFile = write('campaign-newer.json', newer);

// Test scaffolding, never in the plugin: a mu-plugin that switches a request's locale when the
// union_widgets_test_locale cookie asks (WordPress's own settings refuse a locale whose core
// translations are not installed, and this machine cannot download them).
const LOCALE_COOKIE = 'union_widgets_test_locale';
const localePlugin = write(
  'union-widgets-test-locale.php',
  `<?php
function union_widgets_test_locale( $locale ) {
	$asked = isset( $_COOKIE['${LOCALE_COOKIE}'] ) ? (string) $_COOKIE['${LOCALE_COOKIE}'] : '';
	return preg_match( '/^[a-z]{2,3}(_[A-Z]{2})?$/', $asked ) ? $asked : $locale;
}
add_filter( 'locale', 'union_widgets_test_locale' );
add_filter( 'determine_locale', 'union_widgets_test_locale' );
`,
);

/** Data typed into a block by an Author: `&` and `<` are what kses would mangle. */
const TA_TITLE = 'Wages & benefits <2025>';
const taData = JSON.stringify({
  title: TA_TITLE,
  subgroups: [{ name: 'Staffing', items: [{ title: 'Ratios in every unit', status: 'ta' }] }],
});

let browser;
before(async () => {
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    defaultViewport: { width: 1400, height: 1000 },
  });
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A page in its own cookie jar that keeps console errors and uncaught exceptions. */
async function newPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.setDefaultNavigationTimeout(2 * WAIT);
  page.errors = [];
  // The editor asks before leaving unsaved changes; after a failed step, leave anyway.
  page.on('dialog', (dialog) => dialog.accept());
  page.on('pageerror', (e) => page.errors.push(`exception: ${e.message}`));
  page.on('console', (m) => {
    const where = m.location()?.url ?? '';
    // This machine is offline: what wp-admin loads from other hosts (Gravatar images, the
    // welcome guide's pictures) cannot load. Anything else counts.
    if (/ERR_NAME_NOT_RESOLVED/.test(m.text()) && !where.startsWith('http://127.0.0.1')) return;
    if (m.type() === 'error') page.errors.push(`console: ${m.text()} (${where || '?'})`);
  });
  return page;
}

/** Opens `url`; fails on a PHP error, warning, notice or deprecation printed in the page. */
async function visit(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await noPhpProblems(page);
}

async function noPhpProblems(page) {
  const html = await page.content();
  const php = /<b>(Fatal error|Warning|Notice|Deprecated|Parse error)<\/b>:[^\n]*/.exec(html);
  assert.equal(
    php && php[0].replace(/<[^>]+>/g, ''),
    null,
    `PHP printed a problem on ${page.url()}`,
  );
}

/**
 * Types `value` into the field `selector`, again if the page changed it meanwhile: 200 ms after
 * it loads, wp-login.php focuses and selects the user name (wp_attempt_focus), so on a slow
 * machine the next keystrokes replaced what was typed so far (seen: logins refused at random).
 */
async function fill(page, selector, value) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.click(selector, { count: 3 }); // selects what is there, so typing replaces it
    await page.type(selector, value);
    if ((await page.$eval(selector, (e) => e.value)) === value) return;
  }
  assert.fail(`could not type into ${selector} on ${page.url()}`);
}

async function logIn(page, site, user, password) {
  await visit(page, `${site}/wp-login.php`);
  // The page focuses the user name itself (see fill()): type once it has.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await fill(page, '#user_login', user);
  await fill(page, '#user_pass', password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
    page.click('#wp-submit'),
  ]);
  if (!/\/wp-admin\//.test(page.url())) {
    const said = await page.evaluate(() => document.querySelector('#login_error')?.textContent);
    assert.fail(
      `${user} could not log in: at ${page.url()}, WordPress said: ${said?.trim() ?? '(nothing)'}`,
    );
  }
  await noPhpProblems(page);
}

/** A REST call from the logged-in page (cookie + nonce auth). */
async function rest(page, site, path, { method = 'GET', json, file } = {}) {
  return page.evaluate(
    async (site, path, method, json, file) => {
      const nonce = await (await fetch(`${site}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const headers = { 'X-WP-Nonce': nonce };
      let body;
      if (json) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(json);
      } else if (file) {
        body = new FormData();
        body.append('file', new File([file.text], file.name, { type: 'application/json' }));
      }
      const url = `${site}/?rest_route=${encodeURIComponent(path.split('?')[0])}${path.includes('?') ? '&' + path.split('?')[1] : ''}`;
      const res = await fetch(url, { method, headers, body });
      return { status: res.status, body: await res.json() };
    },
    site,
    path,
    method,
    json ?? null,
    file ?? null,
  );
}

/** The frame the blocks are drawn in: the editor canvas iframe (6.3+), or the page. */
const canvas = (page) =>
  page.frames().find((f) => f.name() === 'editor-canvas') ?? page.mainFrame();

/** Waits until the element `tag` (the first one in `frame`) shows `text` in its shadow root. */
async function waitForWidget(frame, tag, text) {
  try {
    await frame.waitForFunction(
      (tag, text) => document.querySelector(tag)?.shadowRoot?.textContent.includes(text),
      { timeout: WAIT },
      tag,
      text,
    );
  } catch {
    const seen = await frame.evaluate((tag) => {
      const el = document.querySelector(tag);
      return el
        ? `${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')} / shadow: ${el.shadowRoot?.textContent.slice(0, 300)}`
        : 'no element';
    }, tag);
    assert.fail(`<${tag}> did not show "${text}" within ${WAIT / 1000} s; it has: ${seen}`);
  }
}

const inspector = '.block-editor-block-inspector';

for (const { wp, php } of MATRIX) {
  describe(`WordPress ${wp} on PHP ${php}`, () => {
    let files;
    let site;
    let admin;
    let author;
    let fileId;
    let postUrl;
    let shortcodeUrl;

    before(
      async () => {
        const zip = await wordpressZip(wp, join(work, `wp-${wp}.zip`));
        files = await serveFiles(
          {
            [`/${zip.name}`]: zip,
            // Another site's campaign feed, for a block that reads its data from an address.
            '/feed/campaign.json': {
              body: campaignText,
              type: 'application/json',
              headers: { 'access-control-allow-origin': '*' },
            },
          },
          PORT + 1,
        );
        const started = Date.now();
        site = await bootWordPress({
          wp,
          php,
          port: PORT,
          zipUrl: `${files.url}/${zip.name}`,
          mounts: [
            `${localePlugin}:/wordpress/wp-content/mu-plugins/union-widgets-test-locale.php`,
          ],
        });
        console.log(
          `# WordPress ${wp} on PHP ${php} booted in ${((Date.now() - started) / 1000).toFixed(0)} s`,
        );
      },
      { timeout: 300_000 },
    );
    after(async () => {
      await admin?.browserContext().close();
      await author?.browserContext().close();
      await site?.stop();
      await files?.close();
    });

    it('an administrator installs the plugin from its zip and activates it', async () => {
      admin = await newPage();
      await logIn(admin, site.url, 'admin', 'password');
      await visit(admin, `${site.url}/wp-admin/plugin-install.php?tab=upload`);
      await (await admin.$('#pluginzip')).uploadFile(ZIP);
      await Promise.all([
        admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        admin.click('#install-plugin-submit'),
      ]);
      assert.match(
        await admin.$eval('body', (b) => b.textContent),
        /Plugin installed successfully/,
      );
      await Promise.all([
        admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        admin.click('a[href*="action=activate"][href*="union-widgets"]'),
      ]);
      assert.ok(await admin.$('tr.active[data-slug="union-widgets"]'), 'the plugin is not active');
      assert.deepEqual(admin.errors, []);
    });

    it('an Author, without unfiltered_html, logs in', async () => {
      const made = await rest(admin, site.url, '/wp/v2/users', {
        method: 'POST',
        json: {
          username: 'author',
          password: 'author-password-1',
          email: 'author@example.org',
          roles: ['author'],
        },
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      author = await newPage();
      await logIn(author, site.url, 'author', 'author-password-1');
      const me = await rest(author, site.url, '/wp/v2/users/me?context=edit');
      assert.equal(
        me.body.capabilities.unfiltered_html,
        undefined,
        'the Author must lack unfiltered_html',
      );
      assert.equal(me.body.capabilities.publish_posts, true);
    });

    it('the editor has the block, offered as five widgets in the inserter', async () => {
      await visit(author, `${site.url}/wp-admin/post-new.php`);
      await author.waitForFunction(() => window.wp?.blocks?.getBlockType('union-widgets/widget'));
      await author.waitForFunction(() => window.wp.data.select('core/editor').getCurrentPostId());
      if (await author.$('.components-modal__screen-overlay')) {
        await author.keyboard.press('Escape');
        await author.waitForSelector('.components-modal__screen-overlay', { hidden: true });
      }
      const titles = await author.evaluate(() =>
        wp.blocks.getBlockVariations('union-widgets/widget', 'inserter').map((v) => v.title),
      );
      assert.deepEqual(titles, [
        'Vote tally',
        'Action checklist',
        'Town hall',
        'Petition counter',
        'Tentative agreements',
      ]);
      // Insert "Town hall" as a person would: the inserter, a search, a click.
      const toggle =
        'button.edit-post-header-toolbar__inserter-toggle, button.editor-document-tools__inserter-toggle';
      const search = '.block-editor-inserter__search input';
      // The inserter opens a moment after the click, and the welcome guide can open late, over
      // the toggle (a loaded CI machine saw the search field missing): close it and try again.
      for (let tries = 0; !(await author.$(search)) && tries < 3; tries++) {
        if (await author.$('.components-modal__screen-overlay')) {
          await author.keyboard.press('Escape');
          await author.waitForSelector('.components-modal__screen-overlay', { hidden: true });
        }
        await author.click(toggle);
        await author.waitForSelector(search, { timeout: 5000 }).catch(() => {});
      }
      await author.type(search, 'Town hall');
      await author.waitForFunction(() =>
        [...document.querySelectorAll('.block-editor-block-types-list__item')].some((b) =>
          b.textContent.includes('Town hall'),
        ),
      );
      await author.evaluate(() =>
        [...document.querySelectorAll('.block-editor-block-types-list__item')]
          .find((b) => b.textContent.includes('Town hall'))
          .click(),
      );
      const blocks = await author.evaluate(() =>
        wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((b) => [b.name, b.attributes.widget]),
      );
      assert.deepEqual(blocks, [['union-widgets/widget', 'town-hall']]);
      if (!(await author.evaluate(() => wp.data.select('core/edit-post').isEditorSidebarOpened())))
        await author.evaluate(() =>
          wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'),
        );
      await author.waitForSelector(`${inspector} .union-widgets-upload:not([disabled])`);
    });

    it('the block refuses a broken campaign file, listing each problem with its path', async () => {
      await (
        await author.$(`${inspector} .components-form-file-upload input[type=file]`)
      ).uploadFile(badDateFile);
      const shown = await author.waitForFunction(
        (sel) => document.querySelector(`${sel} .union-widgets-problems`)?.textContent,
        {},
        inspector,
      );
      const text = await shown.jsonValue();
      assert.match(text, /broken-campaign\.json was not uploaded/);
      assert.match(text, /townHall\.sessions\[1\]\.start: "2021-13-40" is not a date-time/);
      const list = await rest(author, site.url, '/union-widgets/v1/campaigns');
      assert.deepEqual(list.body, [], 'nothing was stored');
    });

    it('the block uploads a campaign file and previews the real element', async () => {
      await (
        await author.$(`${inspector} .components-form-file-upload input[type=file]`)
      ).uploadFile(goodFile);
      await author.waitForFunction(
        (sel) =>
          document
            .querySelector(`${sel} .components-notice.is-success`)
            ?.textContent.includes('Uploaded campaign.json'),
        {},
        inspector,
      );
      assert.equal(await author.$(`${inspector} .union-widgets-problems`), null);
      fileId = await author.evaluate(
        () => wp.data.select('core/block-editor').getBlocks()[0].attributes.fileId,
      );
      assert.ok(fileId > 0, 'the block points at the uploaded file');
      await waitForWidget(canvas(author), 'union-town-hall', campaign.townHall.title);
    });

    it('an Author publishes all five widgets: file, address and data typed in the block', async () => {
      // The other four, inserted as the inserter would, then set up through the block's settings.
      await author.evaluate((fileId) => {
        const { createBlock } = wp.blocks;
        const make = (widget, attributes) =>
          createBlock('union-widgets/widget', { widget, ...attributes });
        wp.data
          .dispatch('core/block-editor')
          .updateBlockAttributes(wp.data.select('core/block-editor').getBlocks()[0].clientId, {
            source: 'UFCW7',
          });
        wp.data
          .dispatch('core/block-editor')
          .insertBlocks([
            make('petition-counter', { fileId }),
            make('action-checklist', { fileId, lang: 'es' }),
            make('vote-tally', {}),
            make('ta-list', {}),
          ]);
      }, fileId);
      // Selects block `index` and waits until the settings sidebar shows that block (its widget
      // picker says `widget`): until then the sidebar still holds the block selected before, and
      // a click there would land in the wrong block, or in one React is about to replace.
      const select = async (index, widget) => {
        await author.evaluate(
          (i) =>
            wp.data
              .dispatch('core/block-editor')
              .selectBlock(wp.data.select('core/block-editor').getBlocks()[i].clientId),
          index,
        );
        await author.waitForFunction(
          (sel, widget) =>
            document.querySelector(`${sel} select`)?.value === widget &&
            document.querySelector(`${sel} input[type=radio][value=inline]`),
          {},
          inspector,
          widget,
        );
      };
      // Picks a data source from the keyboard (a pointer's click can land on a notice the editor
      // slides over the sidebar) and waits for its `field`; says what the sidebar shows if not.
      const chooseData = async (value, field) => {
        await author.focus(`${inspector} input[type=radio][value=${value}]`);
        await author.keyboard.press('Space');
        try {
          await author.waitForSelector(`${inspector} ${field}`);
        } catch {
          const seen = await author.$eval(inspector, (e) => ({
            checked: [...e.querySelectorAll('input[type=radio]')].map(
              (r) => `${r.value}:${r.checked}`,
            ),
            text: e.textContent.slice(0, 400),
          }));
          assert.fail(`choosing "${value}" did not show ${field}: ${JSON.stringify(seen)}`);
        }
      };
      await select(3, 'vote-tally');
      await chooseData('url', '.union-widgets-url input');
      await author.type(
        `${inspector} .union-widgets-url input`,
        `${files.url}/feed/campaign.json#/voteTally`,
      );
      await select(4, 'ta-list');
      await chooseData('inline', '.union-widgets-json textarea');
      await author.type(`${inspector} .union-widgets-json textarea`, taData);
      assert.equal(await author.$(`${inspector} .union-widgets-problems`), null);
      await waitForWidget(canvas(author), 'union-ta-list', TA_TITLE);
      await waitForWidget(canvas(author), 'union-vote-tally', campaign.voteTally.title);

      const saved = await author.evaluate(async () => {
        const editor = wp.data.select('core/editor');
        const until = (ok) =>
          new Promise((resolve) => {
            if (ok()) return resolve();
            const stop = wp.data.subscribe(() => ok() && (stop(), resolve()));
          });
        // An autosave in flight would take the place of this save.
        await until(() => !editor.isSavingPost() && !editor.isAutosavingPost());
        wp.data.dispatch('core/editor').editPost({ title: 'Our campaign', status: 'publish' });
        await wp.data.dispatch('core/editor').savePost();
        return {
          ok: editor.didPostSaveRequestSucceed(),
          status: editor.getCurrentPost().status,
          id: editor.getCurrentPostId(),
        };
      });
      assert.ok(saved.ok, 'the Author could save');
      assert.equal(saved.status, 'publish', 'the Author could publish');
      // What WordPress kept after its HTML filter ran on the Author's save.
      const post = await rest(author, site.url, `/wp/v2/posts/${saved.id}?context=edit`);
      assert.equal(post.body.status, 'publish');
      assert.equal(post.body.content.raw.match(/<!-- wp:union-widgets\/widget/g).length, 5);
      postUrl = post.body.link;
      assert.deepEqual(author.errors, []);
    });

    it('a logged-out visitor sees every widget render with its data, and no console error', async () => {
      const visitor = await newPage();
      await visit(visitor, postUrl);
      const frame = visitor.mainFrame();
      await waitForWidget(frame, 'union-town-hall', campaign.townHall.title);
      await waitForWidget(frame, 'union-petition-counter', campaign.petition.title);
      await waitForWidget(frame, 'union-action-checklist', 'Completadas'); // lang="es": its own words in Spanish
      await waitForWidget(frame, 'union-action-checklist', campaign.actionChecklist.title);
      await waitForWidget(frame, 'union-vote-tally', campaign.voteTally.title);
      await waitForWidget(frame, 'union-ta-list', TA_TITLE);
      const page = await visitor.evaluate(() => ({
        scripts: [...document.querySelectorAll('script[src*="/plugins/union-widgets/"]')].map(
          (s) =>
            `${s.type || 'classic'}${s.noModule ? ' nomodule' : ''} ${new URL(s.src).pathname.split('/plugins/')[1]}`,
        ),
        fallback: document.querySelector('union-town-hall > a')?.href,
        source: document.querySelector('union-town-hall').getAttribute('source'),
        problems: document.querySelectorAll('.union-widgets-problem').length,
      }));
      assert.deepEqual(page.scripts, [
        'module union-widgets/lib/union-widgets.js',
        'classic nomodule union-widgets/lib/union-widgets.iife.js',
      ]);
      assert.equal(page.source, 'UFCW7');
      assert.match(
        page.fallback,
        /^https:\/\/actionnetwork\.org\/forms\/register-alliance-oct-tth\?.*source=UFCW7/,
      );
      assert.equal(page.problems, 0);
      assert.deepEqual(visitor.errors, []);
      await visitor.browserContext().close();
    });

    it('the shortcode renders a widget in a post an Author writes', async () => {
      const made = await rest(author, site.url, '/wp/v2/posts', {
        method: 'POST',
        json: {
          title: 'Petition',
          status: 'publish',
          content: `<p>Sign it:</p>\n[union_widget type="petition-counter" file="${fileId}" source="UFCW7" accent="#004a8f" lang="vi"]`,
        },
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      shortcodeUrl = made.body.link;
      const visitor = await newPage();
      await visit(visitor, shortcodeUrl);
      await waitForWidget(visitor.mainFrame(), 'union-petition-counter', campaign.petition.title);
      // Vietnamese, one of the library's languages beyond English and Spanish: its own words.
      await waitForWidget(visitor.mainFrame(), 'union-petition-counter', 'Ký thỉnh nguyện thư');
      const el = await visitor.$eval('union-petition-counter', (e) => ({
        lang: e.getAttribute('lang'),
        source: e.getAttribute('source'),
        style: e.getAttribute('style'),
        link: e.querySelector('a')?.href,
      }));
      assert.equal(el.lang, 'vi');
      assert.equal(el.source, 'UFCW7');
      assert.equal(el.style, '--union-accent:#004a8f;');
      assert.match(el.link, /source=UFCW7/);
      assert.deepEqual(visitor.errors, []);
      await visitor.browserContext().close();
    });

    it('a page without widgets loads no plugin script', async () => {
      const visitor = await newPage();
      await visit(visitor, `${site.url}/?page_id=2`);
      assert.match(await visitor.title(), /Sample Page/);
      const html = await visitor.content();
      assert.doesNotMatch(html, /plugins\/union-widgets\//);
      assert.deepEqual(visitor.errors, []);
      await visitor.browserContext().close();
    });

    it('serves a campaign file as JSON with caching headers, and answers a conditional request with 304', async () => {
      const url = `${site.url}/?union_campaign=${fileId}`;
      const first = await fetch(url);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
      assert.equal(first.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(await first.json(), campaign);
      const etag = first.headers.get('etag');
      assert.match(etag, /^"[0-9a-f]{32}"$/);
      const again = await fetch(url, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(
        (await fetch(`${site.url}/?union_campaign=1`)).status,
        404,
        'only campaign files are served',
      );
    });

    it('the server refuses a broken file sent around the editor, and the media library still refuses JSON', async () => {
      const refused = await rest(author, site.url, '/union-widgets/v1/campaigns', {
        method: 'POST',
        file: { name: 'no-title.json', text: JSON.stringify(noTitle) },
      });
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /townHall\.title: is required/);
      const notJson = await rest(author, site.url, '/union-widgets/v1/campaigns', {
        method: 'POST',
        file: { name: 'campaign.json', text: '<?php echo 1; ?>' },
      });
      assert.equal(notJson.status, 400);
      assert.match(notJson.body.message, /campaign\.json is not valid JSON/);
      const media = await rest(author, site.url, '/wp/v2/media', {
        method: 'POST',
        file: { name: 'campaign.json', text: campaignText },
      });
      assert.match(media.body.message, /not allowed to upload this file type/);
      const list = await rest(author, site.url, '/union-widgets/v1/campaigns');
      assert.deepEqual(
        list.body.map((f) => f.id),
        [fileId],
      );
      author.errors = []; // the browser logged each refusal above as a failed request: expected
    });

    it('Media → Campaign files checks a file before sending it, and stores a good one', async () => {
      await visit(author, `${site.url}/wp-admin/upload.php?page=union-widgets-campaigns`);
      await (await author.$('#union-widgets-file')).uploadFile(badDateFile);
      await author.waitForFunction(() => document.querySelector('#union-widgets-check li'));
      assert.match(
        await author.$eval('#union-widgets-check', (e) => e.textContent),
        /townHall\.sessions\[1\]\.start: "2021-13-40" is not a date-time/,
      );
      await author.evaluate(() =>
        document.getElementById('union-widgets-upload').addEventListener('submit', (e) => {
          window.submitted = { prevented: e.defaultPrevented };
          e.preventDefault();
        }),
      );
      await author.click('#submit');
      await author.waitForFunction(() => window.submitted);
      assert.deepEqual(await author.evaluate(() => window.submitted), { prevented: true });

      await visit(author, `${site.url}/wp-admin/upload.php?page=union-widgets-campaigns`);
      await (await author.$('#union-widgets-file')).uploadFile(secondFile);
      await author.waitForFunction(() => !document.querySelector('#union-widgets-check li'));
      await Promise.all([
        author.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        author.click('#submit'),
      ]);
      assert.match(
        await author.$eval('#union-widgets-result', (e) => e.textContent),
        /Saved “campaign-2025”/,
      );
      assert.match(
        await author.$eval('table.widefat', (e) => e.textContent),
        /\[union_widget type="vote-tally" file="\d+"\]/,
      );
      assert.deepEqual(author.errors, []);
    });

    it('a new version of a campaign file keeps its address, so every widget reading it updates', async () => {
      await (await author.$('#union-widgets-file')).uploadFile(newerFile);
      await author.select('#union-widgets-replace', String(fileId));
      await Promise.all([
        author.waitForNavigation({ waitUntil: 'domcontentloaded' }),
        author.click('#submit'),
      ]);
      assert.match(
        await author.$eval('#union-widgets-result', (e) => e.textContent),
        /Saved “campaign”/,
      );
      const served = await (await fetch(`${site.url}/?union_campaign=${fileId}`)).json();
      assert.equal(served.petition.count, newer.petition.count);
      assert.deepEqual(author.errors, []);
    });

    it('a campaign file opens in the campaign editor the plugin carries', async () => {
      const href = await author.$$eval(
        'a.union-widgets-edit',
        (links, id) => links.find((a) => a.href.endsWith(`union_campaign%3D${id}`))?.href,
        fileId,
      );
      assert.ok(href, 'Media → Campaign files links the file to the editor');
      const editor = await newPage();
      await visit(editor, href);
      const shown = (tag, text) =>
        editor.waitForFunction(
          (tag, text) =>
            document
              .querySelector('union-campaign-editor')
              ?.shadowRoot?.querySelector(`ue-preview ${tag}`)
              ?.shadowRoot?.textContent.includes(text),
          {},
          tag,
          text,
        );
      await shown('union-vote-tally', campaign.voteTally.title);
      assert.deepEqual(editor.errors, []);
      await editor.browserContext().close();
    });

    it('in Spanish (es_ES), Media → Campaign files and the block’s settings are in Spanish', async () => {
      await author.setCookie({ name: LOCALE_COOKIE, value: 'es_ES', url: site.url });
      try {
        // PHP's texts (the .mo), and the page script's (its JSON, through wp.i18n).
        await visit(author, `${site.url}/wp-admin/upload.php?page=union-widgets-campaigns`);
        assert.equal(await author.$eval('.wrap h1', (e) => e.textContent), 'Archivos de campaña');
        assert.equal(await author.$eval('#submit', (e) => e.value), 'Subir');
        await (await author.$('#union-widgets-file')).uploadFile(badDateFile);
        const heading = await author.waitForFunction(
          () => document.querySelector('#union-widgets-check p')?.textContent,
        );
        assert.equal(await heading.jsonValue(), 'broken-campaign.json no se puede subir:');

        // The block editor script's texts (its JSON), and block.json's title (the .mo).
        await visit(author, `${site.url}/wp-admin/post-new.php`);
        await author.waitForFunction(() => window.wp?.blocks?.getBlockType('union-widgets/widget'));
        await author.waitForFunction(() => wp.data.select('core/editor').getCurrentPostId());
        const names = await author.evaluate(() => ({
          block: wp.blocks.getBlockType('union-widgets/widget').title,
          inserter: wp.blocks
            .getBlockVariations('union-widgets/widget', 'inserter')
            .map((v) => v.title),
        }));
        assert.deepEqual(names, {
          block: 'Widget sindical',
          inserter: [
            'Resultados de la votación',
            'Lista de acciones',
            'Asamblea',
            'Contador de firmas',
            'Acuerdos tentativos',
          ],
        });
        await author.evaluate(() => {
          wp.data
            .dispatch('core/block-editor')
            .insertBlocks(wp.blocks.createBlock('union-widgets/widget', { widget: 'town-hall' }));
          wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        });
        const upload = await author.waitForSelector(`${inspector} .union-widgets-upload`);
        assert.equal(await upload.evaluate((e) => e.textContent), 'Subir un archivo de campaña');
        const sidebar = await author.$eval(inspector, (e) => e.textContent);
        assert.match(sidebar, /Un archivo de campaña de la biblioteca de medios/);
        assert.match(sidebar, /Datos en este bloque \(JSON\)/);
        assert.deepEqual(author.errors, []);
      } finally {
        await author.deleteCookie({ name: LOCALE_COOKIE, url: site.url });
      }
    });
  });
}
