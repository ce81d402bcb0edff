// The demo's language and time-zone switches: they set the attributes a webmaster would.
const main = document.getElementById('widgets');
document.getElementById('lang').addEventListener('change', (e) => {
  document.documentElement.lang = e.target.value;
});
document.getElementById('zone').addEventListener('change', (e) => {
  if (e.target.value) main.setAttribute('time-zone', e.target.value);
  else main.removeAttribute('time-zone');
});
document.addEventListener('union-error', (e) => console.info('union-error', e.errors));
