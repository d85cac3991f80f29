import { registrableDomain } from '../resolve/domain';
import { detectWith } from './engine';
import type { Detection } from './types';

export type { Detection, Signal, SignalKind, SourceClaim } from './types';

/**
 * Says whether `document` (served at `url`) republishes another outlet's article, who that
 * outlet is, and why. Pure: no network, no storage, no globals. `null` means "not republished".
 */
export function detect(document: Document, url: URL): Detection | null {
  try {
    return detectWith(document, url, registrableDomain);
  } catch {
    return null;
  }
}
