import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Streaming replicas of DATABASE_URL that serve analytics and export reads (db/replicas); none by default. */
  replicaUrls: string[];
  /** A replica further behind than this is not read from. */
  replicaMaxLagMs: number;
  /** A fixed port for the embedded PostgreSQL; a free one is picked otherwise. */
  pgPort: number | undefined;
  demoData: boolean;
  /** Where the built web app lives; served at / when it exists. */
  webDist: string;
  sessionTtlMs: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Origins allowed to call the API cross-site (CORS); none by default. */
  corsOrigins: string[];
  /** Behind TLS: send Strict-Transport-Security. */
  hsts: boolean;
  /** Reverse proxies in front of the app whose X-Forwarded-For is trusted (TRUST_PROXY); 0 by default. */
  trustProxy: number;
  /** NODE_ENV=production: no demo data or demo accounts, and the first admin's password must be set. */
  production: boolean;
}

function parsePort(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number, got "${value}"`);
  return port;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

/** "8h", "30m", "90s" or plain seconds. */
function parseDuration(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(\d+)\s*(h|m|s)?$/.exec(value.trim());
  if (!match || Number(match[1]) === 0)
    throw new Error(`${name} must be a duration such as 8h, 30m or 3600, got "${value}"`);
  const unit = { h: 3600_000, m: 60_000, s: 1000 }[(match[2] ?? 's') as 'h' | 'm' | 's'];
  return Number(match[1]) * unit;
}

/** The repository root, found from this file's place in apps/api/{src,dist}/config. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort('PORT', env.PORT) ?? 3000,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || resolve(REPO_ROOT, '.data')),
    replicaUrls: parseReplicaUrls(env.DATABASE_REPLICA_URLS, env.DATABASE_URL),
    replicaMaxLagMs: parsePositiveInteger('REPLICA_MAX_LAG_MS', env.REPLICA_MAX_LAG_MS) ?? 5_000,
    pgPort: parsePort('PG_PORT', env.PG_PORT),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
    webDist: resolve(env.WEB_DIST || resolve(REPO_ROOT, 'apps/web/dist')),
    sessionTtlMs: parseDuration('SESSION_TTL', env.SESSION_TTL) ?? 8 * 3600_000,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    hsts: parseBoolean('HSTS', env.HSTS, false),
    trustProxy: parseProxyHops(env.TRUST_PROXY),
    production: env.NODE_ENV === 'production',
  };
}

/** `https://a.example.org,https://b.example.org`: each an origin (scheme, host, optional port), nothing more. */
function parseOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((origin) => {
    const trimmed = origin.trim();
    if (!/^https?:\/\/[^/\s]+$/.test(trimmed))
      throw new Error(`CORS_ORIGINS must list origins such as https://example.org, got "${trimmed}"`);
    return trimmed;
  });
}

/**
 * `postgres://…,postgres://…`: each a PostgreSQL URL. A replica follows a primary the app is given: they make
 * no sense with the embedded PostgreSQL. Messages name an entry by its position, never its password.
 */
function parseReplicaUrls(value: string | undefined, primary: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  if (!primary) throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow an external primary');
  return value.split(',').map((entry, index) => {
    const trimmed = entry.trim();
    if (!URL.canParse(trimmed) || !['postgres:', 'postgresql:'].includes(new URL(trimmed).protocol))
      throw new Error(`DATABASE_REPLICA_URLS entry ${index + 1} must be a URL such as postgres://user@host:5432/db`);
    return trimmed;
  });
}

/** TRUST_PROXY: how many proxies to trust, 0 to 5 (one nginx in front: 1). */
function parseProxyHops(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 5)
    throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (0 to 5), got "${value}"`);
  return hops;
}

function parsePositiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return number;
}

/** In production the app refuses to start with demo data (and its published demo accounts) or without an admin password. */
export function productionProblems(config: AppConfig): string[] {
  if (!config.production) return [];
  const problems: string[] = [];
  if (config.demoData)
    problems.push('DEMO_DATA must be false in production: the demo accounts and their passwords are public');
  if (!config.adminPassword) problems.push('ADMIN_PASSWORD must be set in production (with ADMIN_EMAIL)');
  return problems;
}
