// Types of demo/snippets.js, for the campaign editor (TypeScript) that imports it.

/** dist/sri.json: the CDN folders, each script's integrity hash, each entry's up-front chunks. */
export interface Sri {
  version?: string;
  /** The dist/ folder scripts load from. */
  cdn: string;
  /** The dist/ folder the iframe page (embed.html) is opened from. */
  pages?: string;
  integrity: Record<string, string>;
  preload: Record<string, string[]>;
}

/** One widget's snippet: the embed builder's settings() object. */
export interface SnippetSettings {
  /** The widget's name: vote-tally, town-hall, … */
  name: string;
  /** Its element: union-vote-tally, … */
  tag: string;
  /** 'feed': the element reads `src`; 'inline': the data is inside the snippet. */
  mode: 'feed' | 'inline';
  /** The feed, resolved, its hash the JSON Pointer. */
  src?: URL;
  /** The feed address as typed: a relative one stays relative in the snippet. */
  rawSrc: string;
  data?: unknown;
  source?: string;
  lang?: string;
  /** `--union-*` custom properties set on the element. */
  theme: [string, string][];
  fallbackText?: string;
  fallbackUrl?: URL;
  /** The iframe's height in CSS pixels. */
  height: number;
}

/** Where the snippets load from: `base` for scripts, `pages` for the iframe page. */
export interface Bases {
  base: string;
  pages: string;
}

/** Where an address reaches: only a file here, this computer, the local network; '' for anyone. */
export type Reach = '' | 'file' | 'computer' | 'network';

export interface LocalOnlyAddress {
  what: 'script' | 'pages' | 'feed' | 'fallback';
  address: string;
  reach: Exclude<Reach, ''>;
}

export function attr(s: unknown): string;
export function text(s: unknown): string;
export function scriptJson(v: unknown): string;
export function reachOf(address: string): Reach;
export function onlyHere(address: string): string;
export function snippetSrc(s: SnippetSettings): string;
export function embedUrl(s: SnippetSettings, base: string): string;
export function scriptSnippet(
  s: SnippetSettings,
  where: { base: string; sri: Sri | null | undefined },
): string;
export function iframeSnippet(
  s: SnippetSettings,
  where: Bases & { sri: Sri | null | undefined },
): string;
export function localOnlyAddresses(s: SnippetSettings, where: Bases): LocalOnlyAddress[];
export function localOnlyProblems(s: SnippetSettings, where: Bases): string[];
