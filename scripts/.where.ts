import { readFileSync } from 'node:fs';
import { parsePage } from '/work/main/tests/fixtures/load';
const m = JSON.parse(readFileSync('/work/shared/fixtures/pages-corpus/manifest.json', 'utf8'));
const [id, needle] = process.argv.slice(2);
const r = m.find((x: any) => x.id === id);
const doc = parsePage(readFileSync('/work/shared/fixtures/pages-corpus/' + r.file, 'utf8'), r.page_url ?? 'https://x.invalid/');
const walker = doc.createTreeWalker(doc.body, 4);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const v = n.nodeValue ?? '';
  if (!v.includes(needle!)) continue;
  const chain: string[] = [];
  for (let e = n.parentElement; e; e = e.parentElement) chain.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class')!.trim().split(/\s+/).join('.') : '') + (e.getAttribute('itemprop') ? `[itemprop=${e.getAttribute('itemprop')}]` : ''));
  console.log(JSON.stringify(v.trim().slice(0, 120)), '\n   ', chain.slice(0, 9).join(' < '));
}
process.exit(0);
