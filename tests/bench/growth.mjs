// How cost grows with data size, on one app loaded a step at a time: the rollup-backed operations analytics
// (and, for contrast, the filtered ones read row by row, and participation) at 10,000, 100,000 and 1,000,000
// seizure rows; then maturity, which reads the assessments themselves, at ~2,000, 20,000 and 200,000
// assessments (the 190 real countries' 2,090, then synthetic units). Cold (cache emptied before each request)
// and served (cached, autocannon at 10 connections) at every step.
// Usage: node tests/bench/growth.mjs [--duration 5] [--samples 20] [--quick]  (--quick: a tenth of the sizes)
import { parseArgs } from 'node:util';
import { startAppWithAdmin } from './bench-app.mjs';
import { psql } from './psql.mjs';
import { loadCountryAssessments, loadOperations, loadUnits, unitsFor } from './scale-data.mjs';
import { cold, datasetCounts, machine, ms, served } from './scale-measure.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    samples: { type: 'string', default: '20' },
    quick: { type: 'boolean', default: false },
  },
});

/** Seizure rows per operation: 20 countries × 20 seizure rows. */
const ROWS_PER_OPERATION = 400;
const PLAN = values.quick
  ? { countries: 30, seizures: [1_000, 10_000, 100_000], assessments: [2_000, 20_000] }
  : { countries: 190, seizures: [10_000, 100_000, 1_000_000], assessments: [20_000, 200_000] };
const ENDPOINTS = [
  ['operations, WCO 2016–2026 (rollups)', '/api/analytics/operations?grouping=wco&from=2016&to=2026'],
  [
    'operations, commodity=cocaine (row by row)',
    '/api/analytics/operations?grouping=wco&from=2016&to=2026&commodity=cocaine',
  ],
  ['participation, WCO 2016–2026', '/api/analytics/operations/participation?grouping=wco&from=2016&to=2026'],
  ['maturity, WCO 2016–2026', '/api/analytics/maturity?grouping=wco&from=2016&to=2026'],
];

/** Every endpoint at the current data size, after VACUUM (ANALYZE) as autovacuum would leave it. */
async function measureStep(base, pgPort, token) {
  psql(pgPort, 'VACUUM (ANALYZE);');
  const counts = datasetCounts(pgPort);
  // As the dashboard's browser asks: compression accepted.
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip, deflate, br' };
  const rows = [];
  for (const [name, path] of ENDPOINTS) {
    const fresh = await cold(pgPort, base + path, headers, Number(values.samples));
    const load = await served({ url: base + path, headers }, { connections: 10, duration: Number(values.duration) });
    rows.push({ name, counts, fresh, load });
  }
  return rows;
}

function printTable(results) {
  console.log(
    '\n| endpoint | assessments | seizure rows | cold p50 ms | cold p95 ms | served p95 ms (10 conn.) | served req/s | non-2xx |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name] of ENDPOINTS) {
    for (const r of results.filter((x) => x.name === name)) {
      console.log(
        `| ${name} | ${r.counts.assessments} | ${r.counts.seizures} | ${ms(r.fresh.p50)} | ${ms(r.fresh.p95)} | ${ms(r.load.p95)} | ${Math.round(r.load.rps)} | ${r.load.non2xx + r.load.errors} |`,
      );
    }
  }
}

const runStarted = performance.now();
const app = await startAppWithAdmin();
const { pgPort, adminToken: token } = app;
try {
  await loadCountryAssessments(app.base, token, PLAN.countries);
  const results = [];
  let operations = 0;
  for (const target of PLAN.seizures) {
    const wanted = Math.ceil(target / ROWS_PER_OPERATION);
    await loadOperations(app.base, token, operations, wanted - operations, 20);
    operations = wanted;
    results.push(...(await measureStep(app.base, pgPort, token)));
  }
  let units = 0;
  for (const target of PLAN.assessments) {
    const more = unitsFor(target, datasetCounts(pgPort).assessments);
    await loadUnits(pgPort, units, more);
    units += more;
    results.push(...(await measureStep(app.base, pgPort, token)));
  }
  console.log(`\n## Growth${values.quick ? ' (quick)' : ''}\n\n${machine(pgPort)}`);
  console.log(`Cold: ${values.samples} requests, each after a data-version bump; served: ${values.duration} s`);
  printTable(results);
  console.log(`\nWall time: ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
} finally {
  await app.stop();
}
