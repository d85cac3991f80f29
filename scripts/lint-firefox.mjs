// Runs Mozilla's add-on linter (web-ext lint) on the Firefox build and prints one line a
// message; its own text table is cut to 80 columns in CI logs. Fails on errors only.
import { resolve } from 'node:path';
import webExt from 'web-ext';

const sourceDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../.output/firefox-mv2'));
const result = await webExt.cmd.lint(
  { sourceDir, artifactsDir: resolve(sourceDir, '../web-ext-artifacts'), output: 'none', selfHosted: false, boring: true },
  { shouldExitProgram: false },
);
for (const type of ['errors', 'warnings', 'notices']) {
  for (const { code, file, line, message } of result[type]) {
    console.log(`${type.slice(0, -1)} ${code} ${file ?? ''}${line ? `:${line}` : ''} ${message}`);
  }
}
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
if (errors > 0) process.exitCode = 1;
