// A host page's own Lit component, from its own copy of Lit.
import { LitElement, html } from 'lit';
class HostBadge extends LitElement {
  render() {
    return html`<b>host</b>`;
  }
}
customElements.define('host-badge', HostBadge);
