/**
 * Starts the BUILT app the way `npm start` does once the build is done: `node apps/api/dist/main.js`
 * from the repository root, configured only through its environment. Every process, PostgreSQL server
 * and temporary directory a harness creates is removed again by `cleanup()`, including the PostgreSQL
 * a test left orphaned on purpose (kill -9) or by failing half-way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, isPostmasterOf, readPostmasterPid, sleep, stopPostmaster } from './processes.js';

export { childrenOf, freePort, isAlive, isPostmasterOf, postmasterPidFile, readPostmasterPid } from './processes.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Relative to REPO_ROOT, exactly as `npm start` runs it. */
export const API_ENTRY = 'apps/api/dist/main.js';
export const WEB_DIST = join(REPO_ROOT, 'apps/web/dist');

/** The first admin every harnessed app is started with (ADMIN_EMAIL / ADMIN_PASSWORD), used to sign in. */
export const HARNESS_ADMIN = { email: 'harness-admin@test.example.org', password: 'harness-admin-password' };

const DEFAULT_HEALTH_TIMEOUT_MS = 60_000;
const DEFAULT_STOP_TIMEOUT_MS = 30_000;
/**
 * Variables of the test runner's own environment that would change what the app does, and that a user
 * running `npm start` would not normally have set. The caller may still pass any of them explicitly.
 */
const INHERITED_VARIABLES_REMOVED = ['DATABASE_URL', 'PG_PORT', 'WEB_DIST', 'DEMO_DATA', 'PORT', 'DATA_DIR'];

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartOptions {
  /** An existing data directory (e.g. to start again after a crash); a fresh temporary one otherwise. */
  dataDir?: string;
  /** DEMO_DATA as the user would write it; left unset (the app's default) when omitted. */
  demoData?: boolean | string;
  /** Extra variables, applied last; `undefined` removes a variable. PORT or DATABASE_URL may be given here. */
  env?: Record<string, string | undefined>;
  healthTimeoutMs?: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export class AppProcess {
  /** Settles when the process has exited, with its exit code or signal. */
  readonly exited: Promise<ExitInfo>;
  private exitInfo: ExitInfo | undefined;
  private readonly chunks: string[] = [];

  constructor(
    private readonly child: ChildProcess,
    /** The PORT it was given; NaN when it was given something that is not a number. */
    readonly port: number,
    readonly dataDir: string,
  ) {
    child.stdout?.setEncoding('utf8').on('data', (s: string) => this.chunks.push(s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => this.chunks.push(s));
    this.exited = new Promise<ExitInfo>((resolveExit) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolveExit(this.exitInfo);
      });
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`The app could not be spawned.\n${this.describe()}`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Everything the process printed so far, without colour codes. */
  output(): string {
    return this.chunks.join('').replace(ANSI, '');
  }

  /** For error messages: how it ended (if it did) and what it printed. */
  describe(): string {
    const state = this.exitInfo
      ? `exited with code ${String(this.exitInfo.code)}, signal ${String(this.exitInfo.signal)}`
      : 'still running';
    return `app on port ${this.port} with DATA_DIR=${this.dataDir}: ${state}\n--- app output ---\n${this.output()}--- end of app output ---`;
  }

  fetch(path: string, init?: RequestInit): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { signal: AbortSignal.timeout(15_000), ...init });
  }

  private token: string | undefined;

  /** Signs in as the harness admin once; everything but health and the instrument needs a session. */
  async signIn(): Promise<string> {
    if (this.token) return this.token;
    const res = await this.fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(HARNESS_ADMIN),
    });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`Signing in answered ${res.status}: ${body}\n${this.describe()}`);
    this.token = (JSON.parse(body) as { token: string }).token;
    return this.token;
  }

  /** GETs a JSON document as the harness admin, failing with the status, body and app output when it is not a 200. */
  async getJson<T = unknown>(path: string): Promise<T> {
    const res = await this.fetch(path, { headers: { Authorization: `Bearer ${await this.signIn()}` } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${body}\n${this.describe()}`);
    return JSON.parse(body) as T;
  }

  /** The pid of this instance's PostgreSQL, read from `$DATA_DIR/pg/postmaster.pid`. */
  postmasterPid(): number | undefined {
    return readPostmasterPid(this.dataDir);
  }

  /** Waits for the process to exit, failing with its output after `timeoutMs`. */
  async waitForExit(timeoutMs = DEFAULT_STOP_TIMEOUT_MS): Promise<ExitInfo> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`The app did not exit within ${timeoutMs} ms.\n${this.describe()}`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends `signal` (as Ctrl-C or a service manager would) and waits for the process to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = DEFAULT_STOP_TIMEOUT_MS): Promise<ExitInfo> {
    if (this.running) this.child.kill(signal);
    return this.waitForExit(timeoutMs);
  }

  /** `kill -9` of the Node process only; its PostgreSQL child is left running, as after a crash. */
  async kill9(): Promise<ExitInfo> {
    if (this.running) this.child.kill('SIGKILL');
    return this.waitForExit(10_000);
  }

  /** Polls /api/health until it answers 200; fails early, with the output, if the process exits. */
  /** Whether the app has logged that it listens on its port. */
  listening(): boolean {
    return this.output().includes(`on http://localhost:${this.port} `);
  }

  /** Whether the app exited because its port was taken between the harness choosing it and the app binding it. */
  lostItsPort(): boolean {
    return !this.running && this.output().includes('EADDRINUSE');
  }

  async waitForHealth(timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`The app exited before /api/health answered 200.\n${this.describe()}`);
      try {
        const res = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
        const body = await res.text();
        // Only once this process says it listens on the port: another app that took the port meanwhile
        // (tests run in parallel) would answer 200 too.
        if (res.status === 200 && this.listening()) return;
        last = `${res.status} ${body}`;
      } catch (e) {
        last = String((e as Error).cause ?? e);
      }
      await Promise.race([sleep(200), this.exited]);
    }
    throw new Error(`/api/health did not answer 200 within ${timeoutMs} ms (last: ${last}).\n${this.describe()}`);
  }
}

