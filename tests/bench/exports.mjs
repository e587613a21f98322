// Raw exports at scale: imports 1,000,000 seizure rows (50,000 results of 2,500 operations) through the real
// import endpoint in ten files of 100,000 rows. Then, side by side and alternating (--repeat times each), the
// API's CSV of the import layout (GET /api/exports/operation-results?part=import: 1M rows, which PostgreSQL's
// COPY writes and the API passes on) and psql's `COPY (the same SELECT) TO STDOUT WITH (FORMAT csv)` into
// /dev/null; prints each time and the ratio of the medians. Each download is timed (total, first byte) while
// the API process's memory (VmRSS) is sampled every 100 ms; the rows and bytes are checked against the database
// and against psql's own output. Then the other exports once each (results and seizures CSVs, assessments,
// the XLSX workbooks). Against the built app as `npm start` runs it (embedded PostgreSQL, demo data).
// Usage: npm run bench, or node tests/bench/exports.mjs [--files 10] [--repeat 3] after a build
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { csvRecord, rawOperationsHeader } from '@cpc/domain';
import { freePort, signIn, startApp } from './bench-app.mjs';
import { operationsCsv } from './operations-data.mjs';
import { IMPORT_CSV_SELECT } from '../../apps/api/dist/exports/raw/operations-csv.sql.js';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10' }, repeat: { type: 'string', default: '3' } },
});
const OPERATIONS_PER_FILE = 250;
const ANALYST = { email: 'analyst@demo.example.org', password: 'demo-analyst-pass' };
const BUDGET = { totalMs: 15_000, firstByteMs: 1_000, rssGrowthMb: 150, ratioToPsql: 1.2 };
const RSS_SAMPLE_MS = 100;

const pgPort = await freePort();
const PSQL_ARGS = ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', '-d', 'postgres', '-qAt'];
/** psql against the app's embedded PostgreSQL (its fixed local password, see embedded-database.ts). */
const PSQL_ENV = { ...process.env, PGPASSWORD: 'cpc-observatory' };
function psql(sql) {
  return execFileSync('psql', PSQL_ARGS, { input: sql, env: PSQL_ENV, encoding: 'utf8' }).trim();
}

/** The import layout's rows as PostgreSQL writes them for the API: the SELECT the API runs, no header. */
const COPY_IMPORT_LAYOUT = `COPY (${IMPORT_CSV_SELECT}) TO STDOUT WITH (FORMAT csv, HEADER false)`;

/** psql's COPY into /dev/null, timed from psql's start to its exit (its connection included). */
function psqlCopyMs() {
  const started = performance.now();
  execFileSync('psql', [...PSQL_ARGS, '-o', '/dev/null', '-c', COPY_IMPORT_LAYOUT], { env: PSQL_ENV });
  return performance.now() - started;
}

/** The bytes and LF-ended records of psql's COPY (untimed), to check the API's file against. */
function psqlCopySize() {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [...PSQL_ARGS, '-c', COPY_IMPORT_LAYOUT], {
      env: PSQL_ENV,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let bytes = 0;
    let records = 0;
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      records += lineEnds(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve({ bytes, records }) : reject(new Error(`psql exited with ${code}`)),
    );
  });
}

/** LFs in the chunk, by native search: the bench's values hold no line break, so each LF ends a record. */
function lineEnds(chunk) {
  let n = 0;
  for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) n++;
  return n;
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
 * Downloads `path`, counting CSV records as the bytes arrive (lineEnds) and sampling the API's RSS meanwhile. Times: headers, first body byte, last byte.
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
    for await (const chunk of res.body) {
      firstByteMs ??= performance.now() - started;
      bytes += chunk.length;
      if (csv) records += lineEnds(chunk);
    }
    const totalMs = performance.now() - started;
    peak = Math.max(peak, rssMb(pid));
    return { headersMs, firstByteMs, totalMs, bytes, records, baseline, peak, growth: peak - baseline };
  } finally {
    clearInterval(sampler);
  }
}

const TABLE_HEAD =
  '| export | rows | MB | headers (ms) | first byte (ms) | total (s) | RSS before (MB) | RSS peak (MB) | growth (MB) |\n' +
  '|---|---|---|---|---|---|---|---|---|';

