import { ressFamily } from './ress-family';
import type { SiteAdapter } from '../types';

/** Every site adapter, most specific first. A new site is one file here plus its fixture. */
export const adapters: readonly SiteAdapter[] = [ressFamily];
