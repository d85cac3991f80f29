// `npm run eval`: detection quality over every labelled page: the shared corpus of real saved
// pages (the issue's targets are on it, reported alone first), then all development pages (the
// corpus, the project's fixtures and tests/pages: the pages detection was built on), then, apart,
// the held-out pages that were never used to tune it. Prints precision, recall, source name / URL
// / date accuracy, and the development misses. The held-out misses are counted, not named: a
// name read is a page no longer blind. `-- --name-held-out-misses` names them, for after the work.
import { corpusPages, evaluate, fixturePages, holdoutPages, projectPages } from '../tests/eval/corpus';

const corpus = evaluate(corpusPages());
const development = evaluate([...corpusPages(), ...fixturePages(), ...projectPages()]);
const holdout = evaluate(holdoutPages());
console.log(JSON.stringify({ corpus: corpus.report, development: development.report, holdout: holdout.report }, null, 2));
console.log(`\ndevelopment misses:\n${development.misses.join('\n') || 'none'}`);
const named = process.argv.includes('--name-held-out-misses');
console.log(`\nheld-out misses: ${holdout.misses.length}${named ? `\n${holdout.misses.join('\n')}` : ' (named with -- --name-held-out-misses)'}`);
