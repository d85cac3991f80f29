import { describe, expect, it } from 'vitest';
import { detect } from '..';
import { parsePage } from '../../../tests/fixtures/load';
import { looksRepublished } from '../prescreen';

// Each case is the markup of one real page, cut to the part that matters: the quoted strings
// are the evidence snippets of the shared corpus page named in the case (see
// ../shared/fixtures/pages-corpus/manifest.json), the rest is the plainest page around them.

const STORY = '<p>The council met on Monday to discuss the plan, which officials said would take effect next year after a vote.</p>'.repeat(4);

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article><h1>A story</h1>${body}</article></body></html>`;
}

/** detect() on the page; every copy it finds must also pass the content script's quick pass, or the reader would never be told. */
function detectIn(html: string, url: string) {
  const document = parsePage(html, url);
  const detection = detect(document, new URL(url));
  if (detection) expect(looksRepublished(document, new URL(url)), 'the quick pass lets this copy through').toBe(true);
  return detection;
}

describe('wire copy', () => {
  it.each([
    ['pos_dailyherald_ap', '<p>LOS ANGELES (AP) -- Hollywood actors reached a deal.</p>', 'https://www.dailyherald.com/entlife/x', 'Associated Press'],
    ['pos_islamischezeitung_kna', '<p>Wiesbaden (KNA/iz). Der Bundespräsident sieht eine Radikalisierung.</p>', 'https://islamische-zeitung.de/x/', 'KNA'],
    ['pos_gazzetta_ansa', `${STORY}<p>Al momento l'esponente dem ha 288 voti, contro i 222 di Donald Trump. (ANSA).</p>`, 'https://www.lagazzettadelmezzogiorno.it/news/x', 'ANSA'],
    ['pos_almadenah_petra', `${STORY}<p>إلى 866.646 إصابة.--(بترا)</p>`, 'https://www.almadenahnews.com/article/1', 'Petra'],
    ['pos_infranken_dpa', `<div class="author">Von Britta Schultejans, dpa</div>${STORY}`, 'https://www.infranken.de/x', 'dpa'],
    ['pos_lefigaro_afp', `<div class="byline">Par Le Figaro et AFP</div>${STORY}`, 'https://www.lefigaro.fr/international/x', 'AFP'],
    ['pos_aero_dpaafx_selforigsrc', `${STORY}<div>&copy; dpa-AFX | Abb.: Fraport | 07.11.2023 08:03</div>`, 'https://www.aero.de/news-46212/x.html', 'dpa-AFX'],
    ['pos_nationalpost_reuters', `${STORY}<p>(Reporting by Michel Rose; Editing by Alex Richardson)</p>`, 'http://nationalpost.com/pmn/x', 'Reuters'],
  ])('%s', (_, body, url, name) => {
    expect(detectIn(page(body), url)?.source.name).toBe(name);
  });

  it.each([
    ['Kyodo closing a Japanese story in full-width brackets', `${'<p>政府は５日、新たな経済対策を閣議決定した。来年度の予算案にも反映させる方針だ。</p>'.repeat(4)}<p>首相は記者団に「速やかに実行する」と述べた。（共同）</p>`, 'https://www.example-nikkan.jp/article/1', 'Kyodo'],
    ["Xinhua's dateline", `<p>新华社北京3月5日电 第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。</p>${'<p>会议听取了政府工作报告，代表们认真审议了报告内容。</p>'.repeat(4)}`, 'https://www.example-daily.cn/news/1.html', 'Xinhua'],
    ['an agency signing off after a spaced hyphen', `${STORY}<p>The talks are due to resume next week in Geneva. - Reuters</p>`, 'https://www.example-herald.com/world/1', 'Reuters'],
  ])('%s', (_, body, url, name) => {
    expect(detectIn(page(body), url)?.source.name).toBe(name);
  });

  it.each([
    ['a French story closing on "Avec AFP"', `${STORY}<p>Le texte doit être examiné au Sénat à partir du 12 mars.</p><p>Avec AFP</p>`, 'https://www.example-quotidien.fr/politique/1', 'AFP'],
    ['"(avec Reuters)" on a line of its own', `${STORY}<p>(avec Reuters)</p>`, 'https://www.example-quotidien.fr/monde/2', 'Reuters'],
    ['"Con información de EFE"', `${STORY}<p>Con información de EFE</p>`, 'https://www.example-diario.com.ar/mundo/3', 'EFE'],
    ['"Com informações da Agência Brasil"', `${STORY}<p>Com informações da Agência Brasil</p>`, 'https://www.example-jornal.com.br/politica/5', 'Agência Brasil'],
    ['"Mit Material von dpa"', `${STORY}<p>Mit Material von dpa</p>`, 'https://www.example-zeitung.de/politik/6', 'dpa'],
  ])('%s', (_, body, url, name) => {
    expect(detectIn(page(body), url)?.source.name).toBe(name);
  });

  it('finds the agency among several outlets in a closing credit (pos_france24_afp)', () => {
    const html = page(`${STORY}<p>The talks are due to resume next week.</p><p>(FRANCE 24 with AFP, REUTERS)</p>`);
    expect(detectIn(html, 'https://www.france24.com/en/20200312-x')?.source.name).toBe('AFP');
  });

  it('takes no agency from a sentence that starts "Avec AFP"', () => {
    const html = page(`${STORY}<p>Avec AFP et Reuters, les journalistes ont suivi la réunion toute la nuit.</p>`);
    expect(detectIn(html, 'https://www.example-quotidien.fr/politique/4')).toBeNull();
  });

  it("takes no Xinhua dateline on Xinhua's own site", () => {
    const html = page(`<p>新华社北京3月5日电 第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。</p>${'<p>会议听取了政府工作报告，代表们认真审议了报告内容。</p>'.repeat(4)}`);
    expect(detectIn(html, 'http://www.xinhuanet.com/politics/2024-03/05/c_1.htm')).toBeNull();
  });

  it('dates an agency dateline with the page year (pos_noticierodigital_efe)', () => {
    const html = page('<p>Bruselas, 7 oct (EFE).- El alto representante pidió no aplazar las elecciones.</p>', '<meta property="article:published_time" content="2020-10-07T07:09:00+00:00">');
    const detection = detectIn(html, 'https://www.noticierodigital.com/2020/10/x/');
    expect(detection?.source).toMatchObject({ name: 'EFE', publishedAt: '2020-10-07' });
  });
});

