import { findDate } from '../dates';
import type { PageContext } from '../page';
import { clean } from '../text';
import { nameForUrl } from './links';
import { cleanName } from './names';
import type { Finding } from './types';

// What may follow a credit phrase as the outlet's name: up to 80 characters of one line.
const NAME = '([^\\n]{2,80})';

interface CreditPattern {
  pattern: RegExp;
  weight: number;
  /** Says where the article first appeared (rather than who supplied it). */
  origin?: boolean;
}

const p = (source: string, weight: number, origin = false): CreditPattern => ({ pattern: new RegExp(source, 'iu'), weight, origin });

/**
 * Credit phrases by language. Each captures the outlet's name after it. "First published" with
 * no outlet (a page's own timestamp) and "initialement publié en avril" (its own earlier
 * version) do not match: the phrase must be followed by a preposition and a name.
 */
const CREDITS: readonly CreditPattern[] = [
  // English
  p(`\\b(?:this|the)\\s+(?:article|story|post|piece|report|column|essay)\\s+(?:was\\s+|is\\s+|has\\s+been\\s+|had\\s+)?(?:originally|first)\\s+(?:appeared|published|posted|ran)\\s+(?:on|in|at|by)\\s+(?:the\\s+)?${NAME}`, 0.85, true),
  p(`\\boriginally\\s+(?:appeared|published|posted)\\s+(?:on|in|at|by)\\s+(?:the\\s+)?${NAME}`, 0.8, true),
  p(`\\bfirst\\s+(?:appeared|published)\\s+(?:on|in|at)\\s+(?:the\\s+)?${NAME}`, 0.75, true),
  p(`\\b(?:re-?published|reprinted|republished\\s+with\\s+permission)\\s+(?:with\\s+permission\\s+)?(?:from|of)\\s+(?:the\\s+)?${NAME}`, 0.85, true),
  p(`\\bas\\s+(?:first\\s+)?reported\\s+by\\s+(?:the\\s+)?${NAME}`, 0.55),
  p(`(?:^|[\\s|])source\\s*:\\s*${NAME}`, 0.6),
  p(`\\bthis\\s+article\\s+has\\s+been\\s+adapted\\s+from\\s+its\\s+original\\s+source()`, 0.6),
  // French
  p(`\\bpubli[ée]e?\\s+(?:dans|sur|par)\\s+([^\\n]{2,80}?)\\s+le\\s+\\d`, 0.85, true),
  p(`\\b(?:initialement|originellement|d'abord|originalement)\\s+(?:paru|publi[ée]e?)\\s+(?:dans|sur|par)\\s+(?:le\\s+|la\\s+|l')?${NAME}`, 0.8, true),
  p(`\\blire\\s+la\\s+suite\\s+sur\\s+${NAME}`, 0.7, true),
  // Spanish, Portuguese, Italian
  p(`(?:^|[\\s|])(?:fuente|fonte)\\s*:\\s*${NAME}`, 0.6),
  p(`\\bpublicad[oa]\\s+(?:originalmente|originariamente|por\\s+primera\\s+vez|inicialmente)\\s+(?:en|em|no|na|por|pel[oa])\\s+(?:el\\s+|la\\s+|o\\s+|a\\s+)?${NAME}`, 0.8, true),
  p(`\\bpubblicat[oa]\\s+(?:originariamente|originalmente|per\\s+la\\s+prima\\s+volta)\\s+(?:su|in|da)\\s+${NAME}`, 0.8, true),
  p(`\\bcon\\s+informaci[oó]n\\s+de\\s+${NAME}`, 0.5),
  // German
  p(`(?:^|[\\s|])quelle\\s*:\\s*${NAME}`, 0.6),
  p(`\\b(?:erschien|erschienen|ist)\\s+(?:zuerst|ursprünglich|erstmals)\\s+(?:im|in\\s+der|in|bei|auf)\\s+${NAME}`, 0.8, true),
  p(`\\brebloggt\\s+von\\s+${NAME}`, 0.8, true),
  // Polish, Turkish, Romanian, Danish, Dutch, Russian
  p(`(?:^|[\\s|])(?:źródło|kaynak|sursa|kilde|bron|источник)\\s*:\\s*${NAME}`, 0.6),
  p(`\\bapare\\s+prima\\s+dat[ăa]\\s+(?:în|pe)\\s+${NAME}`, 0.8, true),
  // Arabic
  p(`(?:^|\\s)المصدر\\s*[:：]\\s*${NAME}`, 0.6),
  p(`(?:^|\\s)(?:نقلا|نقلاً)\\s+عن\\s+${NAME}`, 0.6),
  p(`(?:وفق|وفقا|بحسب|حسب)\\s+ما\\s+(?:نقل|نقلت|ذكر|ذكرت|أورد|أوردت|نشر|نشرت)\\s+(?:موقع|صحيفة|وكالة|قناة|مجلة)\\s+${NAME}`, 0.6),
  // Chinese, Japanese, Korean
  p(`(?:来源|來源|稿源|出典|提供|配信元|출처)\\s*[:：]\\s*${NAME}`, 0.65),
  p(`(?:转载自|轉載自)\\s*${NAME}`, 0.8, true),
];

/** Finds a link in the page whose text is `name` and that leaves the site: the credit's URL. */
function linkNamed(page: PageContext, name: string): URL | null {
  const anchors = page.document.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < 3000; i++) {
    const anchor = anchors[i];
    if (anchor?.textContent?.trim() !== name) continue;
    const url = page.link(anchor.getAttribute('href'));
    if (url && !page.isOwnUrl(url)) return url;
  }
  return null;
}

/** Credit lines ("Publié dans …", "Quelle: …", "المصدر: …", "Originally published at …"). */
export function creditSignals(page: PageContext): Finding[] {
  const texts = [page.articleText(), ...page.bylines()];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { pattern, weight, origin } of CREDITS) {
    for (const text of texts) {
      const match = pattern.exec(text);
      if (!match) continue;
      const raw = match[1] ?? '';
      const name = cleanName(raw);
      if (raw && (!name || page.isOwnName(name))) continue;
      const evidence = clean(text.slice(match.index, match.index + match[0].length), 160);
      if (seen.has(evidence)) continue;
      seen.add(evidence);
      const url = name ? linkNamed(page, raw.trim().slice(0, name.length)) ?? linkNamed(page, name) : null;
      const publishedAt = origin ? findDate(text.slice(match.index, match.index + match[0].length + 40)) : undefined;
      findings.push({
        kind: 'credit-line',
        evidence,
        weight,
        claim: {
          ...(name ? { name } : {}),
          ...(url ? { url: url.href } : {}),
          ...(publishedAt ? { publishedAt } : {}),
        },
      });
      if (url && !name) findings[findings.length - 1]!.claim.name = nameForUrl(url);
      break;
    }
  }
  return findings;
}
