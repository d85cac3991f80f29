import { ressFamily } from './ress-family';
import { googleNews } from './google-news';
import { msn } from './msn';
import { yahoo } from './yahoo';
import { naverNews } from './naver-news';
import { daumNews } from './daum-news';
import type { SiteAdapter } from '../types';

/** Every site adapter, most specific first. A new site is one file here plus its fixture. */
export const adapters: readonly SiteAdapter[] = [ressFamily, googleNews, msn, yahoo, naverNews, daumNews];
