import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
const CORPUS = '/work/shared/fixtures/pages-corpus';
const manifest = JSON.parse(readFileSync(`${CORPUS}/manifest.json`, 'utf8')).filter((r: any) => r.page_url);
const js = (await build({ stdin: { contents: `
import { PageContext } from './page'; import { getDomain } from 'tldts';
import { linkSignals } from './signals/links'; import { jsonLdSignals } from './signals/json-ld'; import { creditSignals } from './signals/credits'; import { wireSignals } from './signals/wire';
import { detect } from './index';
globalThis.P = (url) => { const t = {}; let t0 = performance.now(); const u = new URL(url); const p = new PageContext(document, u, (h) => getDomain(h) ?? h);
 const step = (k, f) => { const a = performance.now(); f(); t[k] = performance.now() - a; };
 step('story', () => p.story()); step('storyText', () => p.storyText()); step('bylines', () => p.bylines()); step('meta', () => p.meta('x')); step('jsonLd', () => p.jsonLd());
 step('links', () => linkSignals(p)); step('jsonLdSig', () => jsonLdSignals(p)); step('credits', () => creditSignals(p)); step('wire', () => wireSignals(p));
 step('detect2', () => detect(document, u)); return t; };`, resolveDir: '/work/main/utils/detect', loader: 'ts' }, bundle: true, format: 'iife', write: false })).outputFiles[0]!.text;
const server = createServer((req, res) => { const r = manifest.find((x: any) => `/${x.id}` === req.url); res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }); res.end(r ? readFileSync(`${CORPUS}/${r.file}`) : ''); });
await new Promise<void>((r) => server.listen(8765, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route(/^(?!http:\/\/127\.0\.0\.1:8765)/, (route) => route.abort());
const sums: Record<string, number[]> = {};
for (const r of manifest) {
  await page.goto(`http://127.0.0.1:8765/${r.id}`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(js);
  const cold = await page.evaluate((u) => (globalThis as any).P(u), r.page_url);
  const warm = await page.evaluate((u) => (globalThis as any).P(u), r.page_url);
  for (const [k, v] of Object.entries(cold)) (sums['cold_' + k] ??= []).push(v as number);
  for (const [k, v] of Object.entries(warm)) (sums[k] ??= []).push(v as number);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
for (const [k, v] of Object.entries(sums)) console.log(k.padEnd(18), 'median', med(v).toFixed(3), 'p95', p95(v).toFixed(3));
await browser.close(); server.close();
