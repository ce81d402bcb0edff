// Media → Campaign files: checks the chosen file in the browser with the library's own checker
// before the form is sent, and lists every problem with its field path. The server checks the
// upload again; without JavaScript the form still works and the server's check answers.
// Its words come from WordPress's wp.i18n, translated with the plugin's languages/ files (see
// union_widgets_admin_scripts()); the problems themselves are the checker's, in English, as the
// command-line tool words them.
import { checkCampaign } from '../js/campaign-check.js';

const { __, sprintf } = window.wp.i18n;

const form = document.getElementById('union-widgets-upload');
const input = document.getElementById('union-widgets-file');
const status = document.getElementById('union-widgets-check');

/** Shows the check's result: a list of problems, or nothing. */
function show(title, lines, kind) {
  const box = document.createElement('div');
  box.className = `notice notice-${kind} inline`;
  const heading = document.createElement('p');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  box.append(heading, list);
  status.replaceChildren(box);
}

let checked = null;
async function check() {
  const file = input.files && input.files[0];
  status.replaceChildren();
  checked = null;
  if (!file) return;
  const found = checkCampaign(await file.text(), file.name, file.size);
  checked = { file, ok: found.errors.length === 0 };
  if (found.errors.length)
    /* translators: %s: file name. */
    show(sprintf(__('%s cannot be uploaded:', 'union-widgets'), file.name), found.errors, 'error');
  else if (found.warnings.length)
    show(
      /* translators: %s: file name. */
      sprintf(__('%s can be uploaded; the widgets will work around:', 'union-widgets'), file.name),
      found.warnings,
      'warning',
    );
}

input?.addEventListener('change', check);
form?.addEventListener('submit', (event) => {
  if (checked && checked.file === input.files[0] && !checked.ok) event.preventDefault();
});
