// Operations at scale: imports 1,000,000 seizure rows (50,000 results of 2,500 operations) through the real
// import endpoint in files of 100,000 rows, then measures the operations analytics with autocannon — as
// served (cached per data version), cold (the cache emptied before every request) — and the same query as
// raw SQL in psql, against the built app as `npm start` runs it (embedded PostgreSQL, demo data).
// Usage: npm run bench (after run.mjs), or node tests/bench/operations.mjs [--files 10] after a build
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { percentile } from './scale-measure.mjs';
import { operationsSql } from '../../apps/api/dist/analytics/operations.sql.js';
import { fetchRetrying, freePort, signIn, slowestHealthAnswer, startApp } from './bench-app.mjs';
import { operationsCsv } from './operations-data.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const OPERATIONS_PER_FILE = 250;
const ANALYST = { email: 'analyst@demo.example.org', password: 'demo-analyst-pass' };
const VIEWER = { email: 'viewer.fra@demo.example.org', password: 'demo-viewer-pass' };
const BUDGET_MS = 100;
const IMPORT_BUDGET_ROWS_PER_S = 20_000;
const COLD_SAMPLES = 30;

const pgPort = await freePort();
/** psql against the app's embedded PostgreSQL (its fixed local password, see embedded-database.ts). */
function psql(sql) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', '-d', 'postgres', '-qAt'], {
    input: sql,
    env: { ...process.env, PGPASSWORD: 'cpc-observatory' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function upload(base, token, file, name) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const started = performance.now();
  const res = await fetch(`${base}/api/operations/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${JSON.stringify(body).slice(0, 2000)}`);
  return { ms: performance.now() - started, body };
}

