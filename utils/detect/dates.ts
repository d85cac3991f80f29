import { asciiDigits, isoDate } from './text';

// Month names and their usual abbreviations in the languages of the pages we meet.
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jänner', 'janeiro', 'gennaio', 'gen', 'ianuarie', 'ian'],
  ['feb', 'february', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'februar', 'fevereiro', 'fev', 'febbraio', 'februarie'],
  ['mar', 'march', 'mars', 'marzo', 'märz', 'marz', 'março', 'marco', 'martie'],
  ['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'aprile', 'aprilie'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag'],
  ['jun', 'june', 'juin', 'junio', 'juni', 'junho', 'giugno', 'giu', 'iunie'],
  ['jul', 'july', 'juillet', 'juil', 'julio', 'juli', 'julho', 'luglio', 'lug', 'iulie'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'ago', 'ag', 'augusto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'setembro', 'settembre', 'septembrie'],
  ['oct', 'october', 'octobre', 'octubre', 'oktober', 'okt', 'outubro', 'out', 'ottobre', 'ott', 'octombrie'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'noiembrie'],
  ['dec', 'december', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezember', 'dez', 'dezembro', 'dicembre', 'decembrie'],
];

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, index) => names.forEach((name) => MONTH_INDEX.set(name, index + 1)));
const MONTH = '([\\p{L}]{3,10})\\.?';

/** A month number from its name or abbreviation in any known language. */
export function monthNumber(name: string): number | undefined {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, ''));
}

/** Each pattern, and the capture groups that hold its year, month and day. */
const PATTERNS: readonly [RegExp, [number, number, number]][] = [
  // 2023-11-02, 2023/11/02
  [/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, [1, 2, 3]],
  // 2017年6月8日, 2017년 6월 8일
  [/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/, [1, 2, 3]],
  // 30 - 10 - 2023, 28.04.2023, 27-06-2012, 02/11/2023 (day first, as outside the US)
  [/(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/, [3, 2, 1]],
  // November 18, 2011, April 29th, 2020
  [new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'u'), [3, 1, 2]],
  // 18 November 2011, 20 septembrie 2020, 7 de octubre de 2020, 2. Januar 2020, 29th April, 2020
  [new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})`, 'u'), [3, 2, 1]],
];

/** The date a match spells, the month given as a number or a name. */
function dateOf(match: RegExpExecArray, [year, month, day]: [number, number, number]): string | undefined {
  const monthText = match[month] ?? '';
  const monthValue = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
  return monthValue ? isoDate(Number(match[year]), monthValue, Number(match[day])) : undefined;
}

/** The first calendar date written in `text`, as `YYYY-MM-DD`. */
export function findDate(text: string): string | undefined {
  const normalised = asciiDigits(text.slice(0, 400));
  let best: { index: number; date: string } | undefined;
  for (const [pattern, groups] of PATTERNS) {
    const match = pattern.exec(normalised);
    const date = match && dateOf(match, groups);
    if (match && date && (!best || match.index < best.index)) best = { index: match.index, date };
  }
  return best?.date;
}

/** A date in an article URL's path: `/2014/12/29/…` or an id like `jnn-20231102-6119173`. */
export function dateInUrl(url: URL): string | undefined {
  const path = url.pathname + url.search;
  const slashed = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path);
  if (slashed) return dateOf(slashed, [1, 2, 3]);
  const compact = /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])/.exec(path);
  return compact ? dateOf(compact, [1, 2, 3]) : undefined;
}

/** A date without its year ("7 oct", "11/02") completed with the year of `reference`. */
export function dayMonthWithYear(day: number, month: number, reference: string | undefined): string | undefined {
  const year = reference ? Number(reference.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? isoDate(year, month, day) : undefined;
}
