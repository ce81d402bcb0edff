// Loads built entries (dist/) and writes one widget per tag in ?langs=, each with lang= that
// tag, fed inline data, for the tests that count which language chunks a page fetches.
//   ?entries=vote-tally,petition-counter&langs=en,ko,ko   (default entry: union-widgets)
const params = new URLSearchParams(location.search);
const widgets = {
  'union-widgets': ['union-vote-tally', 'union-petition-counter'],
  'vote-tally': ['union-vote-tally'],
  'petition-counter': ['union-petition-counter'],
};
const data = {
  'union-vote-tally': { results: [{ union: 'Local 9', yes: 90, no: 10 }] },
  'union-petition-counter': { title: 'Petition', url: 'https://a.example/p', count: 5, goal: 10 },
};
const entries = (params.get('entries') ?? 'union-widgets')
  .split(',')
  .filter((e) => Object.hasOwn(widgets, e));
for (const entry of entries) await import(`/dist/${entry}.js`);
const tags = entries.flatMap((e) => widgets[e]);
const main = document.getElementById('widgets');
(params.get('langs') ?? '')
  .split(',')
  .filter(Boolean)
  .forEach((lang, i) => {
    const el = document.createElement(tags[i % tags.length]);
    el.setAttribute('lang', lang);
    el.data = data[el.localName];
    main.append(el);
  });
