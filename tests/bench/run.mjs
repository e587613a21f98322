// Benchmarks the built app as `npm start` runs it: embedded PostgreSQL, demo data, real HTTP.
// Usage: npm run bench [-- --duration 10 --connections 10]
import { parseArgs } from 'node:util';
import { signIn, startApp } from './bench-app.mjs';
import autocannon from 'autocannon';
import { percentile } from './scale-measure.mjs';

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
});

// Demo accounts exist in demo mode (apps/api/src/users/demo-accounts.ts).
const ANALYST = { email: 'analyst@demo.example.org', password: 'demo-analyst-pass' };
const VIEWER = { email: 'viewer.fra@demo.example.org', password: 'demo-viewer-pass' };

const ENDPOINTS = [
  { name: 'maturity, WCO 2016–2026', path: '/api/analytics/maturity?grouping=wco&from=2016&to=2026', as: ANALYST },
  {
    name: 'maturity, WCO, viewer (small cells)',
    path: '/api/analytics/maturity?grouping=wco&from=2016&to=2026',
    as: VIEWER,
  },
  { name: 'maturity, UN 2016–2026', path: '/api/analytics/maturity?grouping=un&from=2016&to=2026', as: ANALYST },
  {
    name: 'maturity, WCO, dimension',
    path: '/api/analytics/maturity?grouping=wco&from=2016&to=2026&dimension=liaison',
    as: ANALYST,
  },
  { name: 'levels, WCO 2016–2026', path: '/api/analytics/levels?grouping=wco&from=2016&to=2026', as: ANALYST },
  { name: 'gaps, WCO 2024', path: '/api/analytics/gaps?grouping=wco&year=2024', as: ANALYST },
  { name: 'gaps, WCO 2024, viewer', path: '/api/analytics/gaps?grouping=wco&year=2024', as: VIEWER },
  { name: 'countries (map), WCO 2024', path: '/api/analytics/countries?grouping=wco&year=2024', as: ANALYST },
  { name: 'difficulties, WCO 2024', path: '/api/analytics/difficulties?grouping=wco&year=2024', as: ANALYST },
  { name: 'country profile, FRA', path: '/api/countries/FRA/profile', as: VIEWER },
  { name: 'instrument (fr)', path: '/api/instrument?lang=fr' },
  { name: 'groupings', path: '/api/groupings', as: ANALYST },
].map((e) => ({ budgetMs: 50, ...e }));

async function bench(base, endpoint) {
  const url = base + endpoint.path;
  const headers = endpoint.as ? { Authorization: `Bearer ${await signIn(base, endpoint.as)}` } : {};
  for (let i = 0; i < 50; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer()); // warm-up
  const latencies = [];
  let non2xx = 0;
  const instance = autocannon({
    url,
    headers,
    connections: Number(values.connections),
    duration: Number(values.duration),
  });
  instance.on('response', (_client, status, _bytes, time) => {
    latencies.push(time);
    if (status < 200 || status >= 300) non2xx++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    ...endpoint,
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx,
  };
}

const app = await startApp({ DEMO_DATA: 'true' });
try {
  const rows = [];
  for (const endpoint of ENDPOINTS) rows.push(await bench(app.base, endpoint));
  const fmt = (n) => n.toFixed(1);
  console.log(`\n${values.connections} connections, ${values.duration} s per endpoint, after 50 warm-up requests\n`);
  console.log('| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | budget p95 | non-2xx |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const verdict = r.p95 <= r.budgetMs ? 'ok' : 'OVER';
    console.log(
      `| ${r.name} | ${r.requests} | ${r.rps} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.budgetMs} (${verdict}) | ${r.non2xx} |`,
    );
  }
  if (rows.some((r) => r.non2xx > 0)) process.exitCode = 1;
} finally {
  await app.stop();
}
