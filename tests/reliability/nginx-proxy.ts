/**
 * nginx in front of API instances, with the scale profile's own configuration (deploy/scale/nginx.conf): its
 * upstream servers and listening address are the only lines changed, so the test exercises what compose runs.
 * nginx comes from Debian's packages (nginx-light); without it the tests that need it say so and skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/app-process.js';
import { freePort, sleep } from '../support/processes.js';

const NGINX = '/usr/sbin/nginx';
const SCALE_CONFIG = join(REPO_ROOT, 'deploy/scale/nginx.conf');

/** Why nginx cannot run here, or null when it can. */
export function missingForProxy(): string | null {
  return existsSync(NGINX) ? null : `no ${NGINX} (apt-get install nginx-light)`;
}

/** A request nginx passed on, from its access log. */
export interface Proxied {
  /** When nginx logged it (ms since the epoch). */
  at: number;
  method: string;
  status: number;
  /** The instances tried, in order (their ports), and what each answered (502 for one that was not reached). */
  tried: { port: number; status: string }[];
}

export interface Proxy {
  url: string;
  /** The requests passed on so far. */
  proxied(): Proxied[];
  stop(): Promise<void>;
}

/** One access-log line of the `upstreams` format: time, method, status, upstream addresses and statuses. */
function parseLine(line: string): Proxied {
  const [at, method, status, addresses, statuses] = line.split(' | ');
  const ports = (addresses ?? '').split(', ').map((a) => Number(a.split(':').at(-1)));
  const answers = (statuses ?? '').split(', ');
  return {
    at: Number(at) * 1000,
    method: method ?? '',
    status: Number(status),
    tried: ports.map((port, i) => ({ port, status: answers[i] ?? '' })),
  };
}

/** The scale profile's server block, its two upstream servers replaced by `ports` and listening on `port`. */
export function proxyConfig(ports: [number, number], port: number): string {
  const config = readFileSync(SCALE_CONFIG, 'utf8');
  const replaced = config
    .replace(/server api-1:3000 /, `server 127.0.0.1:${ports[0]} `)
    .replace(/server api-2:3000 /, `server 127.0.0.1:${ports[1]} `)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  if (/api-\d:3000|listen 80;/.test(replaced)) throw new Error(`${SCALE_CONFIG} no longer has the lines replaced here`);
  return replaced;
}

/** nginx's main configuration around the server block, everything it writes kept in `dir`. */
function mainConfig(dir: string): string {
  // As root, nginx's workers would run as `nobody`, who cannot write the temporary directory.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`);
  return `${user}
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  log_format upstreams '$msec | $request_method | $status | $upstream_addr | $upstream_status';
  access_log ${join(dir, 'access.log')} upstreams;
  ${temp.join('\n  ')}
  include ${join(dir, 'default.conf')};
}
`;
}

/** The access log's lines so far (nginx writes each as its request ends). */
function read(dir: string): Proxied[] {
  const file = join(dir, 'access.log');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(parseLine);
}

/** Starts nginx in front of the instances on `ports`; resolves once its own health answers. */
export async function startProxy(ports: [number, number]): Promise<Proxy> {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-nginx-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(join(dir, 'default.conf'), proxyConfig(ports, port));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${url}/proxy-health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop, proxied: () => read(dir) };
    await sleep(100);
  }
  const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx did not start: ${stderr}${log}`);
}
