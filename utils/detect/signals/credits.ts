import { bylines } from '../bylines';
import { dateInUrl, findDate } from '../dates';
import { isOwnName } from '../own-names';
import { nameKey, type PageContext } from '../page';
import { clean, escapeRegExp, matches } from '../text';
import { knownSource } from '../sources';
import { nameForUrl } from './links';
import { cleanName } from './names';
import type { Finding } from './types';

// What may follow a credit phrase as the outlet's name: up to 80 characters of one line.
const NAME = '([^\\n]{2,80})';

interface CreditPattern {
  /** Words the phrase cannot be without (lower case): a cheap test before the full pattern runs. */
  keywords: readonly string[];
  pattern: RegExp;
  weight: number;
  /** Says where the article first appeared (rather than who supplied it). */
  origin?: boolean;
  /** The name runs on into the sentence ("nos confrères de TorrentFreak listent …"): it ends before the first word in lower case. */
  inSentence?: boolean;
}

const p = (keywords: string, source: string, weight: number, origin = false, inSentence = false): CreditPattern => ({
  keywords: keywords.split('|'),
  pattern: new RegExp(source, 'giu'),
  weight,
  origin,
  inSentence,
});

/** Small words a name may hold in lower case ("La Voix du Nord"). */
const NAME_PARTICLE = /^(?:de|du|des|la|le|les|l'|d'|et|y|of|the|and|el|los|del|da|do|dos|di)$/;

