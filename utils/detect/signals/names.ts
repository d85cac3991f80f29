import { monthNumber } from '../dates';
import { knownSource, leadingSource } from '../sources';

// Words that follow "Source:" or "Quelle:" and name no outlet: photo credits, social networks,
// the newsroom itself.
const NOT_A_SOURCE = /^(?:supplied|getty|getty images|shutterstock|istock|imago|picture alliance|pixabay|unsplash|internet|archive?|archiv|archivo|arquivo|file|files|handout|pool|screenshot|captura|privat|private|own|eigene?|redaktion|staff|wikipedia|wikimedia|google|facebook|twitter|x|instagram|youtube|tiktok|telegram|social media|réseaux sociaux|redes sociales|agencies|agences|agencias|agenturen|agências|وكالات|مواقع|dpa\/picture alliance|copyright|all rights reserved|tous droits réservés|todos los derechos|other media|autres médias|otros medios|x{3,})\b/i;
/** The same for names in scripts without word boundaries: "其它媒体" (other media), "本网" (this site). */
const NOT_A_SOURCE_CJK = /^(?:其它媒体|其他媒体|其它媒體|其他媒體|本网|本網|本站|网络|網路|網絡)/;

const SOCIAL_PAGE_OF = /^(?:(?:la\s+)?page\s+(?:facebook|instagram)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')|(?:le\s+)?compte\s+(?:twitter|x|instagram|facebook|telegram)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')|(?:the\s+)?(?:facebook|instagram)\s+page\s+of\s+|(?:the\s+)?(?:twitter|x|instagram|telegram)\s+account\s+of\s+|página\s+(?:de\s+)?facebook\s+de\s+(?:la\s+|el\s+)?|cuenta\s+de\s+(?:twitter|x|instagram)\s+de\s+(?:la\s+|el\s+)?)/i;

/**
 * Cleans a name read out of running text: cuts it at the first word that ends it (a date,
 * "on", "le", punctuation), trims quotes, and refuses anything that is not an outlet's name.
 */
export function cleanName(raw: string): string | undefined {
  let name = raw
    .replace(/\s+/g, ' ')
    .split(/\s(?:on|in|at|le|el|am|il|em|no|na|under|sous|bajo|with|avec|con|mit|for|pour|para|für|von|by|par|por)\s+|[;:!?|()[\]{}<>–—"“”«»,،，。、；：（）【】「」『』]|\.(?=\s|$)|\s-\s/iu)[0]
    ?.trim()
    .replace(/^['"“«]+|['"”»,]+$/g, '')
    // "as reported by the Irish Examiner": the article is not part of the name; "The Atlantic" is.
    .replace(/^the\s+/, '')
    .trim();
  if (!name) return undefined;
  // The outlet's page on a social network names the outlet: "Page Facebook de Libérons-Les".
  name = name.replace(SOCIAL_PAGE_OF, '');
  // A Latin-script name ends where Arabic script starts: "The Times البريطانية".
  name = name.replace(/^([A-Za-z][\w.&'’ -]*?)\s+[\u0600-\u06ff].*$/u, '$1');
  // A date or a time closing the credit is not part of the name ("Unica.md, 20 septembrie 2020").
  name = name.replace(/,?\s*\d.*$/u, '').trim();
  const words = name.split(' ');
  // A known outlet at the start of a longer run of words ("دايلي ميل البريطانية أن …").
  const known = leadingSource(name);
  if (known) return known.name;
  if (words.length > 7) name = words.slice(0, 7).join(' ');
  name = name.replace(/\s+(?:von|by|par|por|de|du|del)$/i, '');
  if (name.length < 2 || name.length > 80 || NOT_A_SOURCE.test(name) || NOT_A_SOURCE_CJK.test(name)) return undefined;
  // "First published on Apr 8, 2020": a timestamp, not an outlet.
  if (monthNumber(words[0] ?? '') || /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.test(words[0] ?? '')) return undefined;
  return knownSource(name)?.name ?? name;
}