describe('credit lines', () => {
  it.each([
    ['pos_zeit_dpa', `${STORY}<p>Quelle: dpa</p>`, 'https://www.zeit.de/news/x', 'dpa'],
    ['pos_noticiaexata_agenciabrasil', `<p class="tagline">22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras</p>${STORY}`, 'https://www.noticiaexata.com.br/artigo/x', 'Agência Brasil'],
    ['pos_moneycontrol_pti', `<div class="arttidate">Last Updated : Apr 08, 2020 05:08 PM IST | Source: PTI</div>${STORY}`, 'https://www.moneycontrol.com/news/x', 'PTI'],
    ['pos_lbci_dailymail_rewrite', `<p>وفق ما نقل موقع دايلي ميل البريطاني، فإن الحادثة وقعت أمس.</p>${STORY}`, 'https://www.lbcgroup.tv/news/1/ar', 'Daily Mail'],
  ])('%s', (_, body, url, name) => {
    expect(detectIn(page(body), url)?.source.name).toBe(name);
  });

  it.each([
    ['"Zuerst erschienen bei"', `${STORY}<p>Zuerst erschienen bei Netzpolitik.org</p>`, 'https://www.example-blog.de/2020/x', 'Netzpolitik.org'],
    ['"publié à l\'origine sur"', `${STORY}<p>Cet article a été publié à l'origine sur The Conversation.</p>`, 'https://www.example-quotidien.fr/idees/x', 'The Conversation'],
    ['"This story was produced by"', `${STORY}<p>This story was produced by KFF Health News, a national newsroom.</p>`, 'https://www.example-gazette.com/health/x', 'KFF Health News'],
    ['"Distributed by" on a line of its own', `${STORY}<p>Distributed by Tribune Content Agency, LLC.</p>`, 'https://www.example-gazette.com/opinion/x', 'Tribune Content Agency'],
  ])('reads a partner or syndicate note: %s', (_, body, url, name) => {
    expect(detectIn(page(body), url)?.source.name).toBe(name);
  });

  it('takes no "distributed by" in prose', () => {
    expect(detectIn(page(`<p>The vaccine, distributed by the health ministry since May, reached every district.</p>${STORY}`), 'https://www.example-gazette.com/health/y')).toBeNull();
  });

  it('takes the original from the link on the credit (pos_citylab_atlantic)', () => {
    const original = 'https://www.theatlantic.com/entertainment/archive/2019/04/being-and-neonness-neon-lights-symbol-20th-century/588184/';
    const detection = detectIn(page(`${STORY}<p>This article originally appeared on <a href="${original}">The Atlantic</a>.</p>`), 'https://www.citylab.com/design/2019/04/x/');
    expect(detection?.source).toMatchObject({ name: 'The Atlantic', url: original });
  });

  it('reads a cross-post note with its date (pos_medium_crosspost)', () => {
    const detection = detectIn(
      page(`${STORY}<p><em>Originally published at <a href="http://www.courtneykirchoff.com/2011/11/on-behalf-of-literally/">www.courtneykirchoff.com</a> on November 18, 2011.</em></p>`),
      'https://medium.com/@ck/on-behalf-of-literally-1',
    );
    expect(detection?.source).toMatchObject({ url: 'http://www.courtneykirchoff.com/2011/11/on-behalf-of-literally/', publishedAt: '2011-11-18' });
  });
});

