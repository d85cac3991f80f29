import { describe, expect, it } from 'vitest';
import { detect } from '..';
import { parsePage } from '../../../tests/fixtures/load';

// Each case is the markup of one real page, cut to the part that matters: the quoted strings
// are the evidence snippets of the shared corpus page named in the case (see
// ../shared/fixtures/pages-corpus/manifest.json), the rest is the plainest page around them.

const STORY = '<p>The council met on Monday to discuss the plan, which officials said would take effect next year after a vote.</p>'.repeat(4);

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article><h1>A story</h1>${body}</article></body></html>`;
}

function detectIn(html: string, url: string) {
  return detect(parsePage(html, url), new URL(url));
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