/** A name read from a sentence, up to its first word in lower case: "TorrentFreak listent les" → "TorrentFreak". */
function nameBeforeSentence(name: string): string {
  const words = name.split(' ');
  const end = words.findIndex((word, index) => index > 0 && /^[a-zà-ÿ]/.test(word) && !NAME_PARTICLE.test(word));
  const kept = end < 0 ? words : words.slice(0, end);
  // Nor does it end on a small word: "Le Monde de" → "Le Monde".
  while (kept.length > 1 && NAME_PARTICLE.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join(' ');
}

// "Source: …" also credits charts, photos and studies: it counts fully only for a news agency.
const SUPPLIER = 0.5;
const AGENCY_SUPPLIER = 0.75;
// A credit whose outlet is also linked off-site is stronger than either alone.
const LINK_BONUS = 0.15;

/**
 * Credit phrases by language. Each captures the outlet's name after it. "First published" with
 * no outlet (a page's own timestamp) and "initialement publié en avril" (its own earlier
 * version) do not match: the phrase must be followed by a preposition and a name.
 */
const CREDITS: readonly CreditPattern[] = [
  // English
  p('originally|first', `\\b(?:this|the)\\s+(?:article|story|post|piece|report|column|essay)\\s+(?:was\\s+|is\\s+|has\\s+been\\s+|had\\s+)?(?:originally|first)\\s+(?:appeared|published|posted|ran)\\s+(?:on|in|at|by)\\s+${NAME}`, 0.85, true),
  p('originally', `\\boriginally\\s+(?:appeared|published|posted)\\s+(?:on|in|at|by)\\s+${NAME}`, 0.8, true),
  p('first', `\\bfirst\\s+(?:appeared|published)\\s+(?:on|in|at)\\s+${NAME}`, 0.75, true),
  p('publish|reprint', `\\b(?:re-?published|reprinted|republished\\s+with\\s+permission)\\s+(?:with\\s+permission\\s+)?(?:from|of)\\s+${NAME}`, 0.85, true),
  p('reported', `\\bas\\s+(?:first\\s+)?reported\\s+by\\s+${NAME}`, 0.55),
  // Partners' and syndicates' notes: "This story was produced by …", "Distributed by Tribune Content Agency".
  p('produced', `\\bthis\\s+(?:article|story|report|piece)\\s+was\\s+produced\\s+by\\s+${NAME}`, 0.6),
  p('distributed', `(?:^|\\n)\\s*distributed\\s+by\\s+${NAME}`, 0.6),
  p('source', `(?:^|[\\s|])source\\s*:\\s*${NAME}`, SUPPLIER),
  p('adapted', `\\bthis\\s+article\\s+has\\s+been\\s+adapted\\s+from\\s+its\\s+original\\s+source()`, 0.6),
  // French
  p('publi', `\\bpubli[ée]e?\\s+(?:dans|sur|par)\\s+([^\\n]{2,80}?)\\s+le\\s+\\d`, 0.85, true),
  p("initialement|originellement|d'abord|originalement", `\\b(?:initialement|originellement|d'abord|originalement)\\s+(?:paru|publi[ée]e?)\\s+(?:dans|sur|par)\\s+(?:le\\s+|la\\s+|l')?${NAME}`, 0.8, true),
  p('origine', `\\b(?:paru|publi[ée]e?)\\s+à\\s+l['’]origine\\s+(?:dans|sur|par)\\s+(?:le\\s+|la\\s+|l['’])?${NAME}`, 0.8, true),
  p('suite', `\\blire\\s+la\\s+suite\\s+sur\\s+${NAME}`, 0.7, true),
  // A story that opens on a colleague's work: "Chaque année, nos confrères de TorrentFreak listent …"
  // (further down, "selon nos confrères du Monde" only cites them).
  p('confrère', `^[^]{0,200}?\\bnos\\s+confr[èe]res\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’])${NAME}`, 0.6, false, true),
  // Spanish, Portuguese, Italian
  p('fuente|fonte', `(?:^|[\\s|])(?:fuente|fonte)\\s*:\\s*${NAME}`, SUPPLIER),
  p('publicad', `\\bpublicad[oa]\\s+(?:originalmente|originariamente|por\\s+primera\\s+vez|inicialmente)\\s+(?:en|em|no|na|por|pel[oa])\\s+(?:el\\s+|la\\s+|o\\s+|a\\s+)?${NAME}`, 0.8, true),
  p('pubblicat', `\\bpubblicat[oa]\\s+(?:originariamente|originalmente|per\\s+la\\s+prima\\s+volta)\\s+(?:su|in|da)\\s+${NAME}`, 0.8, true),
  p('informaci', `\\bcon\\s+informaci[oó]n\\s+de\\s+${NAME}`, SUPPLIER),
  p('informa', `\\bcom\\s+informa[çc][õo]es\\s+d[aeo]s?\\s+${NAME}`, SUPPLIER),
  // German
  p('quelle', `(?:^|[\\s|])quelle\\s*:\\s*${NAME}`, SUPPLIER),
  p('material', `\\bmit\\s+material\\s+(?:von|der|des)\\s+${NAME}`, SUPPLIER),
  p('zuerst|ursprünglich|erstmals', `\\b(?:erschien|erschienen|ist)\\s+(?:zuerst|ursprünglich|erstmals)\\s+(?:im|in\\s+der|in|bei|auf)\\s+${NAME}`, 0.8, true),
  p('zuerst|ursprünglich|erstmals', `\\b(?:zuerst|ursprünglich|erstmals)\\s+(?:erschienen|veröffentlicht)\\s+(?:im|in\\s+der|in|bei|auf)\\s+${NAME}`, 0.8, true),
  p('reblog', `\\b(?:rebloggt\\s+von|reblogged\\s+from|rebloggé\\s+de)\\s+${NAME}`, 0.8, true),
  // Polish, Turkish, Romanian, Danish, Dutch, Russian
  p('źródło|kaynak|sursa|kilde|bron|источник', `(?:^|[\\s|])(?:źródło|kaynak|sursa|kilde|bron|источник)\\s*:\\s*${NAME}`, SUPPLIER),
  p('apare', `\\bapare\\s+prima\\s+dat[ăa]\\s+(?:în|pe)\\s+${NAME}`, 0.8, true),
  // Arabic
  p('المصدر', `(?:^|\\s)المصدر\\s*[:：]\\s*${NAME}`, SUPPLIER),
  p('نقل', `(?:^|\\s)(?:نقلا|نقلاً)\\s+عن\\s+${NAME}`, 0.6),
  // A story that opens on another outlet's report: "نشرت صحيفة The Times البريطانية تقريرا …".
  p('نشر|ذكر|قال|أفاد|كشف|أورد', `^[^]{0,150}?(?:^|\\s)(?:نشر|نشرت|ذكر|ذكرت|قال|قالت|أفاد|أفادت|كشف|كشفت|أورد|أوردت)\\s+(?:موقع|صحيفة|وكالة|مجلة|قناة|شبكة)\\s+${NAME}`, 0.6),
  p('ما', `(?:وفق|وفقا|بحسب|حسب)\\s+ما\\s+(?:نقل|نقلت|ذكر|ذكرت|أورد|أوردت|نشر|نشرت)\\s+(?:موقع|صحيفة|وكالة|قناة|مجلة)\\s+${NAME}`, 0.6),
  // Armenian, opening the story: "«Առավոտի» փոխանցմամբ" (as relayed by Aravot: the name in the
  // genitive, its ending left out), "«Հրապարակ» թերթը գրում է" (the newspaper Hraparak writes).
  p('փոխանցմամբ', `^[^]{0,300}?«([^«»\\n]{1,60}?)(?:յի|ի)?»\\s*(?:-(?:յի|ի|ու))?\\s*փոխանցմամբ`, 0.6),
  p('գրում|հաղորդում|տեղեկացնում', `^[^]{0,300}?«([^«»\\n]{2,60})»\\s*(?:թերթը|օրաթերթը|շաբաթաթերթը|կայքը|լրատվականը|գործակալությունը)\\s+(?:գրում|հաղորդում|տեղեկացնում)\\s+է`, 0.6),
  // Chinese, Japanese, Korean
  p('来源|來源|稿源|出典|提供|配信元|출처', `(?:来源|來源|稿源|出典|提供|配信元|출처)\\s*[:：]\\s*${NAME}`, SUPPLIER),
  p('转载自|轉載自', `(?:转载自|轉載自)\\s*${NAME}`, 0.8, true),
  // "本記事は、TechRepublic Japanで2017年6月8日に掲載した記事からの転載です", "… より転載"
  p('転載', `(?:本記事|この記事|記事)は、?\\s*([^、。（）()「」]{2,40}?)\\s*(?:で|に|にて)\\s*(?:\\d{4}年\\d{1,2}月\\d{1,2}日に?)?\\s*(?:掲載|公開|配信)(?:した|された|され|済み)?の?記事(?:から|より)?の?転載`, 0.85, true),
  p('転載', `(?:^|[\\s（(「])([^、。\\s（(「」）)]{2,40}?)(?:より|から)の?転載`, 0.8, true),
];

// Profiles on social networks name an outlet but are not its article.
const SOCIAL = /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|t\.me|tiktok\.com|whatsapp\.com|pinterest\.com)$/i;

