/** The kinds of evidence, from the strongest families to the weakest. */
export const SIGNAL_KINDS = [
  'site-adapter',
  'credit-line',
  'source-link',
  'unsafe-link',
  'canonical',
  'meta',
  'json-ld',
  'dateline',
  'byline',
  'wire-credit',
  'copyright',
  'translation',
] as const;

/** What one piece of evidence on the page says about where the article comes from. */
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface Signal {
  kind: SignalKind;
  /** A short quote of what was seen, as plain text (never HTML). */
  evidence: string;
  /** How much this signal counts towards the verdict, 0..1. */
  weight: number;
  /** Where it was seen, e.g. a CSS selector. */
  where?: string;
}

export interface SourceClaim {
  name?: string;
  /** Always an absolute http(s) URL; anything else stays evidence in a signal. */
  url?: string;
  /** `YYYY-MM-DD` or full ISO 8601. */
  publishedAt?: string;
}

export interface Detection {
  source: SourceClaim;
  /** 0..1 */
  confidence: number;
  signals: Signal[];
  /** The title of the copy on this page. */
  title?: string;
  /** Which site adapter recognised the page, if one did. */
  adapter?: string;
}

/** What an adapter reads off a page it knows. */
export interface AdapterResult {
  source: SourceClaim;
  title?: string;
  signals: Signal[];
}

/** One aggregator (or family of sites sharing a template): STYLE.md, "one site, one small file". */
export interface SiteAdapter {
  id: string;
  /** Cheap URL test: no DOM access. */
  matches: (url: URL) => boolean;
  /** Real article URLs of the site; the matcher tests walk them. */
  exampleUrls: readonly string[];
  /** Reads the document only; returns null when the page is not an article it can read. */
  extract: (document: Document, url: URL) => AdapterResult | null;
}
