import { dayMonthWithYear, findDate, monthNumber } from '../dates';
import type { PageContext } from '../page';
import { AGENCY_ALTERNATION, alternation, KNOWN_SOURCES, knownSource } from '../sources';
import { clean } from '../text';
import type { Finding } from './types';

const AGENCY = `(${AGENCY_ALTERNATION})`;
// Datelines also name outlets that use them for their own copy ("(CNN) —").
const ANY_SOURCE = `(${alternation(KNOWN_SOURCES.flatMap((source) => source.aliases))})`;

/** "LOS ANGELES (AP) —", "Bruselas, 7 oct (EFE).-", "Wiesbaden (KNA/iz).", "(CNN) —". */
const DATELINE = new RegExp(
  `(?:^|[\\s"“>])(?:(\\d{1,2})\\s+([\\p{L}]{3,10})\\.?\\s+)?\\(${ANY_SOURCE}(?:\\s*[/,]\\s*[\\p{L}]{1,12}){0,3}\\)\\s*[.,]?\\s*(?:[-—–]+|[.:]\\s*-?)`,
  'u',
);
/** Story-closing credits: "… Trump. (ANSA).", "(ats/nxp)", "--(بترا)". */
const TRAILER = new RegExp(`(?:[.!?»”"]|--)\\s*[-—–]*\\s*\\(\\s*${AGENCY}(?:\\s*[/,]\\s*[\\p{L}]{1,12}){0,3}\\s*\\)\\s*\\.?(?=\\s|$)`, 'u');
/** "© dpa-AFX", "© dpa-infocom", "Copyright 2020 The Associated Press". */
const COPYRIGHT = new RegExp(`(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*)?(?:the\\s+)?${AGENCY}(?=[\\s,.|;)]|$)`, 'iu');
/** "By Associated Press", "Von Britta Schultejans, dpa", "Af Ritzau", "Par Le Figaro et AFP". */
const BYLINE = new RegExp(
  `(?:^|\\s|\\|)(?:by|par|por|von|af|di|da|de|od|av|door|van|autor:?|artikel von:?)\\s+(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,4}?(?:(?:[,/|]|and|et|avec|y|con|und|mit|with|e)\\s+)?${AGENCY}(?=[\\s,.|)/]|$)`,
  'iu',
);
/** Within a byline only: the agency beside a date ("AFP 28.04.2023", "27-06-2012 | Efe"), "Le Monde with AFP". */
const BYLINE_LOOSE = new RegExp(`(?:^|[\\s|,-])(?:with|avec|and|et|y|con|und|mit)\\s+(?:l'|la\\s+)?${AGENCY}(?=[\\s,.|)]|$)|(?:^|[\\s|-])${AGENCY}\\s*[|,-]?\\s*(?=\\d{1,4}[./-]\\d|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4})|\\d\\s*[|,-]\\s*${AGENCY}\\s*$|^${AGENCY}$|-\\s*${AGENCY}$`, 'iu');
/** "AFP, MANILA": an agency credit heading the story. */
const AGENCY_LEAD = new RegExp(`(?:^|\\s)${AGENCY},\\s+\\p{Lu}{3,}(?:\\s\\p{Lu}{3,})?(?=\\s)`, 'u');

function agencyIn(match: RegExpExecArray): string | undefined {
  for (let i = match.length - 1; i >= 1; i--) {
    const value = match[i];
    if (value && Number.isNaN(Number(value)) && !monthNumber(value)) return value;
  }
  return undefined;
}

/** Wire copy: agency datelines, bylines, closing credits and copyright lines. */
export function wireSignals(page: PageContext): Finding[] {
  const findings: Finding[] = [];
  const text = page.articleText();
  const head = text.slice(0, 5000);
  const add = (kind: Finding['kind'], match: RegExpExecArray | null, weight: number, extra: Finding['claim'] = {}) => {
    const raw = match && agencyIn(match);
    const source = raw ? knownSource(raw) : undefined;
    if (!match || !source || source.site === page.site || page.isOwnName(source.name)) return;
    findings.push({ kind, evidence: clean(match[0], 160), weight, claim: { name: source.name, ...extra } });
  };

  const dateline = DATELINE.exec(head);
  if (dateline) {
    const day = Number(dateline[1]);
    const month = dateline[2] ? monthNumber(dateline[2]) : undefined;
    const publishedAt = day && month ? dayMonthWithYear(day, month, pageDate(page)) : undefined;
    add('dateline', dateline, 0.85, publishedAt ? { publishedAt } : {});
  }
  add('dateline', AGENCY_LEAD.exec(head), 0.7);
  add('wire-credit', TRAILER.exec(text), 0.8);
  add('copyright', COPYRIGHT.exec(text), 0.75);

  const bylines = page.bylines();
  for (const line of [...bylines, text.slice(0, 600)]) {
    const match = BYLINE.exec(line);
    if (match) {
      add('byline', match, 0.8);
      break;
    }
  }
  for (const line of bylines) {
    const match = BYLINE_LOOSE.exec(line);
    if (match) {
      add('byline', match, 0.75);
      break;
    }
  }
  return findings;
}

/** The page's own publication date, to complete datelines that give day and month only. */
export function pageDate(page: PageContext): string | undefined {
  for (const key of ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dc.date.issued']) {
    const value = page.meta(key);
    const date = value ? findDate(value) : undefined;
    if (date) return date;
  }
  for (const node of page.jsonLd()) {
    if (typeof node.datePublished === 'string') return findDate(node.datePublished);
  }
  const time = page.document.querySelector('time[datetime]')?.getAttribute('datetime');
  return time ? findDate(time) : undefined;
}