/** One post on a social network (rather than a profile): it can be where a statement first appeared. */
const SOCIAL_POST = /^\/(?:story\.php|permalink\.php|[^/]+\/(?:posts|status|videos)\/|p\/|reel\/|watch)/;

/** An off-site link that can be an article: not a home page, not a social profile. */
function isArticleLink(page: PageContext, url: URL): boolean {
  // The credit already names another outlet, so another host suffices: two blogs on one
  // platform (gnadlib.wordpress.com, nesselsetzer.wordpress.com) share a registrable domain.
  const host = (u: URL) => u.hostname.replace(/^www\./, '');
  return host(url) !== host(page.url) && url.pathname.length > 1 && (!SOCIAL.test(url.hostname) || SOCIAL_POST.test(url.pathname));
}

// Several phrases on a page often credit one outlet: each link is looked for once a page.
const linksByPage = new WeakMap<PageContext, Map<string, URL | null>>();

function remembered(page: PageContext, key: string, find: () => URL | null): URL | null {
  let known = linksByPage.get(page);
  if (!known) linksByPage.set(page, (known = new Map()));
  let url = known.get(key);
  if (url === undefined) known.set(key, (url = find()));
  return url;
}

/**
 * The credit's link: an off-site link to an article whose text names the outlet ("The
 * Atlantic", "originally appeared on Fox News").
 */
function linkNamed(page: PageContext, name: string): URL | null {
  return remembered(page, `named ${name}`, () => findLinkNamed(page, name));
}

function findLinkNamed(page: PageContext, name: string): URL | null {
  const key = nameKey(name);
  if (key.length < 3) return null;
  // A cheap look at each link's words first: pages carry hundreds of links.
  const probe = name.slice(0, 4).toLowerCase();
  const anchors = page.document.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < 3000; i++) {
    const anchor = anchors[i];
    const text = anchor?.textContent;
    if (!text || text.length > 200 || !text.toLowerCase().includes(probe) || !nameKey(text).includes(key)) continue;
    const url = page.link(anchor.getAttribute('href'));
    if (url && isArticleLink(page, url)) return url;
  }
  return null;
}

/** The first off-site article link in the block holding `phrase`: a credit's link whose text is not the name. */
function linkNear(page: PageContext, phrase: string): URL | null {
  return remembered(page, `near ${phrase.slice(0, 12)}`, () => findLinkNear(page, phrase));
}

