// Starts the built app as `npm start` runs it (embedded PostgreSQL in a temporary DATA_DIR, real HTTP),
// for the benchmarks, and stops it again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function freePort() {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/**
 * `env`: extra variables (DEMO_DATA, ADMIN_EMAIL, …). Resolves once /api/health answers 200, with the API
 * process's pid (to read its memory in /proc).
 */
export async function startApp(env = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cpc-bench-'));
  const childEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`The app exited during the benchmark (${code ?? signal}):\n${output.slice(-8000)}`);
  });
  const stop = async () => {
    stopping = true;
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited:\n${output}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, stop, pid: child.pid };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the app did not start:\n${output}`);
}

/** Asks for the health answer, one request after another, until `done()`; gives the slowest answer in ms. */
export async function slowestHealthAnswer(base, done) {
  let slowest = 0;
  while (!done()) {
    const started = performance.now();
    await (await fetch(`${base}/api/health`)).arrayBuffer();
    slowest = Math.max(slowest, performance.now() - started);
  }
  return slowest;
}

export async function signIn(base, credentials) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!res.ok) throw new Error(`sign-in as ${credentials.email} answered ${res.status}: ${await res.text()}`);
  return (await res.json()).token;
}

/** fetch, once more when an idle keep-alive socket was closed by the server just as it was reused. */
export async function fetchRetrying(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e?.cause?.code !== 'UND_ERR_SOCKET') throw e;
    return fetch(url, init);
  }
}

export const BENCH_ADMIN = { email: 'bench-admin@example.org', password: 'bench-admin-password' };

/**
 * The app without demo data, its first admin BENCH_ADMIN, its embedded PostgreSQL on a free port that psql
 * can reach; with the admin's token and that port.
 */
export async function startAppWithAdmin() {
  const pgPort = await freePort();
  const app = await startApp({
    DEMO_DATA: 'false',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    PG_PORT: String(pgPort),
  });
  try {
    return { ...app, pgPort, adminToken: await signIn(app.base, BENCH_ADMIN) };
  } catch (e) {
    await app.stop();
    throw e;
  }
}
