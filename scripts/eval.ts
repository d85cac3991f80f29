// `npm run eval`: detection quality over every labelled page — the shared corpus of real saved
// pages and the project's own fixtures. Prints precision, recall, source name / URL / date
// accuracy, and every miss.
import { corpusPages, evaluate, fixturePages } from '../tests/eval/corpus';

const { report, misses } = evaluate([...corpusPages(), ...fixturePages()]);
console.log(JSON.stringify(report, null, 2));
console.log(misses.length ? `\n${misses.join('\n')}` : '\nno misses');
