import type { Detection, SourceClaim } from '../detect/types';
import type { ResolveOutcome } from '../resolve/types';
import type { Comparison } from '../verify/compare';
import type { ExtractedArticle } from '../verify/extract';

/** The honest states of DESIGN.md; the popup shows exactly one. */
export type ProvenanceState =
  | 'not-republished'
  | 'detecting'
  | 'resolving'
  | 'named'
  | 'resolved'
  | 'verified'
  | 'edited'
  | 'different'
  | 'unreachable'
  | 'unknown'
  | 'disabled';

/** States after which nothing more will happen without the user. */
export const FINAL_STATES: ReadonlySet<ProvenanceState> = new Set([
  'not-republished',
  'named',
  'resolved',
  'verified',
  'edited',
  'different',
  'unreachable',
  'unknown',
  'disabled',
]);

/** Everything the popup shows for one tab. */
export interface ProvenanceView {
  tabId: number;
  state: ProvenanceState;
  pageUrl?: string;
  /** The page's registrable domain, which "Disable on this site" names. */
  site?: string;
  detection?: Detection;
  lookup?: { outcome: ResolveOutcome; checkedAt: number };
  /** The original as read at its address (without its text). */
  original?: Omit<ExtractedArticle, 'paragraphs'> & { words: number };
  /** The original's own source when it is itself a copy, and that source's, and so on (up to three levels in all). */
  chain?: SourceClaim[];
  comparison?: Comparison;
  copyPublishedAt?: string;
  /** While resolving: what Upstream is doing now. */
  step?: 'following' | 'comparing';
}

/** The state of a copy whose source link was looked up: the lookup's outcome and the comparison, if any. */
export function lookedUpState(outcome: ResolveOutcome, comparison?: Comparison): ProvenanceState {
  if (!outcome.ok) return 'unreachable';
  return comparison?.verdict ?? 'resolved';
}