function findLinkNear(page: PageContext, phrase: string): URL | null {
  const needle = phrase.slice(0, 24);
  const scope = page.story()?.parentElement ?? page.document.body ?? page.document.documentElement;
  const walker = page.document.createTreeWalker(scope, 4 /* SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < 40_000; node = walker.nextNode(), visited++) {
    if (!node.nodeValue?.includes(needle.slice(0, 12))) continue;
    const block = node.parentElement?.closest('p, li, div, blockquote, section, td');
    for (const anchor of block ? Array.from(block.querySelectorAll('a[href]')).slice(0, 20) : []) {
      const url = page.link(anchor.getAttribute('href'));
      if (url && isArticleLink(page, url)) return url;
    }
    return null;
  }
  return null;
}

/** The finding for one credit phrase, or null when it names no outlet, or the page's own. */
function creditFinding(page: PageContext, credit: CreditPattern, match: RegExpExecArray, text: string): Finding | null {
  const raw = match[1] ?? '';
  const cleaned = cleanName(raw);
  const name = cleaned && credit.inSentence ? nameBeforeSentence(cleaned) : cleaned;
  if (raw && (!name || isOwnName(page, name))) return null;
  // The evidence ends with the name: what follows it in the text is not the credit.
  const nameEnd = name && raw ? match[0].length - raw.length + Math.max(raw.indexOf(name.split(' ').pop() ?? name), 0) + (name.split(' ').pop() ?? name).length : match[0].length;
  const phrase = text.slice(match.index, match.index + nameEnd).trim();
  const url = (name ? linkNamed(page, name) : null) ?? (credit.origin ? linkNear(page, phrase) : null);
  const publishedAt = (credit.origin ? findDate(text.slice(match.index, match.index + match[0].length + 40)) : undefined) ?? (url ? dateInUrl(url) : undefined);
  const agency = name ? knownSource(name)?.kind === 'agency' : false;
  const base = credit.weight === SUPPLIER && agency ? AGENCY_SUPPLIER : credit.weight;
  // "Quelle: UN Program Pushes Digital Public Infrastructure …" linked to the article: a
  // headline, not an outlet's name; the link's site names the outlet.
  const headline = name !== undefined && name.split(' ').length >= 6;
  const claimedName = name && !(headline && url) ? name : url ? nameForUrl(url) : undefined;
  return {
    kind: 'credit-line',
    evidence: clean(phrase, 160),
    weight: Math.min(0.95, base + (url ? LINK_BONUS : 0)),
    claim: {
      ...(claimedName ? { name: claimedName } : {}),
      ...(url ? { url: url.href } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    },
  };
}

/** The first phrase of `credit` in `texts` that makes a finding; later ones are not looked at. */
function firstFinding(page: PageContext, credit: CreditPattern, texts: readonly string[], holding: readonly Set<CreditPattern>[]): Finding | null {
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] ?? '';
    if (!holding[index]?.has(credit)) continue;
    for (const match of matches(credit.pattern, text)) {
      const finding = creditFinding(page, credit, match, text);
      if (finding) return finding;
    }
  }
  return null;
}

let keywordIndex: { pattern: RegExp; credits: Map<string, CreditPattern[]> } | undefined;

/**
 * The credit patterns whose keywords `text` holds, from one search for all keywords rather
 * than one for each pattern. At each position the longest keyword is found, and a keyword
 * holds every shorter one it starts with ("publicad" holds "publi"), so a pattern counts
 * exactly when one of its keywords is in the text.
 */
function patternsWithKeywordsIn(text: string): Set<CreditPattern> {
  if (!keywordIndex) {
    const words = [...new Set(CREDITS.flatMap((credit) => credit.keywords))].sort((a, b) => b.length - a.length);
    const credits = new Map(words.map((word) => [word, CREDITS.filter((credit) => credit.keywords.some((keyword) => word.startsWith(keyword)))]));
    keywordIndex = { pattern: new RegExp(words.map(escapeRegExp).join('|'), 'gi'), credits };
  }
  const { pattern, credits } = keywordIndex;
  const found = new Set<CreditPattern>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (const credit of credits.get(match[0].toLowerCase()) ?? CREDITS) found.add(credit);
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** Credit lines ("Publié dans …", "Quelle: …", "المصدر: …", "Originally published at …"). */
export function creditSignals(page: PageContext): Finding[] {
  const { head, tail } = page.storyText();
  const texts = [head, tail, ...bylines(page)];
  const holding = texts.map(patternsWithKeywordsIn);
  if (holding.every((credits) => credits.size === 0)) return [];
  const findings: Finding[] = [];
  // Only the patterns some text holds the keywords of, in the table's order.
  const held = new Set(holding.flatMap((credits) => [...credits]));
  for (const credit of CREDITS) {
    if (!held.has(credit)) continue;
    const found = firstFinding(page, credit, texts, holding);
    // Overlapping phrases ("This article originally appeared on …" and "originally appeared
    // on …") are one piece of evidence, not two.
    if (found && !findings.some((finding) => finding.evidence.includes(found.evidence) || found.evidence.includes(finding.evidence))) findings.push(found);
  }
  return findings;
}
