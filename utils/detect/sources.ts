import { AGENCY_WORD } from './signals/triggers';
import { escapeRegExp } from './text';
/**
 * News agencies and syndicating outlets that copies credit, with the names and short forms
 * that pages use for them and the site where their own stories live. Used to recognise wire
 * credits, to give a copy's source one name, and (in the popup) to offer a search on the
 * source's own site when the copy gives no link.
 */
export interface KnownSource {
  /** The name Upstream shows. */
  name: string;
  /** Exact spellings seen in credits, datelines and bylines (case-insensitive unless upper-case short forms). */
  aliases: readonly string[];
  /** Registrable domain of the source's own site (the one its search link names). */
  site: string;
  /** Its other sites: language services, new domains ("news.cn" for Xinhua). */
  otherSites?: readonly string[];
  kind: 'agency' | 'outlet';
}

export const KNOWN_SOURCES: readonly KnownSource[] = [
  { name: 'Associated Press', aliases: ['Associated Press', 'The Associated Press', 'AP', 'أسوشيتد برس', 'أ ب'], site: 'apnews.com', kind: 'agency' },
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters', 'رويترز', 'ロイター', 'Рейтер', '路透社'], site: 'reuters.com', kind: 'agency' },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'أ ف ب', 'أ.ف.ب', 'فرانس برس', '法新社'], site: 'afp.com', otherSites: ['afpbb.com'], kind: 'agency' },
  { name: 'EFE', aliases: ['EFE', 'Efe', 'Agencia EFE', 'Agencia Efe'], site: 'efe.com', kind: 'agency' },
  { name: 'dpa-AFX', aliases: ['dpa-AFX'], site: 'dpa-afx.de', kind: 'agency' },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur', 'Deutsche Presseagentur', 'Deutschen Presse-Agentur', 'dpa-infocom'], site: 'dpa.com', kind: 'agency' },
  { name: 'ANSA', aliases: ['ANSA'], site: 'ansa.it', kind: 'agency' },
  { name: 'Keystone-ATS', aliases: ['Keystone-ATS', 'ATS', 'ats', 'Keystone-SDA', 'SDA', 'sda'], site: 'keystone-sda.ch', kind: 'agency' },
  { name: 'KNA', aliases: ['KNA', 'Katholische Nachrichten-Agentur'], site: 'kna.de', kind: 'agency' },
  { name: 'epd', aliases: ['epd', 'Evangelischer Pressedienst'], site: 'epd.de', kind: 'agency' },
  { name: 'APA', aliases: ['APA', 'Austria Presse Agentur'], site: 'apa.at', kind: 'agency' },
  { name: 'Ritzau', aliases: ['Ritzau', 'Ritzaus Bureau'], site: 'ritzau.dk', kind: 'agency' },
  { name: 'NTB', aliases: ['NTB'], site: 'ntb.no', kind: 'agency' },
  { name: 'TT', aliases: ['TT Nyhetsbyrån'], site: 'tt.se', kind: 'agency' },
  { name: 'PAP', aliases: ['PAP', 'Polska Agencja Prasowa'], site: 'pap.pl', kind: 'agency' },
  { name: 'ČTK', aliases: ['ČTK', 'CTK'], site: 'ctk.cz', kind: 'agency' },
  { name: 'Belga', aliases: ['Belga'], site: 'belga.be', kind: 'agency' },
  { name: 'ANP', aliases: ['ANP'], site: 'anp.nl', kind: 'agency' },
  { name: 'Europa Press', aliases: ['Europa Press'], site: 'europapress.es', kind: 'agency' },
  { name: 'Lusa', aliases: ['Lusa', 'Agência Lusa'], site: 'lusa.pt', kind: 'agency' },
  { name: 'Agência Brasil', aliases: ['Agência Brasil', 'Agencia Brasil'], site: 'ebc.com.br', kind: 'agency' },
  { name: 'Télam', aliases: ['Télam', 'Telam'], site: 'telam.com.ar', kind: 'agency' },
  { name: 'Anadolu Agency', aliases: ['Anadolu Ajansı', 'Anadolu Agency', 'Anadolu', 'AA', 'الأناضول'], site: 'aa.com.tr', kind: 'agency' },
  { name: 'TASS', aliases: ['TASS', 'ТАСС'], site: 'tass.ru', kind: 'agency' },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'РИА Новости'], site: 'ria.ru', kind: 'agency' },
  { name: 'Interfax', aliases: ['Interfax', 'Интерфакс'], site: 'interfax.ru', kind: 'agency' },
  { name: 'Ukrinform', aliases: ['Ukrinform', 'Укрінформ', 'Укринформ'], site: 'ukrinform.net', otherSites: ['ukrinform.ua', 'ukrinform.ru', 'ukrinform.de', 'ukrinform.es', 'ukrinform.fr', 'ukrinform.jp', 'ukrinform.pl'], kind: 'agency' },
  { name: 'Sputnik', aliases: ['Sputnik', 'Спутник', 'سبوتنيك'], site: 'sputniknews.com', otherSites: ['sputnikglobe.com', 'sputniknews.cn', 'sputnikarabic.ae', 'sputniknews.lat', 'sputniknews.gr'], kind: 'agency' },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', '新华社', '新华网', '新華社', 'شينخوا'], site: 'xinhuanet.com', otherSites: ['news.cn', 'xinhua.org'], kind: 'agency' },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News', '共同通信', '共同'], site: 'kyodonews.net', kind: 'agency' },
  { name: 'Jiji Press', aliases: ['Jiji Press', 'Jiji', '時事通信', '時事'], site: 'jiji.com', kind: 'agency' },
  { name: 'Yonhap', aliases: ['Yonhap', '연합뉴스'], site: 'yna.co.kr', kind: 'agency' },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'], site: 'ptinews.com', kind: 'agency' },
  { name: 'ANI', aliases: ['ANI', 'Asian News International'], site: 'aninews.in', kind: 'agency' },
  { name: 'IANS', aliases: ['IANS'], site: 'ians.in', kind: 'agency' },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'], site: 'aap.com.au', kind: 'agency' },
  { name: 'Bernama', aliases: ['Bernama'], site: 'bernama.com', kind: 'agency' },
  { name: 'Antara', aliases: ['Antara'], site: 'antaranews.com', kind: 'agency' },
  { name: 'UPI', aliases: ['UPI', 'United Press International'], site: 'upi.com', kind: 'agency' },
  { name: 'Bloomberg', aliases: ['Bloomberg'], site: 'bloomberg.com', kind: 'agency' },
  { name: 'MAP', aliases: ['MAP', "Maghreb Arabe Presse", 'وكالة المغرب العربي للأنباء', 'و م ع', 'لاماب'], site: 'mapexpress.ma', kind: 'agency' },
  { name: 'APS', aliases: ['Algérie Presse Service', 'واج'], site: 'aps.dz', kind: 'agency' },
  { name: 'TAP', aliases: ['Tunis Afrique Presse', 'وات'], site: 'tap.info.tn', kind: 'agency' },
  { name: 'MENA', aliases: ['MENA', 'أ ش أ', 'أ.ش.أ'], site: 'mena.org.eg', kind: 'agency' },
  { name: 'Petra', aliases: ['Petra', 'بترا'], site: 'petra.gov.jo', kind: 'agency' },
  { name: 'SPA', aliases: ['Saudi Press Agency', 'واس'], site: 'spa.gov.sa', kind: 'agency' },
  { name: 'WAM', aliases: ['WAM', 'وام'], site: 'wam.ae', kind: 'agency' },
  { name: 'QNA', aliases: ['QNA', 'قنا'], site: 'qna.org.qa', kind: 'agency' },
  { name: 'KUNA', aliases: ['KUNA', 'كونا'], site: 'kuna.net.kw', kind: 'agency' },
  { name: 'SANA', aliases: ['SANA', 'سانا'], site: 'sana.sy', kind: 'agency' },
  { name: 'WAFA', aliases: ['WAFA', 'وفا'], site: 'wafa.ps', kind: 'agency' },
  { name: 'NNA', aliases: ['الوكالة الوطنية للإعلام'], site: 'nna-leb.gov.lb', kind: 'agency' },
  { name: 'IRNA', aliases: ['IRNA', 'إرنا'], site: 'irna.ir', kind: 'agency' },
  // More national agencies. Initials and names that are also words, first names or other
  // things ("APP", "AGI", "DHA", "Hina", "Tasnim") are listed only by the agency's full name:
  // "artificial general intelligence (AGI)." would read as a dateline.
  { name: 'The Canadian Press', aliases: ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne', 'Presse Canadienne'], site: 'thecanadianpress.com', kind: 'agency' },
  { name: 'Adnkronos', aliases: ['Adnkronos', 'AdnKronos'], site: 'adnkronos.com', kind: 'agency' },
  { name: 'AGI', aliases: ['Agenzia Italia', 'Agenzia Giornalistica Italia'], site: 'agi.it', kind: 'agency' },
  { name: 'LaPresse', aliases: ['LaPresse'], site: 'lapresse.it', kind: 'agency' },
  { name: 'Askanews', aliases: ['Askanews', 'askanews'], site: 'askanews.it', kind: 'agency' },
  { name: 'Italpress', aliases: ['Italpress'], site: 'italpress.com', kind: 'agency' },
  { name: 'Servimedia', aliases: ['Servimedia'], site: 'servimedia.es', kind: 'agency' },
  { name: 'Notimex', aliases: ['Notimex'], site: 'notimex.gob.mx', kind: 'agency' },
  { name: 'Prensa Latina', aliases: ['Prensa Latina'], site: 'prensa-latina.cu', kind: 'agency' },
  { name: 'Andina', aliases: ['Andina', 'Agencia Andina'], site: 'andina.pe', kind: 'agency' },
  { name: 'Estadão Conteúdo', aliases: ['Estadão Conteúdo', 'Estadao Conteudo', 'Agência Estado'], site: 'estadao.com.br', kind: 'agency' },
  { name: 'Folhapress', aliases: ['Folhapress'], site: 'folha.uol.com.br', kind: 'agency' },
  { name: 'Agerpres', aliases: ['Agerpres', 'AGERPRES'], site: 'agerpres.ro', kind: 'agency' },
  { name: 'Mediafax', aliases: ['Mediafax', 'MEDIAFAX'], site: 'mediafax.ro', kind: 'agency' },
  { name: 'MTI', aliases: ['MTI', 'Magyar Távirati Iroda'], site: 'mti.hu', kind: 'agency' },
  { name: 'BTA', aliases: ['BTA', 'БТА', 'Bulgarian News Agency'], site: 'bta.bg', kind: 'agency' },
  { name: 'HINA', aliases: ['HINA'], site: 'hina.hr', kind: 'agency' },
  { name: 'STA', aliases: ['STA', 'Slovenska tiskovna agencija', 'Slovenian Press Agency'], site: 'sta.si', kind: 'agency' },
  { name: 'Tanjug', aliases: ['Tanjug', 'Танјуг', 'Танюг'], site: 'tanjug.rs', kind: 'agency' },
  { name: 'TASR', aliases: ['TASR'], site: 'tasr.sk', kind: 'agency' },
  { name: 'STT', aliases: ['STT', 'STT-FNB'], site: 'stt.fi', kind: 'agency' },
  { name: 'LETA', aliases: ['LETA'], site: 'leta.lv', kind: 'agency' },
  { name: 'BNS', aliases: ['BNS', 'Baltic News Service'], site: 'bns.lt', otherSites: ['bns.ee', 'bns.lv'], kind: 'agency' },
  { name: 'ELTA', aliases: ['ELTA'], site: 'elta.lt', kind: 'agency' },
  { name: 'ANA-MPA', aliases: ['ANA-MPA', 'AMNA', 'ΑΠΕ-ΜΠΕ', 'ΑΠΕ'], site: 'amna.gr', kind: 'agency' },
  { name: 'UNIAN', aliases: ['UNIAN', 'УНІАН', 'УНИАН'], site: 'unian.ua', otherSites: ['unian.net', 'unian.info'], kind: 'agency' },
  { name: 'Interfax-Ukraine', aliases: ['Interfax-Ukraine', 'Інтерфакс-Україна', 'Интерфакс-Украина'], site: 'interfax.com.ua', kind: 'agency' },
  { name: 'BelTA', aliases: ['BelTA', 'БелТА'], site: 'belta.by', kind: 'agency' },
  { name: 'Kazinform', aliases: ['Kazinform', 'Казинформ'], site: 'inform.kz', kind: 'agency' },
  { name: 'Armenpress', aliases: ['Armenpress', 'Արմենպրես', 'Арменпресс'], site: 'armenpress.am', kind: 'agency' },
  { name: 'DHA', aliases: ['Demirören Haber Ajansı'], site: 'dha.com.tr', kind: 'agency' },
  { name: 'İHA', aliases: ['İhlas Haber Ajansı'], site: 'iha.com.tr', kind: 'agency' },
  { name: 'ISNA', aliases: ['Iranian Students News Agency', 'ایسنا'], site: 'isna.ir', kind: 'agency' },
  { name: 'Tasnim', aliases: ['Tasnim News Agency', 'Tasnim News', 'تسنیم'], site: 'tasnimnews.com', kind: 'agency' },
  { name: 'Mehr News Agency', aliases: ['Mehr News Agency', 'Mehr News'], site: 'mehrnews.com', kind: 'agency' },
  { name: 'BNA', aliases: ['Bahrain News Agency'], site: 'bna.bh', kind: 'agency' },
  { name: 'Oman News Agency', aliases: ['Oman News Agency'], site: 'omannews.gov.om', kind: 'agency' },
  { name: 'Iraqi News Agency', aliases: ['Iraqi News Agency', 'واع'], site: 'ina.iq', kind: 'agency' },
  { name: 'SUNA', aliases: ['SUNA', 'سونا'], site: 'suna-sd.net', kind: 'agency' },
  { name: 'United News of India', aliases: ['United News of India'], site: 'uniindia.com', kind: 'agency' },
  { name: 'Associated Press of Pakistan', aliases: ['Associated Press of Pakistan'], site: 'app.com.pk', kind: 'agency' },
  { name: 'BSS', aliases: ['Bangladesh Sangbad Sangstha'], site: 'bssnews.net', kind: 'agency' },
  { name: 'CNA', aliases: ['Central News Agency', '中央社', '中央通訊社'], site: 'cna.com.tw', otherSites: ['focustaiwan.tw'], kind: 'agency' },
  { name: 'China News Service', aliases: ['China News Service', '中新社', '中国新闻社'], site: 'chinanews.com.cn', otherSites: ['chinanews.com'], kind: 'agency' },
  { name: 'VNA', aliases: ['VNA', 'Vietnam News Agency', 'TTXVN'], site: 'vnanet.vn', otherSites: ['vnagency.com.vn'], kind: 'agency' },
  { name: 'PNA', aliases: ['Philippine News Agency'], site: 'pna.gov.ph', kind: 'agency' },
  { name: 'KCNA', aliases: ['KCNA', 'Korean Central News Agency'], site: 'kcna.kp', kind: 'agency' },
  { name: 'Montsame', aliases: ['Montsame', 'MONTSAME'], site: 'montsame.mn', kind: 'agency' },
  { name: 'News Agency of Nigeria', aliases: ['News Agency of Nigeria'], site: 'nannews.ng', kind: 'agency' },
  { name: 'Ethiopian News Agency', aliases: ['Ethiopian News Agency'], site: 'ena.et', kind: 'agency' },
  { name: 'Dow Jones', aliases: ['Dow Jones Newswires'], site: 'dowjones.com', kind: 'agency' },
  { name: 'SID', aliases: ['Sport-Informations-Dienst'], site: 'sid.de', kind: 'agency' },
  { name: 'dts', aliases: ['dts Nachrichtenagentur'], site: 'dts-nachrichtenagentur.de', kind: 'agency' },
  // Outlets whose stories many sites republish under their licence.
  { name: 'The Conversation', aliases: ['The Conversation'], site: 'theconversation.com', kind: 'outlet' },
  { name: 'ProPublica', aliases: ['ProPublica'], site: 'propublica.org', kind: 'outlet' },
  // Outlets that Arabic, French and Spanish copies credit by a transliterated name.
  { name: 'CNN', aliases: ['CNN', 'CNN.com', 'سي إن إن'], site: 'cnn.com', kind: 'outlet' },
  { name: 'BBC', aliases: ['BBC', 'BBC News', 'بي بي سي'], site: 'bbc.com', kind: 'outlet' },
  { name: 'Daily Mail', aliases: ['Daily Mail', 'MailOnline', 'ديلي ميل', 'دايلي ميل', 'ديلي مايل'], site: 'dailymail.co.uk', kind: 'outlet' },
  { name: 'The Guardian', aliases: ['The Guardian', 'الغارديان', 'الجارديان'], site: 'theguardian.com', kind: 'outlet' },
  { name: 'The New York Times', aliases: ['The New York Times', 'New York Times', 'نيويورك تايمز'], site: 'nytimes.com', kind: 'outlet' },
  { name: 'The Washington Post', aliases: ['The Washington Post', 'Washington Post', 'واشنطن بوست'], site: 'washingtonpost.com', kind: 'outlet' },
  { name: 'The Wall Street Journal', aliases: ['The Wall Street Journal', 'Wall Street Journal', 'وول ستريت جورنال'], site: 'wsj.com', kind: 'outlet' },
  { name: 'Financial Times', aliases: ['Financial Times', 'فايننشال تايمز'], site: 'ft.com', kind: 'outlet' },
  { name: 'The Independent', aliases: ['The Independent', 'الإندبندنت'], site: 'independent.co.uk', kind: 'outlet' },
  { name: 'Le Monde', aliases: ['Le Monde', 'لوموند'], site: 'lemonde.fr', kind: 'outlet' },
  { name: 'Le Figaro', aliases: ['Le Figaro', 'لوفيغارو'], site: 'lefigaro.fr', kind: 'outlet' },
  { name: 'El País', aliases: ['El País', 'El Pais', 'إل باييس'], site: 'elpais.com', kind: 'outlet' },
  { name: 'Al Jazeera', aliases: ['Al Jazeera', 'الجزيرة', 'الجزيرة نت'], site: 'aljazeera.net', kind: 'outlet' },
  { name: 'Sky News Arabia', aliases: ['Sky News Arabia', 'سكاي نيوز عربية'], site: 'skynewsarabia.com', kind: 'outlet' },
  { name: 'Fox News', aliases: ['Fox News'], site: 'foxnews.com', kind: 'outlet' },
];

