// Patterns shared by the signals and by the content script's quick pass (prescreen.ts), kept
// in one small module so the quick pass ships without the signals themselves.
import { SOURCE_ALTERNATION } from '../sources';

// Anchor texts that mean "read this at its source", in the languages of the pages we meet.
export const READ_ORIGINAL =
  /^(?:read (?:the )?(?:original|full) (?:article|story)|(?:read|view|continue reading) (?:the )?(?:original|(?:full )?(?:article|story)) (?:on|at)\b|original (?:article|story|source)|lire l['’]article original|lire la suite sur|lire l['’]article sur|cliquez ici pour lire l['’]article|leer (?:el )?art[ií]culo original|ver (?:la )?noticia original|ler (?:a )?mat[ée]ria original|zum originalartikel|originalartikel|zum artikel auf|citeşte toată ştirea|citește toată știrea|元記事を読む|元記事|기사원문|原文链接|阅读原文|اقرأ المقال الأصلي|المقال الأصلي|الخبر من مصدره)/i;

/** Words every credit phrase contains: texts without any are not searched further. */
export const CREDIT_TRIGGER = /source|quelle|fuente|fonte|originally|originalmente|originariamente|originellement|initialement|d'abord|first|publi|reprint|republi|erschien|ursprünglich|erstmals|zuerst|reblog|źródło|kaynak|sursa|kilde|bron|источник|apare|reported|adapted|suite|información|المصدر|نقل|وفق|بحسب|حسب|来源|來源|稿源|出典|提供|配信元|출처|转载|轉載/i;

/** A translator's credit: "Übersetzt von …", "translated by …", "traduit par …", "ترجمة: …". */
export const TRANSLATED = /(?:übersetzt|translated|traduit|traduction|traducido|traducción|traduzido|tradução|tradotto|traduzione|przetłumaczył\w*|перевод|перевела?|ترجمة|翻訳|翻译)\s*(?:von|by|par|por|da|de|ins|von|:|：)/iu;

/** Words that make a byline's second half an outlet: "Spencer S. Hsu, The Washington Post". */
export const OUTLET_WORD = /\b(?:post|times|news|journal|herald|tribune|press|daily|gazette|chronicle|guardian|telegraph|examiner|observer|star|mail|express|reporter|monitor|review|record|sun|wire|today|magazine|insider|bulletin|courier|independent|standard|globe|mercury|dispatch|inquirer|register|sentinel|week)\b/i;
export const NAME_COMMA_OUTLET = /^(?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/iu;

/** A known source's name standing alone: "(AP)", "AFP, MANILA", "© dpa-AFX", "By Le Monde". */
let sourcePattern: RegExp | undefined;
export const knownName = () => (sourcePattern ??= new RegExp(`(?:^|[^\\p{L}])(?:${SOURCE_ALTERNATION})(?![\\p{L}])`, 'u'));

/** Reuters' signature. */
const WIRE_SHAPE = /\(reporting by/i;

/** "Name, The Outlet Word …" anywhere in a text: the unanchored form of a byline naming an outlet. */
const COMMA_OUTLET = /\p{Lu}[\p{L}'’.-]+,\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/gu;

/**
 * Whether `text` holds anything a text signal needs: a credit word, a translator's credit, a
 * known source's name, Reuters' signature, or "Name, The … Post". Without one, no credit,
 * wire or translation signal can fire on it.
 */
export function mentionsSource(text: string): boolean {
  if (CREDIT_TRIGGER.test(text) || TRANSLATED.test(text) || WIRE_SHAPE.test(text) || knownName().test(text)) return true;
  for (const match of text.matchAll(COMMA_OUTLET)) if (OUTLET_WORD.test(match[1] ?? '')) return true;
  return false;
}
