import type { Detection } from '../detect/types';
import type { ResolveOutcome } from '../resolve/types';

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
  detection?: Detection;
  lookup?: { outcome: ResolveOutcome; checkedAt: number };
}

/** The state that a detection and its lookup (if any) amount to. */
export function stateOf(detection: Detection | undefined, hasLink: boolean, outcome: ResolveOutcome | undefined): ProvenanceState {
  if (!detection) return 'not-republished';
  if (!hasLink) return 'named';
  if (!outcome) return 'resolving';
  return outcome.ok ? 'resolved' : 'unreachable';
}
