// `npm run eval`: detection quality over every labelled page — the shared corpus of real saved
// pages and the project's own fixtures (the pages detection was built on), then, apart, the
// held-out pages that were never used to tune it. Prints precision, recall, source name / URL /
// date accuracy, and every miss.
import { corpusPages, evaluate, fixturePages, holdoutPages, projectPages } from '../tests/eval/corpus';

const development = evaluate([...corpusPages(), ...fixturePages(), ...projectPages()]);
const holdout = evaluate(holdoutPages());
console.log(JSON.stringify({ development: development.report, holdout: holdout.report }, null, 2));
console.log(`\ndevelopment misses:\n${development.misses.join('\n') || 'none'}`);
console.log(`\nheld-out misses:\n${holdout.misses.join('\n') || 'none'}`);
