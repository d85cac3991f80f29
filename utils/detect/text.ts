/** Small, allocation-light text helpers shared by the detectors (they run on every page). */

const MAX_EVIDENCE = 200;

/** Collapses whitespace and cuts page text to a length fit for evidence. */
export function clean(text: string | null | undefined, max = MAX_EVIDENCE): string {
  if (!text) return '';
  const collapsed = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** `text` as a literal in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String((digit.charCodeAt(0) & 0xf) % 10),
  );
}

/** `YYYY-MM-DD` from day, month and year numbers, or undefined when they make no calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The first few matches of a global `pattern` in `text`: a caption's credit must not hide the
 * story's. An array rather than a generator: detect() runs once a page, before the engine has
 * optimised anything, and resuming a generator costs more than the array there.
 */
export function matches(pattern: RegExp, text: string, limit = 5): RegExpExecArray[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  while (found.length < limit) {
    const match = global.exec(text);
    if (!match) break;
    found.push(match);
    if (match[0].length === 0) global.lastIndex++;
  }
  return found;
}
