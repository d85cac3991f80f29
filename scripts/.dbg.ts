import { readFileSync } from 'node:fs';
import { parsePage } from '/work/main/tests/fixtures/load';
import { PageContext } from '/work/main/utils/detect/page';
import { getDomain } from 'tldts';
import { linkSignals } from '/work/main/utils/detect/signals/links';
import { jsonLdSignals } from '/work/main/utils/detect/signals/json-ld';
import { creditSignals } from '/work/main/utils/detect/signals/credits';
import { wireSignals } from '/work/main/utils/detect/signals/wire';
const m = JSON.parse(readFileSync('/work/shared/fixtures/pages-corpus/manifest.json', 'utf8'));
for (const id of process.argv.slice(2)) {
  const r = m.find((x: any) => x.id === id);
  const url = r.page_url ?? 'https://unknown.invalid/';
  const doc = parsePage(readFileSync('/work/shared/fixtures/pages-corpus/' + r.file, 'utf8'), url);
  const page = new PageContext(doc, new URL(url), (h) => getDomain(h) ?? h);
  console.log("==", id, page.ownNames());
  for (const f of [linkSignals, jsonLdSignals, creditSignals, wireSignals]) for (const x of f(page)) console.log(' ', x.kind, x.weight, JSON.stringify(x.evidence), JSON.stringify(x.claim));
  const st = page.story(); console.log('STORY', st?.tagName, st?.getAttribute('class'), st?.getAttribute('id'));
  if (process.env.TEXT) { const t = page.storyText(); console.log('HEAD:', t.head.slice(0, +process.env.TEXT)); console.log('TAIL:', t.tail.slice(-process.env.TEXT)); }
  if (process.env.BYL) console.log('BYLINES:', page.bylines());
}
process.exit(0);
