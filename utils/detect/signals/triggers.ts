// Patterns shared by the signals and by the content script's quick pass (prescreen.ts), kept
// in one small module so the quick pass ships without the signals themselves.
import { SOURCE_ALTERNATION } from '../source-alternation';

// Anchor texts that mean "read this at its source", in the languages of the pages we meet.
export const READ_ORIGINAL =
  /^(?:read (?:the )?(?:original|full|entire|complete|whole) (?:article|story)|read the rest of (?:the|this) (?:article|story)|(?:read|view|continue reading) (?:the )?(?:original|(?:full )?(?:article|story)) (?:on|at)\b|original (?:article|story|source)|lire l['’]article original|lire la suite sur|lire l['’]article sur|cliquez ici pour lire l['’]article|leer (?:el )?art[ií]culo original|leer (?:la )?(?:nota|noticia) completa|lire l['’]int[ée]gralit[ée]|ver (?:la )?noticia original|ler (?:a )?mat[ée]ria original|zum originalartikel|originalartikel|zum artikel auf|citeşte toată ştirea|citește toată știrea|元記事を読む|元記事|기사원문|原文链接|阅读原文|اقرأ المقال الأصلي|المقال الأصلي|الخبر من مصدره)/i;

/** Words every credit phrase contains: texts without any are not searched further. */
export const CREDIT_TRIGGER = /source|quelle|fuente|fonte|originally|originalmente|originariamente|originellement|initialement|d'abord|first|publi|reprint|republi|erschien|ursprünglich|erstmals|zuerst|reblog|źródło|kaynak|sursa|kilde|bron|источник|apare|reported|adapted|suite|confrère|confrere|origine|produced|distributed|información|informações|material von|material der|المصدر|نقل|وفق|بحسب|حسب|来源|來源|稿源|出典|提供|配信元|출처|转载|轉載|転載|փոխանցմամբ|(?:գրում|հաղորդում|տեղեկացնում)\s+է|新华社[^，。\s]{0,12}?电|(?:نشر|ذكر|قال|أفاد|كشف|أورد)ت?\s+(?:موقع|صحيفة|وكالة|مجلة|قناة|شبكة)/i;

/** A translator's credit: "Übersetzt von …", "translated by …", "traduit par …", "ترجمة: …". */
export const TRANSLATED = /(?:übersetzt|translated|traduit|traduction|traducido|traducción|traduzido|tradução|tradotto|traduzione|przetłumaczył\w*|перевод|перевела?|ترجمة|翻訳|翻译)\s*(?:von|by|par|por|da|de|ins|von|:|：)/iu;

/** Byline parts: "Name, dpa", "Le Monde with AFP", "27-06-2012 | Efe", "Haberler - Anadolu Ajansı". */
export const BYLINE_PARTS = /\s*[|,/•·–—]\s*|\s+-\s+|\s+(?:and|et|avec|y|con|und|mit|with|e)\s+/iu;

/** The translator's words of TRANSLATED, found by a simpler search first (its Unicode flag makes it slow). */
export const MAY_BE_TRANSLATED = /bersetzt|translated|tradu|tradott|przetłum|перев|ترجمة|翻訳|翻译/i;

/** Words that make a byline's second half an outlet: "Spencer S. Hsu, The Washington Post". */
export const OUTLET_WORD = /\b(?:post|times|news|journal|herald|tribune|press|daily|gazette|chronicle|guardian|telegraph|examiner|observer|star|mail|express|reporter|monitor|review|record|sun|wire|today|magazine|insider|bulletin|courier|independent|standard|globe|mercury|dispatch|inquirer|register|sentinel|week)\b/i;
// Not case-insensitive: with the Unicode flag that makes \p{Lu} any cased letter (so "john
// smith, the post" would do) and costs more to compile than the rest of detection's first run.
export const NAME_COMMA_OUTLET = /^(?:[Bb]y\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/u;

let sourcePattern: RegExp | undefined;
const LETTER_BEFORE = /\p{L}$/u;

/**
 * Whether `text` names a known source standing alone: "(AP)", "AFP, MANILA", "© dpa-AFX", "By
 * Le Monde". The names are searched first and the letter before each checked after: a pattern
 * opening with "no letter here" is tried at every position of the text, twice as slow.
 */
export function namesKnownSource(text: string): boolean {
  const pattern = (sourcePattern ??= new RegExp(`(?:${SOURCE_ALTERNATION})(?!\\p{L})`, 'gu'));
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // Two code units: the character before may be a surrogate pair.
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) return true;
    pattern.lastIndex = match.index + 1;
  }
  return false;
}

