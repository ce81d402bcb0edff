import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * The time-zone list for the zone fields: every IANA name the browser knows, each shown with its
 * region's name and its offset now ("Pacific Time · UTC−07:00") — never an abbreviation such as
 * PST, which names no rules for daylight saving.
 */

/** IANA names the browser supports (Intl.supportedValuesOf), plus UTC. */
export function zoneNames(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  const names = intl.supportedValuesOf?.('timeZone') ?? [];
  return names.includes('UTC') ? names : [...names, 'UTC'];
}

/** "UTC−07:00" for `zone` at `at` (ms), from Intl's long offset; '' for an unknown zone. */
export function offsetText(zone: string, at = Date.now()): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return '';
    return part === 'GMT' ? 'UTC±00:00' : part.replace('GMT', 'UTC').replace('-', '−');
  } catch {
    return '';
  }
}

/** "Pacific Time" for America/Los_Angeles in `lang`; '' when Intl has no name. */
function regionName(zone: string, lang: string, at: number): string {
  try {
    const name = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name && !/^GMT|^UTC/.test(name) ? name : '';
  } catch {
    return '';
  }
}

export interface ZoneOption {
  zone: string;
  /** What the list shows beside the name: region and offset now. */
  label: string;
}

const cache = new Map<string, ZoneOption[]>();

/** Every zone with its label in `lang` (worked out once per language: ~400 formatters). */
export function zoneOptions(lang: string, at = Date.now()): ZoneOption[] {
  let list = cache.get(lang);
  if (!list) {
    list = zoneNames().map((zone) => {
      const region = regionName(zone, lang, at);
      const offset = offsetText(zone, at);
      return { zone, label: region ? `${region} · ${offset}` : offset };
    });
    cache.set(lang, list);
  }
  return list;
}

/**
 * The zone fields' shared suggestion list (`<datalist id="ue-zones">`), rendered once per
 * language rather than with every keystroke's re-render of the form.
 */
export class UeZoneList extends LitElement {
  @property() uiLang = 'en';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    return html`<datalist id="ue-zones">
      ${zoneOptions(this.uiLang).map((o) => html`<option value=${o.zone} label=${o.label}></option>`)}
    </datalist>`;
  }
}
