// The WordPress plugin's campaign-file check (wordpress/union-widgets/js/campaign-check.js), which
// the block editor and Media → Campaign files run before an upload: every problem worded as
// `union-widgets validate` words it, with its path inside the campaign file.
// Runs the module as the plugin ships it (beside lib/schemas.js), against the built dist/schemas.js
// (built here when missing). The same checks run in a real WordPress in `npm run test:wordpress`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist/schemas.js'))) {
  const r = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  assert.equal(r.status, 0, 'building dist/schemas.js failed');
}
const plugin = mkdtempSync(join(tmpdir(), 'uw-wp-check-'));
after(() => rmSync(plugin, { recursive: true, force: true }));
mkdirSync(join(plugin, 'js'));
mkdirSync(join(plugin, 'lib'));
copyFileSync(
  join(root, 'wordpress/union-widgets/js/campaign-check.js'),
  join(plugin, 'js/campaign-check.js'),
);
copyFileSync(join(root, 'dist/schemas.js'), join(plugin, 'lib/schemas.js'));
const { checkCampaign, checkData, checkPart } = await import(
  pathToFileURL(join(plugin, 'js/campaign-check.js')).href
);

const text = readFileSync(join(root, 'demo/campaign.json'), 'utf8');
const campaign = JSON.parse(text);

test('the sample campaign passes, and its parts are listed (extra keys too)', () => {
  const found = checkCampaign(text, 'campaign.json');
  assert.deepEqual(found.errors, []);
  assert.deepEqual(found.parts, Object.keys(campaign));
});

test('a problem in a part is named by its path in the file', () => {
  const broken = structuredClone(campaign);
  broken.townHall.sessions[1].start = '2021-13-40';
  delete broken.petition.title;
  assert.deepEqual(checkCampaign(JSON.stringify(broken), 'campaign.json').errors, [
    'townHall.sessions[1].start: "2021-13-40" is not a date-time',
    'petition.title: is required',
  ]);
});

test('a part that is not an object is refused at its key', () => {
  const found = checkCampaign(JSON.stringify({ voteTally: [1, 2] }), 'c.json');
  assert.deepEqual(found.errors, ['voteTally: a list is not an object']);
});

test('broken JSON says where, as validate does', () => {
  const [message] = checkCampaign('{\n  "townHall": {,\n}', 'campaign.json').errors;
  assert.match(message, /^campaign\.json is not valid JSON at line 2, column \d+: /);
});

test('a file with none of the widgets’ parts says what it has', () => {
  assert.deepEqual(checkCampaign('{"title":"x","sessions":[]}', 'town-hall.json').errors, [
    'town-hall.json has none of the widgets’ parts (voteTally, actionChecklist, townHall, petition, taList); it has: title, sessions',
  ]);
  assert.match(checkCampaign('[]', 'list.json').errors[0], /^list\.json must hold a JSON object/);
});

test('a file over 5 MB is refused before it is read', () => {
  const [message] = checkCampaign('{}', 'big.json', 6 * 1024 * 1024).errors;
  assert.equal(message, 'big.json is over 5 MB; a campaign file must be smaller.');
});

test('data typed in a block is checked for its widget, paths as validate prints them', () => {
  assert.deepEqual(checkData('town-hall', JSON.stringify(campaign.townHall)).errors, []);
  assert.deepEqual(
    checkData('town-hall', '{"title":"T","timeZone":"Mars/Olympus","sessions":[]}').errors,
    ['timeZone: "Mars/Olympus" is not a time zone (an IANA name such as America/Denver)'],
  );
});

test('a part that is not in the file names what is there', () => {
  const [message] = checkPart('town-hall', { voteTally: {}, townHall2025: {} }, 'townHall').errors;
  assert.equal(
    message,
    '#/townHall resolves to nothing ("townHall" is not in the top level, which has: voteTally, townHall2025)',
  );
  assert.deepEqual(checkPart('town-hall', campaign, 'townHall2025').errors, []);
});
