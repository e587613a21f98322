/**
 * Ports, processes and PostgreSQL servers as the harness sees them from outside: which port is free, which
 * process is alive and whose child it is, and how to stop a postmaster the app left behind.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Ports below Linux's ephemeral range (32768–60999): the API suite, running at the same time, opens a
 * listener on an ephemeral port for every supertest request, and one of them once took the port an app
 * started here was about to bind.
 */
const PORTS = { from: 20_000, to: 32_000 };

/** A port nothing listens on now, outside the ephemeral range. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = PORTS.from + Math.floor(Math.random() * (PORTS.to - PORTS.from));
    if (await canListen(port)) return port;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolveListen) => {
    const server = createServer();
    server.once('error', () => {
      resolveListen(false);
    });
    server.listen(port, '127.0.0.1', () => {
      server.close(() => {
        resolveListen(true);
      });
    });
  });
}

/** True while the process exists and has not exited (a zombie awaiting its parent counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The live processes whose parent is `pid` (for a postmaster: its checkpointer, walwriter, backends…). */
export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((candidate) => parentOf(candidate) === pid && isAlive(candidate));
}

/** The pid of the PostgreSQL that runs on `<dataDir>/pg`, from its postmaster.pid; undefined without one. */
export function readPostmasterPid(dataDir: string): number | undefined {
  const file = postmasterPidFile(dataDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function postmasterPidFile(dataDir: string): string {
  return join(dataDir, 'pg', 'postmaster.pid');
}

/** Whether `pid` is (still) a PostgreSQL server on this data directory, not a reused pid. */
export function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(join(dataDir, 'pg'));
  } catch {
    return false;
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(50);
  }
  return condition();
}

/** Stops a PostgreSQL server: fast shutdown, then immediate shutdown, then SIGKILL. */
export async function stopPostmaster(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitUntil(() => !isAlive(pid), waitMs)) return;
  }
}