describe('links and metadata', () => {
  it('reads rel=syndication-source (pos_businessinsider_aviationist)', () => {
    const original = 'http://theaviationist.com/2014/12/29/su-24-fuerza-aerea-argentina/';
    const detection = detectIn(page(STORY, `<link href="${original}" rel="syndication-source" />`), 'http://www.businessinsider.com/x-2014-12');
    expect(detection?.source).toMatchObject({ url: original, publishedAt: '2014-12-29' });
  });

  it('reads a canonical link to another site (pos_eastbaytimes_mercurynews)', () => {
    const original = 'https://www.mercurynews.com/coronavirus-how-these-bay-area-travelers-got-stranded-in-bolivia';
    expect(detectIn(page(STORY, `<link rel="canonical" href="${original}" />`), 'https://www.eastbaytimes.com/2020/04/24/x/')?.source.url).toBe(original);
  });

  it('reads JSON-LD isBasedOn, through an @graph reference', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', isBasedOn: { '@id': '#orig' } }, { '@id': '#orig', url: 'https://www.example-outlet.com/2024/05/01/story' }] };
    const detection = detectIn(page(STORY, `<script type="application/ld+json">${JSON.stringify(graph)}</script>`), 'https://aggregator.example.net/a/1');
    expect(detection?.source.url).toBe('https://www.example-outlet.com/2024/05/01/story');
  });

  it('finds the original of a translation in its language versions (pos_motor1_de_translation)', () => {
    const original = 'https://www.motor1.com/news/545191/bmw-3-series-touring-spy-photos/';
    const html = page(`<div class="author">Von: Adrian Padeanu Übersetzt von: Roland Hildebrandt</div>${STORY}`, `<link href="${original}" hreflang="en" rel="alternate">`).replace('<html>', '<html lang="de">');
    expect(detectIn(html, 'https://de.motor1.com/news/545191/bmw-3er-touring-erlkoenig/')?.source.url).toBe(original);
  });
});