/** Whether `site` (a registrable domain) is one of the source's own. */
export function isSiteOf(source: KnownSource, site: string): boolean {
  return source.site === site || (source.otherSites?.includes(site) ?? false);
}

// ASCII is its own NFKC form: most names skip the costlier normalisation.
const NOT_ASCII = /[\u0080-\uffff]/;
const normalise = (text: string) => (NOT_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(/[\s.\-–_'’]+/g, ' ').trim();

let byAlias: Map<string, KnownSource> | undefined;

/** Sources by normalised alias, built on first use: the content script never needs it. */
function aliasIndex(): Map<string, KnownSource> {
  if (!byAlias) {
    byAlias = new Map();
    for (const source of KNOWN_SOURCES) for (const alias of source.aliases) byAlias.set(normalise(alias), source);
  }
  return byAlias;
}

/**
 * The known source that `text` names, or undefined. Short forms ("AP", "AA", "MAP", "ats")
 * are ordinary words or initials in other spellings, so they count only spelled exactly as
 * listed; longer names count in any case.
 */
export function knownSource(text: string): KnownSource | undefined {
  const source = aliasIndex().get(normalise(text));
  if (!source) return undefined;
  const compact = text.trim();
  if (compact.length <= 4 && !source.aliases.includes(compact)) return undefined;
  return source;
}

let firstWords: Set<string> | undefined;

/** Whether some alias starts with the word that starts `text` (the look-ups below are costlier than this test). */
function mayStartAlias(word: string): boolean {
  firstWords ??= new Set([...aliasIndex().keys()].map((key) => key.split(' ')[0] ?? key));
  const first = normalise(word).split(' ')[0] ?? '';
  return first === '' || firstWords.has(first) || firstWords.has(first.replace(/[.,:;]+$/, ''));
}

/** The known source that the first one to four words of `text` name ("Reuters VIENNA" → Reuters). */
export function leadingSource(text: string): KnownSource | undefined {
  const words = text.trim().split(/\s+/, 5);
  if (!mayStartAlias(words[0] ?? '')) return undefined;
  for (let count = Math.min(words.length, 4); count >= 1; count--) {
    const source = knownSource(words.slice(0, count).join(' ').replace(/[.,:;]+$/, ''));
    if (source) return source;
  }
  return undefined;
}

/**
 * One regular-expression alternative for `aliases`, longest first ("dpa-AFX" before "dpa"),
 * grouped by first character ("A(?:ssociated…|FP|P)|R(?:euters|…)"): at each position the
 * engine then tries one group rather than every name, twice as fast on a page's text.
 */
function alternation(aliases: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const alias of [...aliases].sort((a, b) => b.length - a.length)) {
    const pattern = alias.split(/[\s.]+/).filter(Boolean).map(escapeRegExp).join('[\\s.]*');
    const first = /^(?:\\.|.)/su.exec(pattern)?.[0] ?? '';
    groups.set(first, [...(groups.get(first) ?? []), pattern.slice(first.length)]);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

/**
 * The aliases the content script's quick pass searches for: every alias, except one that holds
 * a shorter alias as a word ("Agencia EFE" holds "EFE", "Thomson Reuters" "Reuters") or that
 * names itself an agency ("Philippine News Agency"): wherever those stand, the shorter alias or
 * the quick pass's agency-word test is found too. The content script stays under its size cap.
 */
export function quickPassAliases(): string[] {
  const aliases = KNOWN_SOURCES.flatMap((source) => source.aliases);
  const holds = (long: string, short: string) => long !== short && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(short)}(?![\\p{L}\\p{N}])`, 'u').test(long);
  return aliases.filter((alias) => !AGENCY_WORD.test(alias) && !aliases.some((other) => holds(alias, other)));
}

/** The quick pass's aliases as one alternative: source-alternation.ts holds it written out. */
export function sourceAlternation(): string {
  return alternation(quickPassAliases());
}
