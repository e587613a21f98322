// The map at load: GET /api/analytics/countries/map (one figure per country), region by region as the
// dashboard asks it and in one answer, beside the country list's first page
// (/api/analytics/countries), served from the cache to 100 connections (autocannon, after warm-up), against an
// app already running with its data loaded (e.g. the stress scale's 18,000 members).
// Usage: node tests/bench/map.mjs --base http://127.0.0.1:3990 [--connections 100] [--duration 5] [--year 2024]
//        [--email bench-admin@example.org --password bench-admin-password]
import { parseArgs } from 'node:util';
import { BENCH_ADMIN, signIn } from './bench-app.mjs';
import { ms, served } from './scale-measure.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '5' },
    year: { type: 'string', default: '2024' },
    email: { type: 'string', default: BENCH_ADMIN.email },
    password: { type: 'string', default: BENCH_ADMIN.password },
  },
});
if (!values.base) {
  console.log('node tests/bench/map.mjs --base URL [--connections 100] [--duration 5] [--year 2024]');
  process.exit(1);
}
const token = await signIn(values.base, { email: values.email, password: values.password });
const headers = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip, deflate, br' };
const query = `grouping=wco&year=${values.year}`;
const connections = Number(values.connections);
console.log(
  `| endpoint | connections | req/s | p50 ms | p95 ms | p99 ms | bytes per answer | non-2xx |\n|---|---|---|---|---|---|---|---|`,
);
// The dashboard asks region by region: each region's answer, then the whole grouping in one answer.
const grouping = await (await fetch(`${values.base}/api/groupings/wco`, { headers })).json();
for (const [name, path] of [
  ...grouping.regions.map((r) => [
    `map values, region ${r.code}`,
    `/api/analytics/countries/map?${query}&region=${r.code}`,
  ]),
  ['map values, every member in one answer', `/api/analytics/countries/map?${query}`],
  ["the list's first page (250 members)", `/api/analytics/countries?${query}`],
]) {
  const res = await fetch(values.base + path, { headers });
  // fetch decompresses: the bytes sent are the gzip body's Content-Length.
  const json = (await res.arrayBuffer()).byteLength;
  const bytes = `${res.headers.get('content-length') ?? '?'} gzip (${json} JSON)`;
  const r = await served({ url: values.base + path, headers }, { connections, duration: Number(values.duration) });
  console.log(
    `| ${name} | ${connections} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${bytes} | ${r.non2xx} |`,
  );
}
