// Types of demo/snippets.js, for the campaign editor (TypeScript) that imports it.

/** dist/sri.json: the CDN folder, each script's integrity hash, each entry's up-front chunks. */
export interface Sri {
  version?: string;
  cdn: string;
  integrity: Record<string, string>;
  preload: Record<string, string[]>;
}

export interface ElementSnippet {
  tag: string;
  src?: string;
  data?: unknown;
  source?: string;
  lang?: string;
  fallbackText?: string;
  fallbackUrl?: string;
}

export interface EmbedParams {
  name: string;
  tag: string;
  src?: string;
  data?: unknown;
  source?: string;
  lang?: string;
  theme?: [string, string][];
}

export const PLACEHOLDER_CDN: string;
export function attr(s: unknown): string;
export function text(s: unknown): string;
export function scriptJson(v: unknown): string;
export function cdnBase(sri: Sri | null | undefined): string;
export function pin(sri: Sri | null | undefined, file: string): string;
export function libraryLines(sri: Sri | null | undefined, entry?: string): string[];
export function themeLines(tag: string, theme?: [string, string][]): string[];
export function elementLines(element: ElementSnippet): string[];
export function scriptSnippet(
  sri: Sri | null | undefined,
  element: ElementSnippet,
  theme?: [string, string][],
): string;
export function embedUrl(params: EmbedParams, base: string): string;
export function iframeSnippet(
  sri: Sri | null | undefined,
  url: string,
  frame: { title: string; height: number },
): string;
