// Scale benchmark: the built app as `npm start` runs it (embedded PostgreSQL, no demo data, real HTTP), loaded
// with the realistic or the stress dataset (scale-data.mjs), then every analytics endpoint, the country profile
// and the sign-in under autocannon at each connection count, and each endpoint cold through the API against
// its own SQL statements timed by psql (framework overhead).
// Usage: node tests/bench/scale.mjs --scale realistic|stress [--duration 5] [--connections 10,100]
//        [--samples 20] [--quick]  (--quick: a dataset about a tenth of the size, for trying the script out)
import { parseArgs } from 'node:util';
import { signIn, startAppWithAdmin } from './bench-app.mjs';
import { psql } from './psql.mjs';
import {
  loadCountryActions,
  loadCountryAssessments,
  loadOperations,
  loadUnits,
  realCountries,
  unitsFor,
} from './scale-data.mjs';
import { scaleEndpoints } from './scale-endpoints.mjs';
import { WARM_UP_REQUESTS, bareSql, cold, datasetCounts, machine, ms, served } from './scale-measure.mjs';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'realistic' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10,100' },
    samples: { type: 'string', default: '20' },
    quick: { type: 'boolean', default: false },
  },
});

const USERS = {
  analyst: { email: 'analyst@bench.example.org', password: 'bench-analyst-password', role: 'analyst' },
  viewer: { email: 'viewer.fra@bench.example.org', password: 'bench-viewer-password', role: 'viewer', country: 'FRA' },
};
const BUDGET_MS = { realistic: 50, stress: 150 };
/** countries: real ones with 11 years each; assessments: total with synthetic units; operations × 20 results. */
const PLANS = {
  realistic: { countries: 190, assessments: 0, operations: 1000, kinds: 3 },
  stress: { countries: 190, assessments: 200_000, operations: 2500, kinds: 20 },
};
const QUICK_PLANS = {
  realistic: { countries: 30, assessments: 0, operations: 100, kinds: 3 },
  stress: { countries: 30, assessments: 20_000, operations: 250, kinds: 20 },
};

const seconds = (started) => ((performance.now() - started) / 1000).toFixed(1);

/** The analyst and the viewer of FRA, created by the admin through the users API; their tokens. */
async function createUsers(base, adminToken) {
  const tokens = {};
  for (const [key, { email, password, role, country }] of Object.entries(USERS)) {
    const res = await fetch(`${base}/api/users`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password, role, country }),
    });
    if (!res.ok) throw new Error(`creating ${email} answered ${res.status}: ${await res.text()}`);
    tokens[key] = await signIn(base, { email, password });
  }
  return tokens;
}

/** Loads the plan's dataset; one line per step with its time. */
async function loadDataset(base, pgPort, token, plan) {
  const log = [];
  const [created, revised] = await loadCountryAssessments(base, token, plan.countries);
  log.push(`assessments import: ${created.body.created} created in ${(created.ms / 1000).toFixed(1)} s`);
  log.push(`revisions import: ${revised.body.updated} updated in ${(revised.ms / 1000).toFixed(1)} s`);
  await loadCountryActions(pgPort, realCountries(plan.countries));
  const units = unitsFor(plan.assessments, datasetCounts(pgPort).assessments);
  if (units > 0) {
    const started = performance.now();
    await loadUnits(pgPort, 0, units);
    log.push(`synthetic units: ${units} × 11 assessments by COPY in ${seconds(started)} s`);
  }
  const imports = await loadOperations(base, token, 0, plan.operations, plan.kinds);
  const rows = imports.reduce((sum, i) => sum + i.body.rows, 0);
  const importMs = imports.reduce((sum, i) => sum + i.ms, 0);
  log.push(`operations import: ${rows} rows in ${imports.length} files, ${(importMs / 1000).toFixed(1)} s`);
  const started = performance.now();
  psql(pgPort, 'VACUUM (ANALYZE);');
  log.push(`VACUUM (ANALYZE): ${seconds(started)} s`);
  return log;
}

/** Requests as the dashboard's browser sends them, compression accepted. */
function requestOf(base, endpoint, tokens) {
  const url = base + endpoint.path;
  if (endpoint.method === 'POST')
    return { url, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: endpoint.body };
  return { url, headers: { Authorization: `Bearer ${tokens[endpoint.as]}`, 'Accept-Encoding': 'gzip, deflate, br' } };
}

async function latencyTable(base, tokens, endpoints, connections, budget) {
  const duration = Number(values.duration);
  console.log(
    `\n### ${connections} connections, ${duration} s per endpoint, after ${WARM_UP_REQUESTS} warm-up requests\n`,
  );
  console.log('| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | budget p95 | non-2xx | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  let failures = 0;
  for (const e of endpoints) {
    const r = await served(requestOf(base, e, tokens), {
      connections,
      duration,
      distinctAddresses: e.distinctAddresses,
    });
    failures += r.non2xx + r.errors;
    const verdict = r.p95 < budget ? 'ok' : 'OVER';
    console.log(
      `| ${e.name} | ${r.requests} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${budget} (${verdict}) | ${r.non2xx} | ${r.errors} |`,
    );
  }
  return failures;
}

async function overheadTable(base, pgPort, tokens, endpoints) {
  const samples = Number(values.samples);
  console.log(`\n### Framework overhead: cold through the API vs the same statements in psql, ${samples} runs each\n`);
  console.log('| endpoint | statements | API cold p50 | API cold p95 | psql p50 | psql p95 | API / psql (p50) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const e of endpoints.filter((x) => x.sql)) {
    const api = await cold(pgPort, base + e.path, requestOf(base, e, tokens).headers, samples);
    const statements = e.sql(pgPort);
    const sql = bareSql(pgPort, statements, samples);
    console.log(
      `| ${e.name} | ${statements.length} | ${ms(api.p50)} | ${ms(api.p95)} | ${ms(sql.p50)} | ${ms(sql.p95)} | ${(api.p50 / sql.p50).toFixed(2)} |`,
    );
  }
}

function describeData(pgPort) {
  const c = datasetCounts(pgPort);
  return `Data: ${c.assessments} assessments (${c.versions2} at version 2+, ${c.revisions} revision rows), ${c.units} synthetic units, ${c.results} operation results, ${c.seizures} seizure rows`;
}

const scale = values.scale;
if (!PLANS[scale]) throw new Error(`--scale must be realistic or stress, got ${scale}`);
const plan = (values.quick ? QUICK_PLANS : PLANS)[scale];
const runStarted = performance.now();
const app = await startAppWithAdmin();
const { pgPort, adminToken } = app;
try {
  const tokens = await createUsers(app.base, adminToken);
  const loadStarted = performance.now();
  const log = await loadDataset(app.base, pgPort, adminToken, plan);
  console.log(`\n## Scale: ${scale}${values.quick ? ' (quick)' : ''}\n\n${machine(pgPort)}\n${describeData(pgPort)}`);
  console.log(`Load (${seconds(loadStarted)} s): ${log.join('; ')}`);
  const endpoints = scaleEndpoints({ email: USERS.analyst.email, password: USERS.analyst.password });
  let failures = 0;
  for (const connections of values.connections.split(',').map(Number))
    failures += await latencyTable(app.base, tokens, endpoints, connections, BUDGET_MS[scale]);
  await overheadTable(app.base, pgPort, tokens, endpoints);
  console.log(`\nWall time: ${seconds(runStarted)} s`);
  if (failures > 0) process.exitCode = 1;
} finally {
  await app.stop();
}
