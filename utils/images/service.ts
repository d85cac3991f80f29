import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { runInTab } from '../provenance/inject';
import { siteOf } from '../resolve/domain';
import { toHttpUrl } from '../resolve/url';
import type { ImageReport, ReportReason } from '../store/db';
import { cachedImageHash, recordSightings, sightingsOf, storeImageHash } from '../store/images';
import { allReports, isHidden, peopleWhoReported, reportImage, reportMatcher, undoReport } from '../store/reports';
import { readSettings } from '../store/settings';
import { readTab } from '../store/tabs';
import type { CoverOrder } from './cover';
import { fetchImage, IMAGE_PROBLEMS, readableImageUrl, type ImageProblem } from './fetch-image';
import { hashImage } from './hash-image';
import { reasonText } from './reasons';
import type { PageImage } from './page-images';
import { PAGE_IMAGE_LIMITS } from './page-images';
import { searchLinks } from './search-links';

/** One image of the tab as the popup shows it. */
export interface ImageView extends PageImage {
  hash?: string;
  problem?: ImageProblem;
  reports: { id: number; reason: ReportReason; note?: string; own: boolean }[];
  /** How many different people reported it. */
  people: number;
  hidden: boolean;
  /** Other articles the reader saw this picture on. */
  seenOn: { pageUrl: string; title?: string; seenAt: number }[];
  searches: { name: string; href: string }[];
}
export interface ImagesView {
  pageUrl: string;
  /** The page is a detected copy: its images are the article's. */
  article: boolean;
  images: ImageView[];
}

export const IMAGE_WORK_LIMITS = {
  /** Images hashed per page for covering; the popup hashes its list within `popupDeadlineMs`. */
  hashedPerPage: 30,
  popupDeadlineMs: 4_000,
  /** Images of a detected article remembered for "seen before". */
  indexedPerArticle: 8,
};

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const size = v.pipe(v.number(), v.minValue(0), v.maxValue(1e6));
const pageImagesSchema = v.pipe(
  v.array(
    v.object({
      src: v.pipe(v.string(), v.check(readableImageUrl, 'an http(s) or data: image')),
      alt: text(PAGE_IMAGE_LIMITS.text),
      caption: text(PAGE_IMAGE_LIMITS.text),
      width: size,
      height: size,
      chrome: v.boolean(),
    }),
  ),
  v.maxLength(PAGE_IMAGE_LIMITS.images),
);

/** The tab's images, read by the `page-images` script (which also stays to cover images). */
function imagesInTab(tabId: number): Promise<PageImage[] | null> {
  return runInTab(tabId, '/page-images.js', pageImagesSchema);
}

// Hashes being computed now: two callers asking for one image share the work.
const hashing = new Map<string, Promise<{ hash: string } | { problem: ImageProblem }>>();

/** The perceptual hash of the image at `url`, from the cache or from its fetched bytes. */
export function hashOf(url: string): Promise<{ hash: string } | { problem: ImageProblem }> {
  const running = hashing.get(url);
  if (running) return running;
  const work = (async () => {
    const cached = await cachedImageHash(url);
    if (cached?.hash) return { hash: cached.hash };
    if (cached?.problem && IMAGE_PROBLEMS.includes(cached.problem)) return { problem: cached.problem };
    const bytes = await fetchImage(url);
    const result = 'blob' in bytes ? await hashImage(bytes.blob) : bytes;
    await storeImageHash(url, result);
    return result;
  })().finally(() => hashing.delete(url));
  hashing.set(url, work);
  return work;
}

/** The cover's label: the reader's own reason, or how many people reported it and why. */
function coverLabel(reports: readonly ImageReport[]): string {
  const own = reports.find((report) => report.reporter === 'self');
  if (own) return t('coverOwn', [reasonText(own.reason)]);
  const first = reports[0];
  return t('coverOthers', [String(peopleWhoReported(reports)), first ? reasonText(first.reason) : '']);
}

/**
 * Covers the tab's reported images (and uncovers undone ones): same address first, then the
 * same picture by hash, up to a per-page number of images hashed. Returns how many it covered.
 */
export async function coverTab(tabId: number): Promise<number> {
  const info = await browser.tabs.get(tabId).catch(() => undefined);
  const { reportThreshold, privacyMode, disabledSites } = await readSettings();
  const site = siteOf(info?.url);
  if (site && disabledSites.includes(site)) return 0;
  const reports = await allReports();
  const images = await imagesInTab(tabId);
  if (!images) return 0;
  // In privacy mode no image is fetched on a page load: reports match by address only.
  const hashed = !privacyMode && reports.some((report) => report.hash !== undefined);
  const orders: CoverOrder[] = [];
  const matching = reportMatcher(reports);
  for (const [index, image] of images.entries()) {
    let found = matching(image.src, undefined);
    if (found.length === 0 && hashed && index < IMAGE_WORK_LIMITS.hashedPerPage) {
      const result = await hashOf(image.src);
      if ('hash' in result) found = matching(undefined, result.hash);
    }
    if (found.length > 0 && isHidden(found, reportThreshold)) orders.push({ src: image.src, label: coverLabel(found) });
  }
  try {
    return (await browser.tabs.sendMessage(tabId, { target: 'upstream-covers', covers: orders, show: t('coverShow') }, { frameId: 0 })) as number;
  } catch {
    return 0; // the tab moved on meanwhile
  }
}

