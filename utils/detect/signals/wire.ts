import { bylines as bylinesOf } from '../bylines';
import { dayMonthWithYear, findDate, monthNumber } from '../dates';
import { isOwnName } from '../own-names';
import type { PageContext } from '../page';
import { isSiteOf, knownSource, leadingSource, type KnownSource } from '../sources';
import { clean, matches } from '../text';
import { jsonLdNodes } from './json-ld';
import { cleanName } from './names';
import { sisterTitleByline } from './sister-title';
import { BYLINE_PARTS, NAME_COMMA_OUTLET, OUTLET_WORD } from './triggers';
import type { Finding } from './types';

// Each pattern captures a candidate name; a lookup in the table of known sources decides.
// Generic captures keep these regular expressions small and fast to compile on every page.

/** "LOS ANGELES (AP) —", "Bruselas, 7 oct (EFE).-", "Wiesbaden (KNA/iz).", "(CNN) —". */
const DATELINE = /(?:^|[\s"“>])(?:(\d{1,2})\s+(\p{L}{3,10})\.?\s+)?\(([^()]{2,30})\)\s*[.,]?\s*(?:[-—–]+|[.:]\s*-?)/gu;
/** Story-closing credits: "… Trump. (ANSA).", "(ats/nxp)", "--(بترا)", "…した。（共同）". */
const TRAILER = /(?:[.!?»”"。]|--)\s*[-—–]*\s*[(（]\s*([^()（）]{2,30}?)\s*[)）]\s*[.。]?(?=\s|$)/gu;
/** An agency's initials ("ACN", "PL", "AIN"), and closing words that are no credit ("(END)", "(VIDEO)"). */
const TRAILER_ACRONYM = /^[A-ZÁÉÍÓÚÑÇ]{2,6}$/;
const NOT_A_CREDIT = /^(?:END|ENDS|FIN|FINE|ENDE|VIDEO|VIDEOS|VÍDEO|PHOTO|PHOTOS|FOTO|FOTOS|AUDIO|MORE|UPDATE|UPDATED|CORRECTED|OPINION|AD|ADS|PDF|LIVE|EN|ES|FR|AR|DE|PT|IT|NEW|TBC|PS|NB|OK|USA|UE|EU|UN|ONU|OMS|WHO)$/;
/** "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) It is…": a place in capitals opening a line, then credits in brackets. */
const PLACE_DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?\s*\(([^()\n]{2,80})\)/u;
const XINHUA_DATELINE = /(?<!\p{L})新华社[^，。\s]{0,12}?电/u;
/** A line that is only "Avec AFP", "(avec Reuters)", "Con EFE", "With AP". */
const WITH_AGENCY = /(?:^|\n)\s*\(?\s*(?:avec|with|con|mit|com)\s+([^\n()]{2,30}?)\s*\)?\s*\.?\s*(?=\n|$)/giu;
const WITH_AGENCY_HINT = /(?:^|\n)\s*\(?\s*(?:avec|with|con|mit|com)\s/i;
/** "© dpa-AFX", "Copyright 2020 The Associated Press", "Copyright © 2019 Press TV". */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]?\s*(?:\d{4}\s*)?)?(?:by\s+)?(?:the\s+)?([^\s,.|;)©][^,|;)©\n]{1,50})/giu;
/** "By Associated Press", "Von Britta Schultejans, dpa", "Af Ritzau", "Par Le Figaro et AFP". */
const BYLINE = /(?:^|\s|\|)(?:by|par|por|von|af|di|da|de|od|av|door|van|autor:?|artikel von:?)\s+([^|]{2,80})/i;
/** "AFP, MANILA": an agency credit heading the story. */
const AGENCY_LEAD = /(?:^|\s)(\p{L}[\p{L}-]{1,20}),\s+\p{Lu}{3,}(?:\s\p{Lu}{3,})?(?=\s)/gu;
/** What every AGENCY_LEAD holds: a quick test, as AGENCY_LEAD tries each word of the head. */
const AGENCY_LEAD_HINT = /,\s+\p{Lu}{3}/u;
/** Reuters' house signature: "(Reporting by Michel Rose; Editing by Alex Richardson)". */
const REUTERS_SIGNATURE = /\((?:additional\s+)?reporting by [^()]{3,160}?(?:editing|writing) by [^()]{3,80}\)/iu;
/** A site-wide notice about wire copy in general ("Associated Press articles: Copyright © …"). */
const BOILERPLATE_BEFORE = /(?:articles?|stories|content|material)\s*:?\s*$/i;
// What each pattern cannot match without, tested first: simpler searches than the patterns'
// own, which the Unicode flag makes slow over a story's text.
const HAS_COPYRIGHT = /©|\(c\)|copyright/i;
const HAS_SIGNATURE = /reporting by/i;

/** A whole byline naming a news agency by the word: "Por: Agencia Reforma | 17 de Febrero", "Anadolu News Agency". */
const AGENCY_BYLINE = /^(?:(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on|[Dd]i|[Dd]a|[Dd]e)\s*:?\s+)?((?:[Aa]gencia|[Aa]gence|[Aa]genzia|[Aa]gência|[Aa]gencja)\s+(?:de\s+[Nn]oticias\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}|(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:[Nn]ews|[Pp]ress)\s+[Aa]gency|(?:[Nn]achrichtenagentur|[Pp]resseagentur)\s+\p{Lu}[\p{L}.'-]*)\s*(?:[|,•·–—]|\s-\s|$)/u;
const PHOTO_WORD = /^(?:foto|photo|bild|image|imagen|credit|crédit|kuva|zdjęcie|صورة)/i;

/** Two sources looked up once: Xinhua for its dateline, Reuters for its signature. */
const once = (name: string) => {
  let source: KnownSource | undefined;
  return () => (source ??= knownSource(name));
};
const XINHUA = once('Xinhua');
const REUTERS = once('Reuters');

/** The first agency among the parts of a credit ("UrduPoint News / Sputnik - 29th April", "FRANCE 24 with AFP, REUTERS") that passes `accept`. */
function agencyAmong(text: string, accept: (source: KnownSource) => boolean): KnownSource | undefined {
  for (const part of text.split(BYLINE_PARTS)) {
    const source = leadingSource(part);
    if (source?.kind === 'agency' && accept(source)) return source;
  }
  return undefined;
}

/** A source named by a capture: whole ("Reuters VIENNA"), or the first part of "KNA/iz". */
function sourceIn(raw: string | undefined): KnownSource | undefined {
  if (!raw) return undefined;
  return leadingSource(raw) ?? knownSource(raw.split(/\s*[/,]\s*/)[0] ?? '');
}

/** Wire copy: agency datelines, bylines, closing credits and copyright lines. */
export function wireSignals(page: PageContext): Finding[] {
  const findings: Finding[] = [];
  const { head, tail } = page.storyText();
  const bylines = bylinesOf(page);
  const foreign = (source: KnownSource | undefined): source is KnownSource =>
    source !== undefined && !isSiteOf(source, page.site) && !isOwnName(page, source.name);
  const add = (kind: Finding['kind'], weight: number, evidence: string, source: KnownSource, publishedAt?: string) =>
    findings.push({ kind, evidence: clean(evidence, 160), weight, claim: { name: source.name, ...(publishedAt ? { publishedAt } : {}) } });

  for (const match of head.includes('(') ? matches(DATELINE, head) : []) {
    const source = sourceIn(match[3]);
    if (!foreign(source)) continue;
    add('dateline', 0.85, match[0], source, datelineDate(page, match));
    break;
  }
  // The agency among several credits in the dateline's brackets, with the dispatch's date.
  if (!findings.some((finding) => finding.kind === 'dateline')) {
    for (const line of head.slice(0, 600).split('\n', 4)) {
      const match = line.includes('(') ? PLACE_DATELINE.exec(line) : null;
      const source = match?.[1] ? agencyAmong(match[1], foreign) : undefined;
      if (!match || !source) continue;
      add('dateline', 0.85, match[0], source, findDate(match[1] ?? ''));
      break;
    }
  }
  // Xinhua's dateline: "新华社北京3月5日电".
  const xinhua = head.includes('新华社') ? XINHUA_DATELINE.exec(head) : null;
  const xinhuaSource = XINHUA();
  if (xinhua && foreign(xinhuaSource)) add('dateline', 0.85, xinhua[0], xinhuaSource);
  const lead = head.slice(0, 600);
  for (const match of AGENCY_LEAD_HINT.test(lead) ? matches(AGENCY_LEAD, lead) : []) {
    const source = knownSource(match[1] ?? '');
    if (!foreign(source) || source.kind !== 'agency') continue;
    add('dateline', 0.7, match[0], source);
    break;
  }
  const end = tail || head;
  let acronym: RegExpExecArray | undefined;
  for (const match of end.includes('(') || end.includes('（') ? matches(TRAILER, end) : []) {
    // "(ANSA)", or an agency among several: "(FRANCE 24 with AFP, REUTERS)".
    const source = sourceIn(match[1]) ?? agencyAmong(match[1] ?? '', foreign);
    if (!source && TRAILER_ACRONYM.test(match[1] ?? '') && !NOT_A_CREDIT.test(match[1] ?? '')) acronym ??= match;
    if (!foreign(source) || source.kind !== 'agency') continue;
    add('wire-credit', 0.8, match[0], source);
    acronym = undefined;
    break;
  }
  // An agency the table does not know, closing the story the same way: "… a domicilio. (ACN)."
  const unknown = acronym?.[1];
  if (unknown && !isOwnName(page, unknown)) findings.push({ kind: 'wire-credit', evidence: clean(acronym?.[0], 160), weight: 0.6, claim: { name: unknown } });
  // "Avec AFP", "(con EFE)": a line of its own crediting the agency the story draws on.
  for (const match of WITH_AGENCY_HINT.test(end) ? matches(WITH_AGENCY, end) : []) {
    const source = leadingSource(match[1] ?? '');
    if (!foreign(source) || source.kind !== 'agency') continue;
    add('wire-credit', 0.75, match[0], source);
    break;
  }
  const signOff = dashSignOff(end);
  if (signOff && foreign(signOff.source)) add('wire-credit', 0.8, signOff.evidence, signOff.source);
  const signature = HAS_SIGNATURE.test(end) ? REUTERS_SIGNATURE.exec(end) : null;
  const reuters = REUTERS();
  if (signature && foreign(reuters)) add('wire-credit', 0.75, signature[0], reuters);
  if (HAS_COPYRIGHT.test(end)) copyrightSignal(page, end, findings, foreign);
  bylineSignals(page, bylines, head, findings, foreign);
  if (!findings.some((finding) => finding.kind === 'byline')) {
    const sister = sisterTitleByline(page, bylines);
    if (sister) findings.push(sister);
  }
  return findings;
}

/** A dash after a sentence's end: where a sign-off such as "… on August 11-21. — AFP" starts. */
const SIGN_OFF_DASH = /[.!?»”"]\s*(?:[—–]|--|(?<=\s)-(?=\s))\s*/g;
const LOWER_CASE_START = /^\p{Ll}/u;
const NAME_START = /^[\p{Lu}\p{Lo}]/u;
/** Capitalised words that make "— AFP …" a picture's or a clip's credit. */
const NOT_A_NAME_AFTER = /^(?:pic|file|video)/i;

/**
 * An agency signing off after the story's last sentence ("… in Munich. — AFP", "-- Reuters").
 * The agency must stand alone: "— AFP pic" is a photo's credit, "— AFP journalists saw" prose.
 */
function dashSignOff(text: string): { source: KnownSource; evidence: string } | undefined {
  if (!text.includes('—') && !text.includes('–') && !text.includes(' -')) return undefined;
  for (const match of matches(SIGN_OFF_DASH, text, 20)) {
    const start = match.index + match[0].length;
    // Every agency's name starts with a capital or a letter of a script without case.
    if (!NAME_START.test(text.slice(start, start + 2))) continue;
    const words = text.slice(start, start + 60).split(' ');
    for (let count = Math.min(4, words.length); count >= 1; count--) {
      const source = knownSource(words.slice(0, count).join(' ').replace(/[.,;]+$/, ''));
      if (source?.kind !== 'agency') continue;
      const next = words[count] ?? '';
      if (LOWER_CASE_START.test(next) || PHOTO_WORD.test(next) || NOT_A_NAME_AFTER.test(next)) break;
      return { source, evidence: text.slice(match.index, start) + words.slice(0, count).join(' ') };
    }
  }
  return undefined;
}

/** The strongest copyright line: an agency's before any other outlet's ("© Fraport AG" is a photo's). */
function copyrightSignal(page: PageContext, text: string, findings: Finding[], foreign: (source: KnownSource | undefined) => boolean): void {
  let outlet: Finding | undefined;
  for (const match of matches(COPYRIGHT, text)) {
    if (BOILERPLATE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const source = sourceIn(match[1]);
    if (source?.kind === 'agency' && foreign(source)) {
      findings.push({ kind: 'copyright', evidence: clean(match[0], 160), weight: 0.75, claim: { name: source.name } });
      return;
    }
    const name = source?.name ?? (match[1] ? cleanName(match[1]) : undefined);
    if (!outlet && name && name.length >= 3 && !isOwnName(page, name)) {
      outlet = { kind: 'copyright', evidence: clean(match[0], 160), weight: 0.5, claim: { name } };
    }
  }
  if (outlet) findings.push(outlet);
}

function bylineSignals(page: PageContext, bylines: string[], head: string, findings: Finding[], foreign: (source: KnownSource | undefined) => boolean): void {
  for (const line of [...bylines, head.slice(0, 600)]) {
    const match = BYLINE.exec(line);
    const source = match?.[1]?.split(BYLINE_PARTS).map((part) => leadingSource(part)).find((found) => foreign(found));
    if (match && source) {
      findings.push({ kind: 'byline', evidence: clean(match[0], 160), weight: 0.8, claim: { name: source.name } });
      return;
    }
  }
  for (const line of bylines) {
    // An agency the table does not know, named as one: "Por: Agencia Reforma", "Xinhua News Agency".
    const agency = /gen/i.test(line) ? AGENCY_BYLINE.exec(line)?.[1] : undefined;
    if (agency && !isOwnName(page, agency)) {
      findings.push({ kind: 'byline', evidence: clean(line, 160), weight: 0.75, claim: { name: agency } });
      return;
    }
    const outlet = line.includes(',') ? NAME_COMMA_OUTLET.exec(line)?.[1] : undefined;
    if (outlet && OUTLET_WORD.test(outlet) && !isOwnName(page, outlet)) {
      findings.push({ kind: 'byline', evidence: clean(line, 160), weight: 0.7, claim: { name: knownSource(outlet)?.name ?? outlet } });
      return;
    }
    // An agency alone or beside a date in the byline: "AFP 28.04.2023", "27-06-2012 | Efe".
    // A photo credit's word ("Foto", "Photo/AFP") starts no alias: its part names no agency.
    const source = agencyAmong(line, foreign);
    if (source && line.length < 120) {
      findings.push({ kind: 'byline', evidence: clean(line, 160), weight: 0.75, claim: { name: source.name } });
      return;
    }
  }
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
  for (const node of jsonLdNodes(page)) {
    if (typeof node.datePublished === 'string') return findDate(node.datePublished);
  }
  const time = page.document.querySelector('time[datetime]')?.getAttribute('datetime');
  return time ? findDate(time) : undefined;
}
