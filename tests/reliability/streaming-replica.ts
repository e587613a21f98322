/**
 * A PostgreSQL primary and one streaming replica, built from the machine's PostgreSQL binaries
 * (/usr/lib/postgresql/<version>/bin): initdb, pg_basebackup -R -X stream, pg_ctl. As root, every binary runs as
 * the `postgres` OS user (PostgreSQL refuses to run as root), which owns the temporary directory.
 */
import { execFile } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, sleep } from '../support/processes.js';
import { query } from './sql.js';

const run = promisify(execFile);
const NEEDED = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];
const AS_ROOT = process.getuid?.() === 0;

/** The newest /usr/lib/postgresql/<version>/bin holding every binary needed; null when there is none. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((v) => join(root, v, 'bin')).find((bin) => NEEDED.every((b) => existsSync(join(bin, b))));
  return found ?? null;
}

/** Why a streaming replica cannot be built here, or null when it can. */
export function missingForStreamingReplica(): string | null {
  if (postgresBinaries()) return null;
  return `no /usr/lib/postgresql/*/bin with ${NEEDED.join(', ')} (apt-get install postgresql)`;
}

export interface StreamingCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** Fast shutdown of the replica (its sessions are ended), and starting it again. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  restartReplica(): Promise<void>;
  /** Resolves once the replica has replayed everything the primary has written so far. */
  waitForReplay(timeoutMs?: number): Promise<void>;
  /** Stops both servers and deletes their directories. */
  cleanup(): Promise<void>;
}

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
async function pgRun(bin: string, name: string, args: string[], cwd: string): Promise<string> {
  const [file, argv] = AS_ROOT
    ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]]
    : [join(bin, name), args];
  try {
    return (await run(file, argv, { cwd, timeout: 60_000 })).stdout;
  } catch (e) {
    const { stderr = '', stdout = '' } = e as { stderr?: string; stdout?: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${stderr}${stdout}`, { cause: e });
  }
}

/** Owned by the postgres user when we are root, so that the servers may write there. */
function ownedDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-replication-'));
  chmodSync(dir, 0o700);
  if (AS_ROOT) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  return dir;
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('there is no postgres OS user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Settings for both servers: the replica's copy of postgresql.conf only gets its own port appended. */
function serverSettings(dir: string, port: number): string {
  return [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    'wal_level = replica',
    'max_wal_senders = 5',
    'hot_standby = on',
    // Long analytics reads on the replica are not cancelled by the replay of a vacuum on the primary.
    'hot_standby_feedback = on',
    // pg_stat_activity shows whole statements, so that a test can tell which server ran one.
    'track_activity_query_size = 32768',
    // A test cluster: losing it to a power cut costs nothing, and fsync costs seconds on a shared disk.
    'fsync = off',
    '',
  ].join('\n');
}

/** Starts a primary and a replica streaming from it, each on a free port. */
export async function startStreamingCluster(): Promise<StreamingCluster> {
  const bin = postgresBinaries();
  if (!bin) throw new Error(`Cannot build a streaming replica: ${String(missingForStreamingReplica())}`);
  const dir = ownedDirectory();
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const ctl = (dataDir: string, ...args: string[]) =>
    pgRun(bin, 'pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-w', '-t', '60', ...args], dir);
  const cleanup = async () => {
    for (const dataDir of [replicaDir, primaryDir])
      if (existsSync(join(dataDir, 'postmaster.pid'))) await ctl(dataDir, '-m', 'immediate', 'stop').catch(() => '');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pgRun(bin, 'initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'], dir);
    appendFileSync(join(primaryDir, 'postgresql.conf'), serverSettings(dir, primaryPort));
    appendFileSync(join(primaryDir, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
    await ctl(primaryDir, 'start');
    const backup = ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir];
    await pgRun(bin, 'pg_basebackup', [...backup, '-R', '-X', 'stream', '-c', 'fast'], dir);
    appendFileSync(join(replicaDir, 'postgresql.conf'), `port = ${replicaPort}\n`);
    await ctl(replicaDir, 'start');
  } catch (e) {
    await cleanup();
    throw e;
  }
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
  return {
    primaryUrl,
    replicaUrl,
    stopReplica: async () => {
      await ctl(replicaDir, '-m', 'fast', 'stop');
    },
    startReplica: async () => {
      await ctl(replicaDir, 'start');
    },
    restartReplica: async () => {
      await ctl(replicaDir, '-m', 'fast', 'restart');
    },
    waitForReplay: (timeoutMs = 30_000) => waitForReplay(primaryUrl, replicaUrl, timeoutMs),
    cleanup,
  };
}

/** Polls until the replica's replay position reaches the primary's write position of now. */
async function waitForReplay(primaryUrl: string, replicaUrl: string, timeoutMs: number): Promise<void> {
  const [{ lsn }] = (await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn')) as [
    { lsn: string },
  ];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await query<{ replayed: boolean }>(
      replicaUrl,
      'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS replayed',
      [lsn],
    ).catch(() => [{ replayed: false }]);
    if (row?.replayed) return;
    if (Date.now() > deadline) throw new Error(`the replica had not replayed up to ${lsn} within ${timeoutMs} ms`);
    await sleep(100);
  }
}
