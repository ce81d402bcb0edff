// Starts listening for CSP violations before anything else loads.
window.__early = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__early.push(`${e.violatedDirective} ${e.blockedURI}`),
);
