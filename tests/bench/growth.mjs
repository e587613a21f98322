// How cost grows with data size, on one app loaded a step at a time: every operations endpoint under each of
// its filters (all read maintained rollups) at 10,000, 100,000 and 1,000,000 seizure rows; then the assessment
// endpoints, which read the assessments themselves, at ~2,000, 20,000 and 200,000 assessments (the 190 real
// countries' 2,090, then synthetic units). Cold (a data-version bump before each request) and served (cached,
// autocannon at 10 connections) at every step.
// Usage: node tests/bench/growth.mjs [--duration 5] [--samples 20] [--quick] [--part all|operations|assessments]
//   --quick: a tenth of the sizes; --part operations: the seizure-row steps and the operations endpoints only
//   (no synthetic units); --part assessments: the assessment steps and endpoints only (after the realistic
//   operations, measured once); --served 0: cold requests only.
import { parseArgs } from 'node:util';
import { startAppWithAdmin } from './bench-app.mjs';
import { psql } from './psql.mjs';
import {
  loadCountryActions,
  loadCountryAssessments,
  loadOperations,
  loadUnits,
  realCountries,
  unitsFor,
} from './scale-data.mjs';
import { ASSESSMENT_ENDPOINTS, OPERATIONS_ENDPOINTS } from './endpoints.mjs';
import { cold, datasetCounts, machine, ms, served } from './scale-measure.mjs';

const USAGE = `node tests/bench/growth.mjs [--duration 5] [--samples 20] [--quick] [--part all|operations|assessments] [--served 1|0]`;
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    samples: { type: 'string', default: '20' },
    quick: { type: 'boolean', default: false },
    part: { type: 'string', default: 'all' },
    served: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || !['all', 'operations', 'assessments'].includes(values.part)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

/** Seizure rows per operation: 20 countries × 20 seizure rows. */
const ROWS_PER_OPERATION = 400;
const PLAN = values.quick
  ? { countries: 30, seizures: [1_000, 10_000, 100_000], assessments: [2_000, 20_000] }
  : { countries: 190, seizures: [10_000, 100_000, 1_000_000], assessments: [20_000, 200_000] };

const ENDPOINTS = {
  all: [...OPERATIONS_ENDPOINTS, ...ASSESSMENT_ENDPOINTS],
  operations: OPERATIONS_ENDPOINTS,
  assessments: ASSESSMENT_ENDPOINTS,
}[values.part];

/** Every endpoint at the current data size, after VACUUM (ANALYZE) as autovacuum would leave it. */
async function measureStep(base, pgPort, token) {
  psql(pgPort, 'VACUUM (ANALYZE);');
  const counts = datasetCounts(pgPort);
  // As the dashboard's browser asks: compression accepted.
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip, deflate, br' };
  const rows = [];
  for (const [name, path] of ENDPOINTS) {
    const fresh = await cold(pgPort, base + path, headers, Number(values.samples));
    const load =
      values.served === '0'
        ? { p95: NaN, rps: NaN, non2xx: 0, errors: 0 }
        : await served({ url: base + path, headers }, { connections: 10, duration: Number(values.duration) });
    rows.push({ name, counts, fresh, load });
  }
  return rows;
}

/** A figure of the table; a dash for what was not measured (`--served 0`). */
const cell = (n) => (Number.isNaN(n) ? '–' : ms(n));

const tableRow = (r) =>
  `| ${r.name} | ${r.counts.assessments} | ${r.counts.seizures} | ${ms(r.fresh.p50)} | ${ms(r.fresh.p95)} | ${cell(r.load.p95)} | ${Number.isNaN(r.load.rps) ? '–' : Math.round(r.load.rps)} | ${r.load.non2xx + r.load.errors} |`;

function printTable(results) {
  console.log(
    '\n| endpoint | assessments | seizure rows | cold p50 ms | cold p95 ms | served p95 ms (10 conn.) | served req/s | non-2xx |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name] of ENDPOINTS) for (const r of results.filter((x) => x.name === name)) console.log(tableRow(r));
}

/** A step's rows as soon as they are measured (on stderr): a run that fails later keeps them. */
function reportStep(rows, loadSeconds) {
  console.error(`step measured (load ${loadSeconds.toFixed(0)} s):\n${rows.map(tableRow).join('\n')}`);
  return rows;
}

const runStarted = performance.now();
const app = await startAppWithAdmin();
const { pgPort, adminToken: token } = app;
try {
  await loadCountryAssessments(app.base, token, PLAN.countries);
  await loadCountryActions(pgPort, realCountries(PLAN.countries));
  const results = [];
  let operations = 0;
  // --part assessments: the first seizure step only, loaded and not measured, then the assessment steps.
  const seizureSteps = values.part === 'assessments' ? PLAN.seizures.slice(0, 1) : PLAN.seizures;
  for (const target of seizureSteps) {
    const wanted = Math.ceil(target / ROWS_PER_OPERATION);
    const started = performance.now();
    await loadOperations(app.base, token, operations, wanted - operations, 20);
    operations = wanted;
    const loaded = (performance.now() - started) / 1000;
    if (values.part !== 'assessments') results.push(...reportStep(await measureStep(app.base, pgPort, token), loaded));
  }
  let units = 0;
  for (const target of values.part === 'operations' ? [] : PLAN.assessments) {
    const more = unitsFor(target, datasetCounts(pgPort).assessments);
    const started = performance.now();
    await loadUnits(pgPort, units, more);
    units += more;
    const loaded = (performance.now() - started) / 1000;
    results.push(...reportStep(await measureStep(app.base, pgPort, token), loaded));
  }
  console.log(`\n## Growth${values.quick ? ' (quick)' : ''}\n\n${machine(pgPort)}`);
  console.log(`Cold: ${values.samples} requests, each after a data-version bump; served: ${values.duration} s`);
  printTable(results);
  console.log(`\nWall time: ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
} finally {
  await app.stop();
}