function tableLine(name, rows, r) {
  return (
    `| ${name} | ${rows ?? ''} | ${(r.bytes / 1e6).toFixed(1)} | ${r.headersMs.toFixed(0)} | ` +
    `${r.firstByteMs.toFixed(0)} | ${(r.totalMs / 1000).toFixed(2)} | ${r.baseline.toFixed(0)} | ` +
    `${r.peak.toFixed(0)} | ${r.growth.toFixed(0)} |`
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The import layout's CSV from the API and psql's COPY of the same SELECT, alternating, --repeat times each; the
 * API's file must be psql's output with a header row and a CR before each LF.
 */
async function sideBySide(app, token, importRows, failures) {
  const path = '/api/exports/operation-results?part=import';
  const copied = await psqlCopySize();
  const apiMs = [];
  const psqlMs = [];
  const lines = [];
  for (let i = 0; i < Number(values.repeat); i++) {
    const r = await download(app.base, token, path, app.pid, true);
    apiMs.push(r.totalMs);
    lines.push(tableLine(`API part=import CSV, run ${i + 1}`, r.records - 1, r));
    const expectedBytes = Buffer.byteLength(csvRecord(rawOperationsHeader())) + copied.bytes + copied.records;
    if (r.bytes !== expectedBytes)
      failures.push(`API run ${i + 1}: ${r.bytes} bytes, psql's COPY gives ${expectedBytes}`);
    if (r.records - 1 !== importRows) failures.push(`API run ${i + 1}: ${r.records - 1} rows, expected ${importRows}`);
    if (r.growth > BUDGET.rssGrowthMb) failures.push(`API run ${i + 1}: RSS grew ${r.growth.toFixed(0)} MB`);
    if (r.firstByteMs >= BUDGET.firstByteMs)
      failures.push(`API run ${i + 1}: first byte after ${r.firstByteMs.toFixed(0)} ms`);
    psqlMs.push(psqlCopyMs());
    lines.push(
      `| psql COPY (same SELECT) TO STDOUT WITH CSV > /dev/null, run ${i + 1} | ${copied.records} | ${(copied.bytes / 1e6).toFixed(1)} | | | ${(psqlMs[i] / 1000).toFixed(2)} | | | |`,
    );
  }
  const ratio = median(apiMs) / median(psqlMs);
  console.log(`${TABLE_HEAD}\n${lines.join('\n')}`);
  console.log(
    `\nMedian: API ${(median(apiMs) / 1000).toFixed(2)} s, psql ${(median(psqlMs) / 1000).toFixed(2)} s; ` +
      `ratio ${ratio.toFixed(2)} (budget ≤ ${BUDGET.ratioToPsql}).\n`,
  );
  if (ratio > BUDGET.ratioToPsql) failures.push(`API / psql = ${ratio.toFixed(2)}`);
  if (median(apiMs) >= BUDGET.totalMs) failures.push(`API part=import CSV: ${(median(apiMs) / 1000).toFixed(1)} s`);
  if (copied.records !== importRows) failures.push(`psql: ${copied.records} rows, expected ${importRows}`);
}

/** The other raw exports, once each, with their rows checked where they are CSV. */
async function others(app, token, counts, failures) {
  const runs = [
    ['operation-results, CSV (results)', '/api/exports/operation-results?format=csv', true, counts.results],
    ['operation-results, CSV (seizures)', '/api/exports/operation-results?part=seizures', true, counts.seizures],
    ['assessments, CSV', '/api/exports/assessments?format=csv', true, counts.assessments],
    ['assessments, XLSX', '/api/exports/assessments?format=xlsx', false, null],
    ['operation-results, XLSX (results and seizures)', '/api/exports/operation-results?format=xlsx', false, null],
  ];
  console.log(TABLE_HEAD);
  for (const [name, path, csv, expected] of runs) {
    const r = await download(app.base, token, path, app.pid, csv);
    const rows = csv ? r.records - 1 : null;
    if (expected !== null && rows !== expected) failures.push(`${name}: ${rows} rows, expected ${expected}`);
    if (r.growth > BUDGET.rssGrowthMb) failures.push(`${name}: RSS grew ${r.growth.toFixed(0)} MB`);
    console.log(tableLine(name, rows, r));
  }
  console.log(
    `\nBudget (part=import CSV): median total < ${BUDGET.totalMs / 1000} s and ≤ ${BUDGET.ratioToPsql} × psql's COPY, ` +
      `first byte < ${BUDGET.firstByteMs} ms; RSS growth ≤ ${BUDGET.rssGrowthMb} MB for every export.`,
  );
}

const app = await startApp({ DEMO_DATA: 'true', PG_PORT: String(pgPort) });
try {
  const token = await signIn(app.base, ANALYST);
  const importStarted = performance.now();
  for (let f = 0; f < Number(values.files); f++)
    await upload(app.base, token, operationsCsv(f * OPERATIONS_PER_FILE, OPERATIONS_PER_FILE), `bench-${f}.csv`);
  const importS = (performance.now() - importStarted) / 1000;
  psql('VACUUM (ANALYZE);');
  const [seizures, withoutSeizures, results, assessments] = psql(
    `SELECT (SELECT count(*) FROM operation_seizures),
            (SELECT count(*) FROM operation_results r
             WHERE NOT EXISTS (SELECT 1 FROM operation_seizures s WHERE s.result_id = r.id)),
            (SELECT count(*) FROM operation_results),
            (SELECT count(*) FROM assessments WHERE status IN ('submitted', 'validated'));`,
  )
    .split('|')
    .map(Number);
  const importRows = seizures + withoutSeizures;
  console.log(
    `\nData: ${seizures} seizure rows + ${withoutSeizures} results without seizures = ${importRows} rows in the ` +
      `import layout (imported in ${importS.toFixed(1)} s); ${results} results; ${assessments} submitted or ` +
      'validated assessments.\n',
  );
  const failures = [];
  await sideBySide(app, token, importRows, failures);
  await others(app, token, { results, seizures, assessments }, failures);
  if (failures.length > 0) {
    console.log(`\nOVER BUDGET OR WRONG:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  }
} finally {
  await app.stop();
}
