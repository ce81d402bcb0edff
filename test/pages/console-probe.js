// Counts console warnings and errors and uncaught errors from the moment the page starts.
window.__warnings = [];
window.__consoleErrors = [];
window.__uncaught = [];
const warn = console.warn.bind(console);
const error = console.error.bind(console);
console.warn = (...args) => (window.__warnings.push(args.join(' ')), warn(...args));
console.error = (...args) => (window.__consoleErrors.push(args.join(' ')), error(...args));
window.addEventListener('error', (e) => window.__uncaught.push(String(e.message)));
