// Cold cost of every analytics endpoint (tests/bench/endpoints.mjs) against an app already running with its
// data loaded, e.g. one the growth benchmark's loaders filled: a data-version bump in psql before each request,
// so that each answer is computed afresh. Prints a Markdown table of p50/p95 per endpoint.
// Usage: node tests/bench/cold.mjs --base http://127.0.0.1:3990 --pg-port 56781 [--samples 20]
//        [--email bench-admin@example.org --password bench-admin-password] [--only profile]
//   --only: the endpoints whose name holds this text (all unless told)
import { parseArgs } from 'node:util';
import { BENCH_ADMIN, signIn } from './bench-app.mjs';
import { ASSESSMENT_ENDPOINTS, OPERATIONS_ENDPOINTS } from './endpoints.mjs';
import { cold, datasetCounts, machine, ms } from './scale-measure.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'pg-port': { type: 'string' },
    samples: { type: 'string', default: '20' },
    email: { type: 'string', default: BENCH_ADMIN.email },
    password: { type: 'string', default: BENCH_ADMIN.password },
    only: { type: 'string', default: '' },
  },
});
if (!values.base || !values['pg-port']) {
  console.log(
    'node tests/bench/cold.mjs --base URL --pg-port PORT [--samples 20] [--email E --password P] [--only TEXT]',
  );
  process.exit(1);
}
const pgPort = Number(values['pg-port']);
const token = await signIn(values.base, { email: values.email, password: values.password });
const headers = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip, deflate, br' };
console.log(`${machine(pgPort)}\n${JSON.stringify(datasetCounts(pgPort))}\n`);
console.log('| endpoint | cold p50 ms | cold p95 ms |\n|---|---|---|');
const endpoints = [...ASSESSMENT_ENDPOINTS, ...OPERATIONS_ENDPOINTS].filter(([name]) => name.includes(values.only));
for (const [name, path] of endpoints) {
  const fresh = await cold(pgPort, values.base + path, headers, Number(values.samples));
  console.log(`| ${name} | ${ms(fresh.p50)} | ${ms(fresh.p95)} |`);
}