/**
 * Owns the apps and temporary directories of one test file. Call `cleanup()` in afterAll: it stops
 * what is still running, stops any PostgreSQL left on one of its data directories, and deletes them.
 */
export class AppHarness {
  private readonly apps = new Set<AppProcess>();
  private readonly dirs = new Set<string>();
  /** Every PostgreSQL seen running on one of our data directories: pid → data directory. */
  private readonly postmasters = new Map<number, string>();
  private readonly onExit = () => {
    this.killEverythingNow();
  };

  constructor() {
    // Last resort if the runner exits without afterAll (e.g. it is interrupted).
    process.once('exit', this.onExit);
  }

  /** A fresh, empty directory, deleted by cleanup(). */
  tempDir(prefix = 'cpc-tests-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.dirs.add(dir);
    return dir;
  }

  /** Spawns the app without waiting for it, e.g. to see it fail. */
  async spawn(options: StartOptions = {}): Promise<AppProcess> {
    if (!existsSync(join(REPO_ROOT, API_ENTRY))) {
      throw new Error(`${API_ENTRY} does not exist: build first with \`npx turbo run build\` from ${REPO_ROOT}`);
    }
    const dataDir = options.dataDir ?? this.tempDir('cpc-data-');
    const given: Record<string, string | undefined> = {
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      DEMO_DATA: options.demoData === undefined ? undefined : String(options.demoData),
      ADMIN_EMAIL: HARNESS_ADMIN.email,
      ADMIN_PASSWORD: HARNESS_ADMIN.password,
      ...options.env,
    };
    const inherited = Object.entries(process.env).filter(
      ([name, value]) =>
        !(name in given) &&
        !INHERITED_VARIABLES_REMOVED.includes(name) &&
        // Vitest marks its own process as a test run; the app is started as a user would start it.
        !name.startsWith('VITEST') &&
        name !== 'TEST' &&
        !(name === 'NODE_ENV' && value === 'test'),
    );
    const env = Object.fromEntries(
      [...inherited, ...Object.entries(given)].filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const child = spawn(process.execPath, [API_ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const app = new AppProcess(child, Number(env.PORT), dataDir);
    this.apps.add(app);
    await new Promise<void>((resolveSpawn, reject) => {
      child.once('spawn', resolveSpawn);
      child.once('error', reject);
    });
    return app;
  }

  /**
   * Starts the app and waits until /api/health answers 200. A port taken by another test's process in the
   * meantime (the harness picks a free one, the app binds it later) is retried on another port.
   */
  async start(options: StartOptions = {}): Promise<AppProcess> {
    for (let attempt = 1; ; attempt++) {
      const app = await this.spawn(options);
      try {
        await app.waitForHealth(options.healthTimeoutMs);
        return this.started(app);
      } catch (e) {
        if (app.lostItsPort() && attempt < 3 && options.env?.PORT === undefined) continue;
        await app.stop('SIGTERM', 15_000).catch(() => app.kill9());
        throw e;
      }
    }
  }

  private started(app: AppProcess): AppProcess {
    const pid = app.postmasterPid();
    if (pid !== undefined) this.postmasters.set(pid, app.dataDir);
    return app;
  }

  /** Stops every app still running, any PostgreSQL left on our data directories, and deletes the directories. */
  async cleanup(): Promise<void> {
    process.removeListener('exit', this.onExit);
    const problems: string[] = [];
    await Promise.all(
      [...this.apps].map(async (app) => {
        if (!app.running) return;
        try {
          await app.stop('SIGTERM', 20_000);
        } catch (e) {
          problems.push(String(e));
          await app.kill9().catch((k: unknown) => problems.push(String(k)));
        }
      }),
    );
    for (const dir of this.dirs) {
      const pid = readPostmasterPid(dir);
      if (pid !== undefined) this.postmasters.set(pid, dir);
    }
    await Promise.all(
      [...this.postmasters].map(async ([pid, dir]) => {
        if (isPostmasterOf(pid, dir)) await stopPostmaster(pid);
      }),
    );
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
    this.apps.clear();
    this.dirs.clear();
    this.postmasters.clear();
    if (problems.length > 0) console.warn(`cleanup had to force-kill:\n${problems.join('\n')}`);
  }

  private killEverythingNow(): void {
    for (const app of this.apps) if (app.running) process.kill(app.pid, 'SIGKILL');
    for (const dir of this.dirs) {
      const pid = readPostmasterPid(dir);
      if (pid !== undefined) this.postmasters.set(pid, dir);
    }
    for (const [pid, dir] of this.postmasters) if (isPostmasterOf(pid, dir)) process.kill(pid, 'SIGQUIT');
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }
}
