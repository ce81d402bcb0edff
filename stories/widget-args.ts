/**
 * What every story's args mean, for every widget: the Controls (.storybook/manifest-docs.ts)
 * key each attribute by its name (`heading-level`, `time-zone`), each custom property by its
 * name (`--union-accent`), and the data as `data`. A story renders
 * `<union-x ${widgetArgs(args)} .data=${args.data}>`: the directive writes the element's own
 * attributes and custom properties from the args, so whatever a designer sets in Controls lands
 * on the element as a webmaster would write it, and an arg unset leaves the attribute out.
 */
import { nothing, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';
import { elementDoc } from '../.storybook/manifest-docs.js';

/** The attributes every widget has, and the custom properties, as Controls key them. */
export interface WidgetArgs<T> {
  data?: T;
  src?: string;
  refresh?: number;
  source?: string;
  debug?: boolean;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  'time-zone'?: string;
  [customProperty: `--union-${string}`]: string | undefined;
}

type Value = string | number | boolean | null | undefined;

class WidgetArgsDirective extends Directive {
  private written = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('widgetArgs() goes on the element');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const el = part.element as HTMLElement;
    const attributes = new Set((elementDoc(el.localName)?.attributes ?? []).map((a) => a.name));
    const now = new Set<string>();
    for (const [name, value] of Object.entries(args) as [string, Value][]) {
      if (value === undefined || value === null || value === false || value === '') continue;
      if (name.startsWith('--')) el.style.setProperty(name, String(value));
      else if (attributes.has(name)) el.setAttribute(name, value === true ? '' : String(value));
      else continue;
      now.add(name);
    }
    for (const name of this.written)
      if (!now.has(name))
        if (name.startsWith('--')) el.style.removeProperty(name);
        else el.removeAttribute(name);
    this.written = now;
    return nothing;
  }
}

/** Writes the element's attributes and `--union-*` custom properties from a story's args. */
export const widgetArgs = directive(WidgetArgsDirective);
