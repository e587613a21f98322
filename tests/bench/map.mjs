// The map at load: GET /api/analytics/countries/map (one figure per member), as the dashboard asks it (every
// region's pages of the default size), beside each region's first page alone, one page of the largest size,
// and the country list's first page (/api/analytics/countries), served from the cache to 100 connections
// (autocannon, after warm-up), against an app already running with its data loaded (e.g. the stress scale's
// 18,000 members).
// Usage: node tests/bench/map.mjs --base http://127.0.0.1:3990 [--connections 100] [--duration 5] [--year 2024]
//        [--email bench-admin@example.org --password bench-admin-password]
import { parseArgs } from 'node:util';
import { MAP_PAGE } from '@cpc/domain';
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
const mapPath = (region, offset, limit = MAP_PAGE.default) =>
  `/api/analytics/countries/map?${query}&region=${region}&limit=${limit}&offset=${offset}`;

/** The bytes sent for `path` (the gzip body's Content-Length; fetch decompresses) and its answer. */
async function answer(path) {
  const res = await fetch(values.base + path, { headers });
  const body = await res.arrayBuffer();
  return { bytes: `${res.headers.get('content-length') ?? '?'} gzip (${body.byteLength} JSON)`, body };
}

/** Every page of every region, as the dashboard asks them: each region's first, then the others its total says. */
async function dashboardPages(regions) {
  const paths = [];
  for (const region of regions) {
    const first = JSON.parse(new TextDecoder().decode((await answer(mapPath(region, 0))).body));
    for (let offset = 0; offset < Math.max(first.total, 1); offset += first.limit) paths.push(mapPath(region, offset));
  }
  return paths;
}

/** autocannon over `paths`, each connection cycling through them. */
async function measure(name, paths, bytes) {
  const r = await served(
    { url: values.base, headers, requests: paths.map((path) => ({ method: 'GET', path })) },
    { connections, duration: Number(values.duration) },
  );
  console.log(
    `| ${name} | ${connections} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${bytes} | ${r.non2xx} |`,
  );
}

console.log(
  `| answers | connections | req/s | p50 ms | p95 ms | p99 ms | bytes per answer | non-2xx |\n|---|---|---|---|---|---|---|---|`,
);
const grouping = await (await fetch(`${values.base}/api/groupings/wco`, { headers })).json();
const regions = grouping.regions.map((r) => r.code);
const pages = await dashboardPages(regions);
await measure(`the dashboard's map: every region's pages (${pages.length} answers, mixed)`, pages, 'as below');
for (const region of regions) {
  const path = mapPath(region, 0);
  await measure(`map values, region ${region}, first page`, [path], (await answer(path)).bytes);
}
const largest = `/api/analytics/countries/map?${query}&limit=${MAP_PAGE.max}`;
await measure(`map values, one page of ${MAP_PAGE.max} members`, [largest], (await answer(largest)).bytes);
const list = `/api/analytics/countries?${query}`;
await measure("the list's first page (250 members)", [list], (await answer(list)).bytes);
