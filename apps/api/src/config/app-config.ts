import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** A fixed port for the embedded PostgreSQL; a free one is picked otherwise. */
  pgPort: number | undefined;
  demoData: boolean;
  /** Where the built web app lives; served at / when it exists. */
  webDist: string;
  sessionTtlMs: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
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
    pgPort: parsePort('PG_PORT', env.PG_PORT),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
    webDist: resolve(env.WEB_DIST || resolve(REPO_ROOT, 'apps/web/dist')),
    sessionTtlMs: parseDuration('SESSION_TTL', env.SESSION_TTL) ?? 8 * 3600_000,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
  };
}