/** Reuters' signature. */
const WIRE_SHAPE = /\(reporting by/i;
/** A story closing on initials, "… a domicilio. (ACN).": an agency the table may not know. */
const CLOSING_INITIALS = /(?:[.!?»”"。]|--)\s*[-—–]*\s*[(（]\s*[A-ZÁÉÍÓÚÑÇ]{2,6}\s*[)）]/;
/** An agency named as one: "Agencia Reforma", "Xinhua News Agency". */
export const AGENCY_WORD = /\b(?:Agencia|Agence|Agenzia|Agência|Agencja)\s|(?:News|Press)\s+Agency|(?:Nachrichten|Presse)agentur/i;

/** From a comma, the rest of "Name, The Outlet Word …": `,\s+` and the outlet's name. */
const AFTER_COMMA = /,\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/uy;
const NAME_CHAR = /^[\p{L}'’.-]$/u;
const CAPITAL = /^\p{Lu}$/u;

/**
 * Whether "Name, The … Post" stands anywhere in `text`: each match of
 * `\p{Lu}[\p{L}'’.-]+,\s+(…)` in turn, the name after it tested for an outlet's word. The
 * matches are found from their commas, as that pattern, tried at every capital letter of a
 * page's text, cost a fifth of detect() on some pages.
 */
function namesOutletAfterComma(text: string): boolean {
  let from = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (comma < from || !capitalisedBefore(text, comma, from)) continue;
    AFTER_COMMA.lastIndex = comma;
    const match = AFTER_COMMA.exec(text);
    if (!match) continue;
    if (OUTLET_WORD.test(match[1] ?? '')) return true;
    // The next match starts after this one.
    from = AFTER_COMMA.lastIndex;
  }
  return false;
}

/** Whether name characters end at `comma` after a capital letter at `from` or later (`\p{Lu}[\p{L}'’.-]+`). */
function capitalisedBefore(text: string, comma: number, from: number): boolean {
  for (let end = comma, after = 0; end > from; after++) {
    const unit = text.charCodeAt(end - 1);
    if (unit < 0x80) {
      const capital = unit >= 0x41 && unit <= 0x5a;
      if (capital && after > 0) return true;
      if (!capital && !(unit >= 0x61 && unit <= 0x7a) && unit !== 0x27 && unit !== 0x2d && unit !== 0x2e) return false;
      end--;
      continue;
    }
    // A low surrogate after a high one ends a two-unit character.
    const start = unit >= 0xdc00 && unit <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? end - 2 : end - 1;
    if (start < from) return false;
    const character = text.slice(start, end);
    if (after > 0 && CAPITAL.test(character)) return true;
    if (!NAME_CHAR.test(character)) return false;
    end = start;
  }
  return false;
}

/**
 * Whether `text` holds anything a text signal needs: a credit word, a translator's credit, a
 * known source's name, Reuters' signature, or "Name, The … Post". Without one, no credit,
 * wire or translation signal can fire on it.
 */
export function mentionsSource(text: string): boolean {
  if (CREDIT_TRIGGER.test(text) || (MAY_BE_TRANSLATED.test(text) && TRANSLATED.test(text)) || WIRE_SHAPE.test(text) || CLOSING_INITIALS.test(text) || AGENCY_WORD.test(text) || namesKnownSource(text)) return true;
  return namesOutletAfterComma(text);
}
