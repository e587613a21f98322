// Measurements for the scale benchmark: served latency under autocannon, cold requests (the analytics cache
// invalidated before each), the same statements timed by psql, and the machine they ran on.
import net from 'node:net';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { fetchRetrying } from './bench-app.mjs';
import { psql, timeStatements } from './psql.mjs';

export const WARM_UP_REQUESTS = 50;
const WARM_UP_SECONDS = 1;

export function percentile(sorted, p) {
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

let sourceBlock = 0;
/**
 * Runs `work` with autocannon's connections each bound to its own loopback address (127.1.x.y): the sign-in
 * limit counts attempts per client address (100 per 15 minutes, not configurable), so a login benchmark from
 * one address would measure the 429 answers. Each call takes a fresh block of addresses.
 */
async function fromDistinctAddresses(work) {
  const block = ++sourceBlock;
  const connect = net.connect;
  let next = 0;
  // autocannon's client calls net.connect(port, host) once per connection (and on reconnection).
  net.connect = (port, host) => connect({ port, host, localAddress: `127.1.${block}.${1 + (next++ % 250)}` });
  try {
    return await work();
  } finally {
    net.connect = connect;
  }
}

/** One autocannon run; every response time kept, so that percentiles are exact. */
async function run(request, options) {
  const latencies = [];
  let non2xx = 0;
  const instance = autocannon({ ...request, ...options });
  instance.on('response', (_client, status, _bytes, time) => {
    latencies.push(time);
    if (status < 200 || status >= 300) non2xx++;
  });
  const result = await instance;
  return { latencies, non2xx, errors: result.errors + result.timeouts, rps: result.requests.average };
}

/**
 * Served latency: 50 warm-up requests one at a time and one second at full concurrency (both discarded), then
 * `connections` clients for `duration` seconds. The first burst at full concurrency after a start was the
 * slow one (the map's pages: 195 ms at p95, then 132 for the same load), as autocannon opens its connections.
 * `request`: autocannon's url, method, headers, body; `distinctAddresses` for the sign-in.
 */
export async function served(request, { connections, duration, distinctAddresses = false }) {
  const measure = async () => {
    await run(request, { connections: 1, amount: WARM_UP_REQUESTS });
    await run(request, { connections, duration: WARM_UP_SECONDS });
    return run(request, { connections, duration });
  };
  const result = distinctAddresses ? await fromDistinctAddresses(measure) : await measure();
  return { ...summarize(result.latencies), ...result, requests: result.latencies.length };
}

/**
 * Cold latency: before each request the data version is bumped, which empties the analytics cache (the app
 * hears of it by LISTEN/NOTIFY, or reads the version per request), so that every answer is computed afresh.
 */
export async function cold(pgPort, url, headers, samples) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    psql(pgPort, 'UPDATE analytics_state SET data_version = data_version + 1;');
    // Time for the notification to reach the app before the request does.
    await new Promise((r) => setTimeout(r, 30));
    const started = performance.now();
    const res = await fetchRetrying(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  }
  return summarize(times);
}

/** The statements, run `samples` times by psql: percentiles of each run's summed time. */
export function bareSql(pgPort, statements, samples) {
  return summarize(timeStatements(pgPort, statements, samples));
}

/** A value written into SQL in place of its parameter. */
function literal(value) {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]::text[]`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** `sql` with its $n parameters written in, as psql runs it. */
export function bind(sql, params) {
  return sql.replace(/\$(\d+)/g, (_m, n) => literal(params[Number(n) - 1]));
}

/** CPU, cores, Node and PostgreSQL versions, and the date. */
export function machine(pgPort) {
  const pgVersion = psql(pgPort, 'SELECT version();').trim();
  return [
    `Date: ${new Date().toISOString()}`,
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}`,
    `PostgreSQL: ${pgVersion}`,
  ].join('\n');
}

/** Row counts of the tables the analytics read. */
export function datasetCounts(pgPort) {
  const [assessments, units, results, seizures, revisions, versions2] = psql(
    pgPort,
    `SELECT (SELECT count(*) FROM assessments), (SELECT count(*) FROM countries WHERE iso3 ~ '[0-9]'),
            (SELECT count(*) FROM operation_results), (SELECT count(*) FROM operation_seizures),
            (SELECT count(*) FROM assessment_revisions), (SELECT count(*) FROM assessments WHERE version > 1);`,
  )
    .trim()
    .split('|')
    .map(Number);
  return { assessments, units, results, seizures, revisions, versions2 };
}

export const ms = (n) => n.toFixed(1);