// Cases from the project's own labelled pages (tests/pages/<id>/, origins in their expected.json).
describe('bylines and sign-offs (tests/pages)', () => {
  it('reads an agency signing off after the last sentence (pos_malaymail_afp)', () => {
    const html = page(`<figure><img src="a.jpg"><figcaption>Tori Bowie in the women’s 100 metres final, August 6, 2017. — AFP pic</figcaption></figure>${STORY}<p>The European Athletics Championships are due to take place in Munich on August 11-21. — AFP</p>`);
    expect(detectIn(html, 'https://www.malaymail.com/news/sports/2020/04/08/x/1854874')?.source.name).toBe('AFP');
  });

  it.each([
    ['an agency in a photo sign-off', `${STORY}<p>Runners at the stadium in London, 2017. — AFP pic</p>`],
    ['an agency starting a sentence of prose', `${STORY}<p>The race was cancelled. — AFP journalists at the stadium saw empty stands.</p>`],
  ])('takes no sign-off from %s', (_, body) => {
    expect(detectIn(page(body), 'https://www.malaymail.com/news/x/1')).toBeNull();
  });

  it('names an agency the table does not know from its initials closing the story (pos_bohemia_acn)', () => {
    const html = page(`<p>Por FIDEL RENDÓN MATIENZO</p>${STORY}<p>En un aparte con la ACN, Martínez Roque precisó que se mantiene el servicio a domicilio. (ACN).</p>`);
    expect(detectIn(html, 'http://bohemia.cu/nacionales/2020/03/x/')?.source.name).toBe('ACN');
  });

  it.each([
    ['a closing word that is no credit', `${STORY}<p>Watch the full interview below. (VIDEO)</p>`, 'https://www.example-news.com/x/1'],
    ['an acronym explained mid-sentence', `${STORY}<p>The plan was approved by the World Health Organization (WHO).</p>`, 'https://www.example-news.com/x/2'],
    ['the agency on its own site', `${STORY}<p>Se mantiene el servicio a domicilio. (ACN).</p>`, 'http://www.acn.cu/cuba/x'],
  ])('takes no closing initials from %s', (_, body, url) => {
    expect(detectIn(page(body), url)).toBeNull();
  });

  it("reads a credit to an outlet's page on a social network, up to the block's end (pos_revolutionpermanente_liberonsles)", () => {
    const post = 'https://m.facebook.com/story.php?story_fbid=2422433654652464&id=2000993656796468';
    const html = page(`<p>Communiqué de presse Libérons-Les - 12 juin 2019</p>${STORY}<p>Source : Page Facebook de <a href="${post.replace('&', '&amp;')}">Libérons-Les</a></p><div class="tags">Mots-clés #JusticeDeClasse / Répression</div>`);
    expect(detectIn(html, 'http://www.revolutionpermanente.fr/Antonin-Bernanos')?.source).toMatchObject({ name: 'Libérons-Les', url: post, publishedAt: '2019-06-12' });
  });

  it('follows a "read the entire article" link (pos_breakingsoup_comicbook)', () => {
    const original = 'https://comicbook.com/tv-shows/news/south-park-denver-broncos-game-cut-outs/';
    const html = page(`<blockquote class="wp-block-quote">${STORY}</blockquote><h4><a href="${original}">Read the entire article here: comicbook.com</a></h4>`);
    expect(detectIn(html, 'https://www.breakingsoup.com/south-park-characters-fill-empty-seats-at-denver-broncos-games/')?.source.url).toBe(original);
  });

  it('reads a Japanese reprint note with its date and link (pos_zdnetjapan_techrepublicjapan)', () => {
    const original = 'https://japan.techrepublic.com/article/35102407.htm';
    const html = page(`${STORY}<p>（本記事は、TechRepublic Japanで2017年6月8日に掲載した記事からの転載です。<a href="${original}">続きはTechRepublic Japanでお読みいただけます</a>）</p>`);
    expect(detectIn(html, 'https://japan.zdnet.com/article/35136396/')?.source).toMatchObject({ name: 'TechRepublic Japan', url: original, publishedAt: '2017-06-08' });
  });

  it('names an agency the table does not know from a byline (pos_laprensafl_agenciareforma)', () => {
    const html = page(`<div class="author"><span class="by">Por:</span> <a href="https://laprensafl.com/autor/agencia-reforma/"><span class="author_name"> Agencia Reforma</span></a> <time>| 17 de Febrero 2020</time></div>${STORY}`);
    expect(detectIn(html, 'https://laprensafl.com/2020/02/17/x/')?.source.name).toBe('Agencia Reforma');
  });

  it('takes no agency byline from the agency itself', () => {
    const html = page(`<div class="author">Por: Agencia Reforma</div>${STORY}`);
    expect(detectIn(html, 'https://www.reforma.com/x/1')).toBeNull();
  });

  it('names the sister title whose site serves the pictures (pos_elsoldemazatlan_elsoldemexico)', () => {
    const html = page(`<p class="byline">Galo Ramírez | El Sol de México</p>${STORY}`, '<meta property="og:image" content="https://www.elsoldemexico.com.mx/finanzas/j46mv9-plataforma-petrolera.jpeg">');
    expect(detectIn(html, 'https://www.elsoldemazatlan.com.mx/finanzas/x-4982125.html')?.source.name).toBe('El Sol de México');
  });

  it('reads a partner byline marked rel=author (pos_getnews_neol)', () => {
    const html = page(`<span class="prof"><a href="https://getnews.jp/author/neol" rel="author">NeoL／ネオエル</a></span><div><img src="https://www.neol.jp/wp-content/uploads/2019/04/1904212-620x411.png">${STORY}</div>`);
    expect(detectIn(html, 'https://getnews.jp/archives/2146078')?.source.name).toBe('NeoL／ネオエル');
  });

  it.each([
    ['a staff byline, pictures on an image host', '<p class="byline">Galo Ramírez | Staff</p>', 'https://img.example-cdn.com/a.jpg'],
    ['its own name, pictures on a sister site', '<p class="byline">Galo Ramírez | El Sol de Mazatlán</p>', 'https://www.elsoldemexico.com.mx/a.jpeg'],
  ])('takes no sister title from %s', (_, byline, image) => {
    const html = page(`${byline}${STORY}`, `<meta property="og:image" content="${image}">`);
    expect(detectIn(html, 'https://www.elsoldemazatlan.com.mx/finanzas/x-4982125.html')).toBeNull();
  });
});

