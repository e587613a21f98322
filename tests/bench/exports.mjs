// Raw exports at scale: imports 1,000,000 seizure rows (50,000 results of 2,500 operations) through the real
// import endpoint in ten files of 100,000 rows, then downloads GET /api/exports/operation-results as CSV and
// measures the total time, the time to the first byte and the API process's memory (VmRSS, sampled every
// 100 ms) during the download; checks the row count against the database; then times the assessments export
// and the same operations export as XLSX. Against the built app as `npm start` runs it (embedded PostgreSQL,
// demo data).
// Usage: npm run bench, or node tests/bench/exports.mjs [--files 10] after a build
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { freePort, signIn, startApp } from './bench-app.mjs';
import { operationsCsv } from './operations-data.mjs';

const { values } = parseArgs({ options: { files: { type: 'string', default: '10' } } });
const OPERATIONS_PER_FILE = 250;
const ANALYST = { email: 'analyst@demo.example.org', password: 'demo-analyst-pass' };
const BUDGET = { totalMs: 15_000, firstByteMs: 1_000, rssGrowthMb: 150 };
const RSS_SAMPLE_MS = 100;

const pgPort = await freePort();
/** psql against the app's embedded PostgreSQL (its fixed local password, see embedded-database.ts). */
function psql(sql) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', '-d', 'postgres', '-qAt'], {
    input: sql,
    env: { ...process.env, PGPASSWORD: 'cpc-observatory' },
    encoding: 'utf8',
  }).trim();
}

async function upload(base, token, file, name) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const res = await fetch(`${base}/api/operations/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${JSON.stringify(body).slice(0, 2000)}`);
  return body;
}

/** The process's resident set in MB, from /proc (Linux). */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/**
 * Downloads `path`, counting CSV records as the bytes arrive (a line break outside quotes ends a record) and
 * sampling the API's RSS meanwhile. Times: headers, first body byte, last byte.
 */
async function download(base, token, path, pid, csv) {
  const baseline = rssMb(pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), RSS_SAMPLE_MS);
  const started = performance.now();
  try {
    const res = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    const headersMs = performance.now() - started;
    let firstByteMs = null;
    let bytes = 0;
    let records = 0;
    let quoted = false;
    for await (const chunk of res.body) {
      firstByteMs ??= performance.now() - started;
      bytes += chunk.length;
      if (!csv) continue;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x22) quoted = !quoted;
        else if (b === 0x0a && !quoted) records++;
      }
    }
    const totalMs = performance.now() - started;
    peak = Math.max(peak, rssMb(pid));
    return { headersMs, firstByteMs, totalMs, bytes, records, baseline, peak, growth: peak - baseline };
  } finally {
    clearInterval(sampler);
  }
}

const app = await startApp({ DEMO_DATA: 'true', PG_PORT: String(pgPort) });
try {
  const token = await signIn(app.base, ANALYST);
  const importStarted = performance.now();
  for (let f = 0; f < Number(values.files); f++)
    await upload(app.base, token, operationsCsv(f * OPERATIONS_PER_FILE, OPERATIONS_PER_FILE), `bench-${f}.csv`);
  const importS = (performance.now() - importStarted) / 1000;
  psql('VACUUM (ANALYZE);');
  const [seizures, withoutSeizures, assessments] = psql(
    `SELECT (SELECT count(*) FROM operation_seizures),
            (SELECT count(*) FROM operation_results r
             WHERE NOT EXISTS (SELECT 1 FROM operation_seizures s WHERE s.result_id = r.id)),
            (SELECT count(*) FROM assessments WHERE status IN ('submitted', 'validated'));`,
  )
    .split('|')
    .map(Number);
  const expectedRows = seizures + withoutSeizures;
  console.log(
    `\nData: ${seizures} seizure rows + ${withoutSeizures} results without seizures = ${expectedRows} export rows ` +
      `(imported in ${importS.toFixed(1)} s); ${assessments} submitted or validated assessments.\n`,
  );

  const runs = [
    ['operation-results, CSV (1st)', '/api/exports/operation-results?format=csv', true, expectedRows],
    ['operation-results, CSV (2nd)', '/api/exports/operation-results?format=csv', true, expectedRows],
    ['assessments, CSV', '/api/exports/assessments?format=csv', true, assessments],
    ['assessments, XLSX', '/api/exports/assessments?format=xlsx', false, null],
    ['operation-results, XLSX', '/api/exports/operation-results?format=xlsx', false, null],
  ];
  console.log(
    '| export | rows | MB | headers (ms) | first byte (ms) | total (s) | RSS before (MB) | RSS peak (MB) | growth (MB) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const failures = [];
  for (const [name, path, csv, expected] of runs) {
    const r = await download(app.base, token, path, app.pid, csv);
    const rows = csv ? r.records - 1 : null;
    if (expected !== null && rows !== expected) failures.push(`${name}: ${rows} rows, expected ${expected}`);
    if (name.startsWith('operation-results, CSV')) {
      if (r.totalMs >= BUDGET.totalMs) failures.push(`${name}: ${(r.totalMs / 1000).toFixed(1)} s`);
      if (r.firstByteMs >= BUDGET.firstByteMs)
        failures.push(`${name}: first byte after ${r.firstByteMs.toFixed(0)} ms`);
      if (r.growth > BUDGET.rssGrowthMb) failures.push(`${name}: RSS grew ${r.growth.toFixed(0)} MB`);
    }
    console.log(
      `| ${name} | ${rows ?? ''} | ${(r.bytes / 1e6).toFixed(1)} | ${r.headersMs.toFixed(0)} | ${r.firstByteMs.toFixed(0)} | ` +
        `${(r.totalMs / 1000).toFixed(2)} | ${r.baseline.toFixed(0)} | ${r.peak.toFixed(0)} | ${r.growth.toFixed(0)} |`,
    );
  }
  console.log(
    `\nBudget (operation-results, CSV): total < ${BUDGET.totalMs / 1000} s, first byte < ${BUDGET.firstByteMs} ms, ` +
      `RSS growth ≤ ${BUDGET.rssGrowthMb} MB; rows = seizure rows + results without seizures.`,
  );
  if (failures.length > 0) {
    console.log(`\nOVER BUDGET OR WRONG:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  }
} finally {
  await app.stop();
}
