// Opens a Chromium-family browser with the freshly built extension loaded, in a profile of its
// own, on a Maghress article. `npm start` builds first. Set CHROME_PATH to pick the browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extension = resolve(import.meta.dirname, '../.output/chrome-mv3');
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);
const binary = candidates.find((path) => existsSync(path));
if (!binary) {
  console.error(`No Chromium or Chrome found; set CHROME_PATH, or load ${extension} unpacked (README).`);
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'upstream-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  process.argv[2] ?? 'https://maghress.com/fr',
];
console.log(`${binary} with ${extension}`);
spawn(binary, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
