import { dayMonthWithYear, findDate, monthNumber } from '../dates';
import type { PageContext } from '../page';
import { AGENCY_ALTERNATION, alternation, KNOWN_SOURCES, knownSource } from '../sources';
import { clean, matches } from '../text';
import { cleanName } from './names';
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
/** A site-wide notice about wire copy in general ("Associated Press articles: Copyright © …"). */
const BOILERPLATE_BEFORE = /(?:articles?|stories|content|material)\s*:?\s*$/i;
/** "Copyright © 2019 Press TV. All rights reserved." naming another outlet. */
const OUTLET_COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4}\s*)?)?(?:by\s+)?(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/u;
/** Words that make a byline's second half an outlet: "Spencer S. Hsu, The Washington Post". */
const OUTLET_WORD = /\b(?:post|times|news|journal|herald|tribune|press|daily|gazette|chronicle|guardian|telegraph|examiner|observer|star|mail|express|reporter|monitor|review|record|sun|wire|today|magazine|insider|bulletin|courier|independent|standard|globe|mercury|dispatch|inquirer|register|sentinel|week)\b/i;
const NAME_COMMA_OUTLET = /^(?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/iu;

function outletCopyright(page: PageContext, text: string, findings: Finding[]): void {
  const match = OUTLET_COPYRIGHT.exec(text);
  const name = match?.[1] ? cleanName(match[1]) : undefined;
  if (!match || !name || name.length < 3 || page.isOwnName(name)) return;
  if (BOILERPLATE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) return;
  findings.push({ kind: 'copyright', evidence: clean(match[0], 160), weight: 0.5, claim: { name: knownSource(name)?.name ?? name } });
}

function outletByline(page: PageContext, bylines: string[], findings: Finding[]): void {
  for (const line of bylines) {
    const match = NAME_COMMA_OUTLET.exec(line.trim());
    const name = match?.[1];
    if (!name || !OUTLET_WORD.test(name) || page.isOwnName(name)) continue;
    findings.push({ kind: 'byline', evidence: clean(line, 160), weight: 0.7, claim: { name: knownSource(name)?.name ?? name } });
    return;
  }
}

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
  /** Adds the first match in `texts` that names an agency other than the page itself. */
  const add = (kind: Finding['kind'], pattern: RegExp, texts: string[], weight: number, accept: (match: RegExpExecArray) => boolean = () => true) => {
    for (const text of texts) {
      for (const match of matches(pattern, text)) {
        const raw = agencyIn(match);
        const source = raw ? knownSource(raw) : undefined;
        if (!source || source.site === page.site || page.isOwnName(source.name) || !accept(match)) continue;
        const publishedAt = kind === 'dateline' ? datelineDate(page, match) : undefined;
        findings.push({ kind, evidence: clean(match[0], 160), weight, claim: { name: source.name, ...(publishedAt ? { publishedAt } : {}) } });
        return;
      }
    }
  };
  const notBoilerplate = (match: RegExpExecArray) => !BOILERPLATE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index));

  add('dateline', DATELINE, [text], 0.85);
  add('dateline', AGENCY_LEAD, [head], 0.7);
  add('wire-credit', TRAILER, [text], 0.8);
  add('copyright', COPYRIGHT, [text], 0.75, notBoilerplate);
  if (!findings.some((finding) => finding.kind === 'copyright')) outletCopyright(page, text, findings);

  const bylines = page.bylines();
  outletByline(page, bylines, findings);
  add('byline', BYLINE, [...bylines, text.slice(0, 600)], 0.8);
  if (!findings.some((finding) => finding.kind === 'byline')) add('byline', BYLINE_LOOSE, bylines, 0.75);
  return findings;
}

/** "Bruselas, 7 oct (EFE).-": the day and month of the dateline, in the page's year. */
function datelineDate(page: PageContext, match: RegExpExecArray): string | undefined {
  const day = Number(match[1]);
  const month = match[2] ? monthNumber(match[2]) : undefined;
  return day && month ? dayMonthWithYear(day, month, pageDate(page)) : undefined;
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
