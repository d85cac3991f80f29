/** One step on the way from the source link to the original. */
export interface Hop {
  url: string;
  /** HTTP status of this step (3xx for HTTP redirects, usually 200 for meta refresh). */
  status: number;
  /** `navigation`: where the reader's own browser landed (an opaque Google News link). */
  via: 'http' | 'meta-refresh' | 'navigation';
}

/** Why the original could not be reached; each one is a distinct state in the popup. */
export type FailureKind =
  | 'timeout'
  | 'network'
  | 'not-found'
  | 'http-error'
  | 'server-error'
  | 'rate-limited'
  | 'too-many-hops'
  | 'redirect-loop'
  | 'too-large'
  | 'unsafe-url';

export interface Resolved {
  ok: true;
  /** The original's URL after every redirect (and its own canonical, when it names one). */
  finalUrl: string;
  status: number;
  contentType: string;
  hops: Hop[];
  /** The original page's `<title>`, as text. */
  title?: string;
  /** The original's HTML, for extraction: never cached. */
  html?: string;
}

export interface Unresolved {
  ok: false;
  failure: FailureKind;
  status?: number;
  /** A short technical note for fact-checkers ("HTTP 503", "gave up after 15 s"). */
  detail: string;
  hops: Hop[];
  /** Seconds the server asked us to wait (Retry-After). */
  retryAfter?: number;
}

export type ResolveOutcome = Resolved | Unresolved;

/** What a fetcher hands back: the response after HTTP redirects, the body decoded and capped. */
export interface FetchedPage {
  url: string;
  status: number;
  contentType: string;
  body: string;
  redirects: Hop[];
  retryAfter?: string;
  /** The body went past the size cap and was cut there. */
  truncated?: boolean;
}

export interface FetchOptions {
  signal: AbortSignal;
  /** HTTP redirects this fetch may still follow before it must give up. */
  maxRedirects: number;
  maxBytes: number;
}

/** Fetches one URL; throws `ResolveError` for failures it can name. */
export type PageFetcher = (url: URL, options: FetchOptions) => Promise<FetchedPage>;

/** A failure with a name, thrown by fetchers and turned into an `Unresolved` outcome. */
export class ResolveError extends Error {
  constructor(
    readonly failure: FailureKind,
    detail: string,
    readonly hops: Hop[] = [],
  ) {
    super(detail);
    this.name = 'ResolveError';
  }
}
