// The web app's weight and speed as a reader meets it: the initial JavaScript and CSS (gzipped), and the time
// from navigation start to the first drawn chart on the overview in headless Chromium (median of 5 loads),
// against the built app as `npm start` runs it. Usage: node tests/bench/web.mjs after a build.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startApp } from './bench-app.mjs';

const DIST = resolve(import.meta.dirname, '../../apps/web/dist');
const ANALYST = { email: 'analyst@demo.example.org', password: 'demo-analyst-pass' };
const LOADS = 5;

function initialAssets() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sized = files.map((file) => ({ file, gz: gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length }));
  const sum = (ext) => sized.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gz, 0);
  return { js: sum('.js'), css: sum('.css') };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const app = await startApp({ DEMO_DATA: 'true' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const login = await fetch(`${app.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ANALYST),
  });
  const session = JSON.stringify(await login.json());
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    // Signed in as the app keeps it (sessionStorage), so that the load is the overview's, not the login page's.
    // eslint-disable-next-line no-undef -- runs in the page, where sessionStorage exists
    await context.addInitScript((s) => sessionStorage.setItem('cpc.session', s), session);
    const page = await context.newPage();
    await page.goto(`${app.base}/`);
    await page.waitForSelector('[data-testid="maturity-chart"] svg .recharts-line', { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const { js, css } = initialAssets();
  console.log(`\n| initial JS (gzip) | initial CSS (gzip) | first chart, median of ${LOADS} (ms) | all loads (ms) |`);
  console.log('|---|---|---|---|');
  console.log(
    `| ${(js / 1024).toFixed(1)} KB | ${(css / 1024).toFixed(1)} KB | ${median(times).toFixed(0)} | ${times.map((t) => t.toFixed(0)).join(', ')} |`,
  );
} finally {
  await browser.close();
  await app.stop();
}