describe('Arabic stories built on another outlet\'s report', () => {
  const ARABIC = '<p>وقالت الصحيفة إن الحكومة ستعلن خطتها الجديدة للنقل العام خلال الأسبوع المقبل بعد تصويت البرلمان عليها.</p>'.repeat(3);

  it('names the outlet a story opens on', () => {
    const html = page(`<p>نشرت صحيفة The Times البريطانية تقريرا عن خطة الحكومة للنقل.</p>${ARABIC}`).replace('<html>', '<html lang="ar" dir="rtl">');
    expect(detectIn(html, 'https://www.example-arabic-portal.com/news/1')?.source.name).toBe('The Times');
  });

  it('takes no outlet quoted further down the story', () => {
    const html = page(`${ARABIC}<p>وفي سياق متصل، نشرت صحيفة The Times البريطانية تقريرا عن خطة الحكومة للنقل.</p>${ARABIC}`);
    expect(detectIn(html, 'https://www.example-arabic-portal.com/news/2')).toBeNull();
  });
});

describe('hard negatives stay negative', () => {
  it.each([
    ['neg_ticotimes_afpphoto: an agency in a photo credit', `<figure><img src="a.jpg"><figcaption>(Photo by Ezequiel BECERRA / AFP)</figcaption></figure><div class="byline">By Ileana Fernandez</div>${STORY}`, 'https://ticotimes.net/2022/04/26/x'],
    ['neg_livescience_origpub_self: "originally published" on its own site', `${STORY}<p>Originally published on Live Science.</p>`, 'https://www.livescience.com/x.html'],
    ['neg_cnnmoney_firstpublished: its own timestamp', `<div class="byline">CNNMoney (New York) First published February 1, 2016: 1:28 AM ET</div>${STORY}`, 'https://money.cnn.com/2016/02/01/x/'],
    ['neg_madamefigaro_initialement: its own earlier version', `${STORY}<p>* Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour.</p>`, 'https://madame.lefigaro.fr/x'],
    ['neg_reuters_own_site: the agency on its own site', `<p>WASHINGTON (Reuters) - The Senate voted on Tuesday.</p>${STORY}`, 'https://www.reuters.com/article/x'],
    ['neg_aljazeera_source_self: its own name as source', `${STORY}<p>SOURCE: Al Jazeera News</p>`, 'https://www.aljazeera.com/news/2020/x'],
    ['neg_quanta_reprinted_on_wired: it is the original', `${STORY}<p>This article was reprinted on Wired.com.</p>`, 'https://www.quantamagazine.org/x/'],
    ['neg_salon_ap_footer: site-wide wire footer', `${STORY}<p>Associated Press articles: Copyright © 2015 The Associated Press. All rights reserved.</p>`, 'https://www.salon.com/2015/x/'],
    ['neg_hpd_discusses_dpa: an agency discussed in prose', `<p>Gestern veröffentlichte die Deutsche Presseagentur (dpa) eine Meldung, die Fragen aufwirft.</p>${STORY}`, 'https://hpd.de/artikel/x'],
    ['"publié dans" in ordinary prose', `<p>Le rapport, publié dans la revue Nature, montre une hausse.</p>${STORY}`, 'https://www.ledevoir.com/societe/x'],
  ])('%s', (_, body, url) => {
    expect(detectIn(page(body), url)).toBeNull();
  });

  it('neg_thenextweb_originalsource_self: an original-source link to itself', () => {
    const url = 'http://thenextweb.com/insider/2015/01/14/blackberry-denies-samsung-buyout-rumors/';
    expect(detectIn(page(STORY, `<link rel="original-source" href="${url}" />`), url)).toBeNull();
  });

  it('neg_nytimes_apphoto: its own company as sourceOrganization', () => {
    const data = { '@type': 'NewsArticle', sourceOrganization: { name: 'The New York Times' } };
    expect(detectIn(page(STORY, `<script type="application/ld+json">${JSON.stringify(data)}</script>`), 'https://www.nytimes.com/2020/08/16/x.html')).toBeNull();
  });
});