async function load(base, url, token, connections) {
  const headers = { Authorization: `Bearer ${token}` };
  for (let i = 0; i < 30; i++) await fetchRetrying(url, { headers }).then((r) => r.arrayBuffer());
  const latencies = [];
  let non2xx = 0;
  const instance = autocannon({ url, headers, connections, duration: Number(values.duration) });
  instance.on('response', (_c, status, _b, time) => {
    latencies.push(time);
    if (status < 200 || status >= 300) non2xx++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx,
  };
}

/** One request at a time, each after a bump of the data version, so that every answer is computed afresh. */
async function cold(url, token) {
  const times = [];
  for (let i = 0; i < COLD_SAMPLES; i++) {
    psql('UPDATE analytics_state SET data_version = data_version + 1;');
    // Time for the change notification to reach the app before the request does.
    await new Promise((r) => setTimeout(r, 30));
    const started = performance.now();
    const res = await fetchRetrying(url, { headers: { Authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The endpoint's own statement, run by psql with its parameters written in, timed by psql. */
function rawSql(params, filtered) {
  const literal = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
  const sql = operationsSql(filtered).replace(/\$(\d)/g, (_m, n) => literal(params[Number(n) - 1]));
  const script = `\\timing on\n${Array.from({ length: COLD_SAMPLES }, () => `${sql};`).join('\n')}\n`;
  const times = [...psql(script).matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const app = await startApp({ DEMO_DATA: 'true', PG_PORT: String(pgPort) });
try {
  const token = await signIn(app.base, ANALYST);
  const viewer = await signIn(app.base, VIEWER);
  const imports = [];
  for (let f = 0; f < Number(values.files); f++) {
    const file = operationsCsv(f * OPERATIONS_PER_FILE, OPERATIONS_PER_FILE);
    let uploaded = false;
    const health = slowestHealthAnswer(app.base, () => uploaded);
    const { ms, body } = await upload(app.base, token, file, `bench-${f}.csv`).finally(() => (uploaded = true));
    imports.push({ name: `file ${f + 1}`, ms, rows: body.rows, mb: file.length / 1e6, body, healthMs: await health });
  }
  // Steady state, as autovacuum leaves it: measured right after a million inserts, autovacuum would be
  // scanning the new rows during the measurements.
  psql('VACUUM (ANALYZE);');
  const again = operationsCsv(0, OPERATIONS_PER_FILE);
  const repeat = await upload(app.base, token, again, 'bench-0.csv');
  const counts = psql(
    'SELECT (SELECT count(*) FROM operations), (SELECT count(*) FROM operation_results), (SELECT count(*) FROM operation_seizures), (SELECT count(*) FROM operation_seizure_rollup);',
  ).trim();

  console.log(`\nData: operations | results | seizure rows | rollup rows = ${counts.replaceAll('|', ' | ')}\n`);
  console.log('| import | rows | MB | time (s) | rows/s | budget | slowest health answer meanwhile (ms) |');
  console.log('|---|---|---|---|---|---|---|');
  let totalRows = 0;
  let totalMs = 0;
  for (const i of imports) {
    totalRows += i.rows;
    totalMs += i.ms;
    const rate = i.rows / (i.ms / 1000);
    console.log(
      `| ${i.name} (all created) | ${i.rows} | ${i.mb.toFixed(1)} | ${(i.ms / 1000).toFixed(2)} | ${Math.round(rate)} | ${rate >= IMPORT_BUDGET_ROWS_PER_S ? 'ok' : 'UNDER'} | ${i.healthMs.toFixed(0)} |`,
    );
  }
  console.log(
    `| all files | ${totalRows} | | ${(totalMs / 1000).toFixed(1)} | ${Math.round(totalRows / (totalMs / 1000))} | ≥ ${IMPORT_BUDGET_ROWS_PER_S} | |`,
  );
  console.log(
    `| file 1 again (${repeat.body.results.unchanged} results unchanged) | ${repeat.body.rows} | | ${(repeat.ms / 1000).toFixed(2)} | ${Math.round(repeat.body.rows / (repeat.ms / 1000))} | | |`,
  );

  const endpoints = [
    { name: 'operations, WCO 2016–2026', query: { from: 2016, to: 2026 }, as: token },
    { name: 'operations, WCO 2016–2026, viewer (small cells)', query: { from: 2016, to: 2026 }, as: viewer },
    {
      name: 'operations, WCO 2016–2026, commodity=cocaine',
      query: { from: 2016, to: 2026, commodity: 'cocaine' },
      as: token,
    },
    {
      name: 'operations, WCO 2016–2026, programme=aircop',
      query: { from: 2016, to: 2026, programme: 'aircop' },
      as: token,
    },
  ];
  console.log(
    `\n| endpoint | served req/s | served p50 | served p95 | served p99 | non-2xx | cold p50 | cold p95 | psql p50 | psql p95 | cold / psql (p50) |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const e of endpoints) {
    const search = new URLSearchParams({
      grouping: 'wco',
      ...Object.fromEntries(Object.entries(e.query).map(([k, v]) => [k, String(v)])),
    });
    const url = `${app.base}/api/analytics/operations?${search}`;
    const served = await load(app.base, url, e.as, Number(values.connections));
    const fresh = await cold(url, e.as);
    const q = e.query;
    const sql = rawSql(
      ['wco', q.from, q.to, q.programme ?? null, q.activity ?? null, q.commodity ?? null],
      q.programme !== undefined || q.activity !== undefined || q.commodity !== undefined,
    );
    const f = (n) => n.toFixed(1);
    console.log(
      `| ${e.name} | ${served.rps} | ${f(served.p50)} | ${f(served.p95)} | ${f(served.p99)} | ${served.non2xx} | ${f(fresh.p50)} | ${f(fresh.p95)} | ${f(sql.p50)} | ${f(sql.p95)} | ${(fresh.p50 / sql.p50).toFixed(2)} |`,
    );
  }
  const others = [
    [
      'maturity-vs-outcomes, WCO 2024, seizureCases',
      '/api/analytics/maturity-vs-outcomes?grouping=wco&year=2024&metric=seizureCases',
    ],
    ['participation, WCO 2016–2026', '/api/analytics/operations/participation?grouping=wco&from=2016&to=2026'],
    ['operations list, first page', '/api/operations?limit=100'],
  ];
  console.log('\n| endpoint | served req/s | served p50 | served p95 | non-2xx | cold p50 | cold p95 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, path] of others) {
    const served = await load(app.base, app.base + path, token, Number(values.connections));
    const fresh = await cold(app.base + path, token);
    const f = (n) => n.toFixed(1);
    console.log(
      `| ${name} | ${served.rps} | ${f(served.p50)} | ${f(served.p95)} | ${served.non2xx} | ${f(fresh.p50)} | ${f(fresh.p95)} |`,
    );
  }
  console.log(
    `\nBudget: p95 < ${BUDGET_MS} ms for operations, WCO 2016–2026; import ≥ ${IMPORT_BUDGET_ROWS_PER_S} rows/s.`,
  );
} finally {
  await app.stop();
}