/** Hashes `images` until the deadline; those not done by then are listed without a hash. */
async function hashesBefore(images: PageImage[], deadline: number): Promise<Map<string, { hash: string } | { problem: ImageProblem }>> {
  const results = new Map<string, { hash: string } | { problem: ImageProblem }>();
  await Promise.race([
    Promise.all(images.map(async (image) => results.set(image.src, await hashOf(image.src)))),
    new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now()))),
  ]);
  return new Map(results);
}

/** The tab's images for the popup: reports, "seen before" and search links for each. */
export async function imagesOf(tabId: number): Promise<ImagesView | null> {
  const [tab, images, info] = await Promise.all([readTab(tabId), imagesInTab(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
  const pageUrl = toHttpUrl(info?.url)?.href;
  if (!images || !pageUrl) return null;
  // On an article, its own pictures: the site's header, menus and sidebars are left out.
  const article = tab !== null && tab.pageUrl === pageUrl;
  const listed = article && images.some((image) => !image.chrome) ? images.filter((image) => !image.chrome) : images;
  const [reports, settings, hashes] = await Promise.all([allReports(), readSettings(), hashesBefore(listed, Date.now() + IMAGE_WORK_LIMITS.popupDeadlineMs)]);
  const reportsOf = reportMatcher(reports);
  const views = await Promise.all(
    listed.map(async (image): Promise<ImageView> => {
      const result = hashes.get(image.src);
      const hash = result && 'hash' in result ? result.hash : undefined;
      const matching = reportsOf(image.src, hash);
      const seenOn = hash ? (await sightingsOf(hash, pageUrl)).map(({ pageUrl: page, title, seenAt }) => ({ pageUrl: page, seenAt, ...(title ? { title } : {}) })) : [];
      return {
        ...image,
        ...(hash ? { hash } : {}),
        ...(result && 'problem' in result ? { problem: result.problem } : {}),
        reports: matching.flatMap((report) => (report.id === undefined ? [] : [{ id: report.id, reason: report.reason, own: report.reporter === 'self', ...(report.note ? { note: report.note } : {}) }])),
        people: peopleWhoReported(matching),
        hidden: matching.length > 0 && isHidden(matching, settings.reportThreshold),
        seenOn,
        searches: searchLinks(image.src, settings.searchEngines).map(({ name, href }) => ({ name, href })),
      };
    }),
  );
  return { pageUrl, article, images: views };
}

/**
 * The reader reports an image of a tab (from the popup or the image's context menu). The
 * report is stored even when the image cannot be read; it then matches by address only,
 * and the answer says why.
 */
export async function reportTabImage(request: { tabId: number; imageUrl: string; reason: ReportReason; note?: string }): Promise<{ id: number; problem?: ImageProblem } | { error: 'no-page' | ImageProblem }> {
  const info = await browser.tabs.get(request.tabId).catch(() => undefined);
  const pageUrl = toHttpUrl(info?.url)?.href;
  if (!pageUrl) return { error: 'no-page' };
  const result = await hashOf(request.imageUrl);
  const hash = 'hash' in result ? result.hash : undefined;
  const imageUrl = toHttpUrl(request.imageUrl)?.href;
  // An inline (data:) picture has no address to keep: without its hash it cannot be matched.
  if (!imageUrl && !hash) return { error: 'problem' in result ? result.problem : 'undecodable' };
  const tab = await readTab(request.tabId);
  const sourceUrl = tab?.pageUrl === pageUrl ? toHttpUrl(tab.detection.source.url)?.href : undefined;
  const id = await reportImage({
    pageUrl,
    reason: request.reason,
    ...(imageUrl ? { imageUrl } : {}),
    ...(hash ? { hash } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(request.note ? { note: request.note } : {}),
  });
  await coverTab(request.tabId);
  return { id, ...('problem' in result ? { problem: result.problem } : {}) };
}

/** Takes a report back and uncovers the image in the tab it was made from. */
export async function undoTabReport(request: { tabId?: number; id: number }): Promise<{ ok: true }> {
  await undoReport(request.id);
  if (request.tabId !== undefined) await coverTab(request.tabId);
  return { ok: true };
}

/** After reports changed elsewhere (the options page): every open page is covered again. */
export async function coverAllTabs(): Promise<undefined> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.filter((tab) => tab.id !== undefined && toHttpUrl(tab.url)).map((tab) => coverTab(tab.id ?? -1)));
  return undefined;
}

/** Remembers the pictures of a detected article, for "seen before" on other articles. */
export async function indexArticleImages(tabId: number, pageUrl: string, title: string | undefined): Promise<void> {
  const images = (await imagesInTab(tabId))?.filter((image) => !image.chrome && toHttpUrl(image.src)).slice(0, IMAGE_WORK_LIMITS.indexedPerArticle) ?? [];
  const seenAt = Date.now();
  const sightings = [];
  for (const image of images) {
    const result = await hashOf(image.src);
    if ('hash' in result) sightings.push({ hash: result.hash, imageUrl: image.src, pageUrl, seenAt, ...(title ? { title: title.slice(0, 300) } : {}) });
  }
  await recordSightings(sightings);
}

