// Host-page fixture: writes all five widgets, fed by the sample campaign through src + JSON
// Pointers, into #widgets (a file, not inline script, so the strict-CSP page can use it too).
const feeds = {
  'union-vote-tally': 'voteTally',
  'union-action-checklist': 'actionChecklist',
  'union-town-hall': 'townHall2025',
  'union-petition-counter': 'petition',
  'union-ta-list': 'taList',
};
for (const root of document.querySelectorAll('[data-widgets]'))
  for (const [tag, key] of Object.entries(feeds)) {
    const el = document.createElement(tag);
    el.setAttribute('src', `/demo/campaign.json#/${key}`);
    el.setAttribute('source', 'UFCW7');
    const fallback = document.createElement('a');
    fallback.href = 'https://www.ufcw7.org/';
    fallback.textContent = `Fallback for ${tag}`;
    el.append(fallback);
    root.append(el);
  }
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