describe('third batch of development pages (tests/pages)', () => {
  it('finds the agency among the credits of a dateline, with its date (pos_urdupoint_sputnik)', () => {
    const html = page(`<p>MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) It is impossible to give the exact date when the closed borders will reopen, the prime minister said.</p>${STORY}`);
    const detection = detectIn(html, 'https://www.urdupoint.com/en/world/russian-prime-minister-mikhail-mishustin-says-906868.html');
    expect(detection?.source).toEqual({ name: 'Sputnik', publishedAt: '2020-04-29' });
    expect(detection?.signals[0]?.kind).toBe('dateline');
  });

  it("ends a copyright line's outlet with its block (pos_necn_bbj)", () => {
    const html = page(`${STORY}<p>Copyright Boston Business Journal</p><div>This article tagged under: Cannabis</div>`, '<link rel="canonical" href="https://www.nbcboston.com/boston-business-journal/x/3176723/">');
    expect(detectIn(html, 'https://www.necn.com/news/local/x/3106441/')?.source.name).toBe('Boston Business Journal');
  });

  it('takes no dateline credit naming only the page itself', () => {
    const html = page(`<p>MOSCOW (UrduPoint News - 29th April, 2020) It is impossible to give the exact date when the closed borders will reopen.</p>${STORY}`);
    expect(detectIn(html, 'https://www.urdupoint.com/en/world/x.html')).toBeNull();
  });

  it('names the organisation a portal gives as author, other than its publisher, shown in a <cite> (pos_sinatw_sinacn)', () => {
    const data = { '@type': 'NewsArticle', author: { '@type': 'Organization', name: '北京新浪網' }, publisher: { '@type': 'Organization', name: '新浪台灣' } };
    const html = page(`<cite><a href="/cobrand/sinacn/">北京新浪網</a> (2020-01-21 11:12)</cite>${'<p>凱爾特人在主場以139-107大勝湖人。這是凱爾特人首發控衛職業生涯第一次戰勝詹姆斯的球隊。</p>'.repeat(4)}`, `<script type="application/ld+json">${JSON.stringify(data)}</script>`);
    const detection = detectIn(html, 'https://news.sina.com.tw/article/20200121/34046328.html');
    expect(detection?.source).toEqual({ name: '北京新浪網', publishedAt: '2020-01-21' });
    expect(detection?.signals.map((signal) => signal.evidence)).toEqual(['author: 北京新浪網 · publisher: 新浪台灣 · in the byline']);
  });

  it.each([
    ['a desk of the publisher', 'BBC News', 'BBC'],
    ['the site itself under its own name', 'Example Daily', 'Example Media Group'],
    ['a staff credit', 'Staff', 'Example Media Group'],
  ])('takes no author organisation that is %s', (_, author, publisher) => {
    const data = { '@type': 'NewsArticle', author: { '@type': 'Organization', name: author }, publisher: { '@type': 'Organization', name: publisher } };
    const html = page(`<cite>${author}</cite>${STORY}`, `<meta property="og:site_name" content="Example Daily"><script type="application/ld+json">${JSON.stringify(data)}</script>`);
    expect(detectIn(html, 'https://www.example-daily.com/news/1')).toBeNull();
  });

  it.each([
    ["neg_newscn_xinhua_own: Xinhua's dateline and source on its news.cn site", `<p>新华社北京11月17日电 记者17日从国家卫生健康委获悉。</p>${'<p>会议听取了政府工作报告，代表们认真审议了报告内容。</p>'.repeat(4)}<p>来源：新华网</p>`, '<meta name="source" content="新华社">', 'http://www.news.cn/fortune/2023-11/17/c_1129981476.htm'],
    ['neg_ukrinform_agency_own: the agency as JSON-LD author on its Russian-language site', STORY, `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Ukrinform' }, publisher: { '@type': 'Organization', name: 'Укринформ' } })}</script>`, 'https://www.ukrinform.ru/rubric-kyiv/3103218-x.html'],
    ['neg_afpbb_afp_own: AFP\'s Japanese service', `${'<p>ナイジェリア北東部ボルノ州で自爆攻撃があり、少なくとも30人が死亡した。</p>'.repeat(4)}<p>(c)AFP/Aminu ABUBAKAR</p>`, '', 'http://www.afpbb.com/articles/-/3178894'],
    ['neg_chinadaily_selfsource: a reprint notice about other works, and a placeholder source', `${'<p>多名外国专家告诉中国日报，中国经济的韧性为世界带来信心。</p>'.repeat(4)}<p>凡本网注明“来源：XXX（非中国日报网）”的作品，均转载自其它媒体，目的在于传播更多信息，其他媒体如需转载，请与稿件来源方联系。</p>`, '<meta name="source" content="中国日报网">', 'https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html'],
  ])('%s', (_, body, head, url) => {
    expect(detectIn(page(body, head), url)).toBeNull();
  });

  describe('Armenian stories built on another outlet', () => {
    const ARMENIAN = '<p>Կառավարության նիստից հետո նախարարը լրագրողների հետ զրույցում ասել է, որ նոր կարգը կգործի հաջորդ տարվանից։</p>'.repeat(3);

    it('names the outlet a story is relayed from, without its genitive ending (pos_panarmenian_aravot)', () => {
      const html = page(`<p>Տաղանդավոր ուսանողները կստանան տարկետում: «Առավոտի» փոխանցմամբ, այս մասին ասել է նախարարը։</p>${ARMENIAN}`);
      expect(detectIn(html, 'http://www.panarmenian.net/arm/news/250976/')?.source.name).toBe('Առավոտ');
    });

    it('names the newspaper a press review quotes (pos_newsam_hraparak)', () => {
      const html = page(`<p>«Հրապարակ» թերթը գրում է. «Կառավարությունը նոր ծրագիր է պատրաստում»։</p>${ARMENIAN}`);
      expect(detectIn(html, 'https://news.am/arm/news/615163.html')?.source.name).toBe('Հրապարակ');
    });

    it('takes no outlet quoted further down the story', () => {
      const html = page(`${ARMENIAN}${ARMENIAN}<p>Ավելի վաղ «Հրապարակ» թերթը գրում է, որ նախարարը հրաժարական է տվել։</p>`);
      expect(detectIn(html, 'https://news.am/arm/news/615164.html')).toBeNull();
    });
  });

  it('names the colleague a French story opens on (pos_nextwarez_torrentfreak)', () => {
    const html = page(`<p>Chaque année, nos confrères de TorrentFreak listent les 10 plus gros trackers torrent internationaux.</p>${STORY}`);
    expect(detectIn(html, 'https://www.nextwarez.com/les-10-plus-gros-trackers/')?.source.name).toBe('TorrentFreak');
  });

  it('takes no colleague cited further down a story (neg_lefigaro_wsjinterview)', () => {
    const html = page(`${STORY}<p>Selon nos confrères du Wall Street Journal, le ministre a confirmé son départ.</p>${STORY}`);
    expect(detectIn(html, 'https://www.lefigaro.fr/international/x')).toBeNull();
  });

  it("reads a story Elementor wraps in its widget blocks, and names the site of a credit linked by the original's headline (pos_uncutnews_reclaimthenet)", () => {
    const paragraphs = '<p>Das Entwicklungsprogramm der Vereinten Nationen startet ein Projekt zur digitalen öffentlichen Infrastruktur in mehreren Ländern.</p>'.repeat(4);
    const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">${paragraphs}<h4 class="quelle">Quelle: <a href="https://reclaimthenet.org/un-program-pushes-digital-public-infrastructure">UN Program Pushes Digital Public Infrastructure as EU and Gates Foundation Push For Digital ID By 2030</a></h4></div></div></body></html>`;
    const detection = detectIn(html, 'https://uncutnews.ch/digitale-id-diktat/');
    expect(detection?.source).toEqual({ name: 'reclaimthenet.org', url: 'https://reclaimthenet.org/un-program-pushes-digital-public-infrastructure' });
  });
});
