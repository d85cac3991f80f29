import type { PageContext } from '../page';
import type { Signal, SourceClaim } from '../types';

/** A signal and what it says about the source. */
export interface Finding extends Signal {
  claim: SourceClaim;
}

/** Reads one family of signals off a page. Must not throw on any input (detect() guards anyway). */
export type Extractor = (page: PageContext) => Finding[];
