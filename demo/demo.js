// The demo's language, time-zone and clock switches: they set the attributes a webmaster would.
const main = document.getElementById('widgets');
document.getElementById('lang').addEventListener('change', (e) => {
  document.documentElement.lang = e.target.value;
});
document.getElementById('zone').addEventListener('change', (e) => {
  if (e.target.value) main.setAttribute('time-zone', e.target.value);
  else main.removeAttribute('time-zone');
});

// "Show as of": the widgets' `now` attribute. By default each dated section shows its bulletin's
// week (its data-as-of), so a first visit does not open on "This town hall is over".
const asOf = document.getElementById('as-of');
const asOfTime = document.getElementById('as-of-time');

function showAsOf() {
  const mode = asOf.value;
  document.getElementById('as-of-time-label').hidden = mode !== 'chosen';
  for (const section of main.querySelectorAll('[data-as-of]')) {
    if (mode === 'bulletin') section.setAttribute('now', section.dataset.asOf);
    else section.removeAttribute('now');
  }
  // datetime-local is this device's wall-clock time; Date reads it so.
  const chosen = mode === 'chosen' && asOfTime.value ? new Date(asOfTime.value).toISOString() : '';
  if (chosen) main.setAttribute('now', chosen);
  else main.removeAttribute('now');
}
asOf.addEventListener('change', showAsOf);
asOfTime.addEventListener('change', showAsOf);

document.addEventListener('union-error', (e) => console.info('union-error', e.errors));
