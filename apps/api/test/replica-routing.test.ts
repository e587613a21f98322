import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { replicaStatus, routeRead, type ReplicaReading } from '../src/db/replicas/replica-routing.js';

const inSync = (version: bigint | null = 10n): ReplicaReading => ({
  reachable: true,
  lagMs: 0,
  replayedVersion: version,
});
const behind = (lagMs: number): ReplicaReading => ({ reachable: true, lagMs, replayedVersion: 10n });
const down: ReplicaReading = { reachable: false, lagMs: null, replayedVersion: null };
const ask = (readings: ReplicaReading[], extra: { cursor?: number; needed?: bigint | null; writing?: boolean } = {}) =>
  routeRead({
    readings,
    maxLagMs: 5_000,
    cursor: extra.cursor ?? 0,
    neededVersion: extra.needed === undefined ? 10n : extra.needed,
    inOwnWriteWindow: extra.writing ?? false,
  });

describe('which replica a read goes to', () => {
  it('names a replica down, lagging beyond the bound (or by an unknown time), or ok', () => {
    expect(replicaStatus(down, 5_000)).toBe('down');
    expect(replicaStatus(behind(5_001), 5_000)).toBe('lagging');
    expect(replicaStatus({ reachable: true, lagMs: null, replayedVersion: 3n }, 5_000)).toBe('lagging');
    expect(replicaStatus(behind(5_000), 5_000)).toBe('ok');
    expect(replicaStatus(inSync(), 5_000)).toBe('ok');
  });

  it('reads from the primary without replicas, in its own write window, or when none is healthy', () => {
    expect(ask([])).toEqual({ replica: null, checkVersion: false });
    expect(ask([inSync()], { writing: true })).toEqual({ replica: null, checkVersion: false });
    expect(ask([down, behind(9_000)])).toEqual({ replica: null, checkVersion: false });
  });

  it('takes healthy replicas in turn from the cursor, skipping the others', () => {
    const readings = [inSync(), down, inSync(), behind(6_000)];
    // cursor 0 → 0; 1 → 1 is down, 2; 2 → 2; 3 → 3 lags, 4 ≡ 0; 5 ≡ 1 → 2.
    expect([0, 1, 2, 3, 4, 5].map((cursor) => ask(readings, { cursor }).replica)).toEqual([0, 2, 2, 0, 0, 2]);
  });

  it('asks the replica for its version only when the one it is known to have replayed is older or unknown', () => {
    expect(ask([inSync(10n)], { needed: 10n })).toEqual({ replica: 0, checkVersion: false });
    expect(ask([inSync(10n)], { needed: 9n })).toEqual({ replica: 0, checkVersion: false });
    expect(ask([inSync(10n)], { needed: 11n })).toEqual({ replica: 0, checkVersion: true });
    expect(ask([inSync(null)], { needed: 1n })).toEqual({ replica: 0, checkVersion: true });
    expect(ask([inSync(null)], { needed: null })).toEqual({ replica: 0, checkVersion: false });
  });
});

describe('DATABASE_REPLICA_URLS and REPLICA_MAX_LAG_MS', () => {
  const primary = { DATABASE_URL: 'postgres://app:secret@db-1:5432/cpc' };

  it('are none, with a 5 s bound, unless set', () => {
    const config = loadConfig({ ...primary, DATABASE_REPLICA_URLS: ' ' });
    expect([config.replicaUrls, config.replicaMaxLagMs]).toEqual([[], 5_000]);
  });

  it('list each replica, trimmed, in order', () => {
    const config = loadConfig({
      ...primary,
      DATABASE_REPLICA_URLS: 'postgres://app:s@db-2:5432/cpc, postgresql://db-3/cpc',
      REPLICA_MAX_LAG_MS: '750',
    });
    expect(config.replicaUrls).toEqual(['postgres://app:s@db-2:5432/cpc', 'postgresql://db-3/cpc']);
    expect(config.replicaMaxLagMs).toBe(750);
  });

  it('refuse to start on a bad entry, naming its position and not its password', () => {
    const bad = () => loadConfig({ ...primary, DATABASE_REPLICA_URLS: 'postgres://db-2/cpc,mysql://u:hunter2@db-3/x' });
    expect(bad).toThrow('DATABASE_REPLICA_URLS entry 2 must be a URL such as postgres://user@host:5432/db');
    expect(bad).not.toThrow(/hunter2/);
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URLS: 'db-2:5432' })).toThrow('entry 1');
  });

  it('need an external primary, and a whole number of milliseconds', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://db-2/cpc' })).toThrow('needs DATABASE_URL');
    expect(() => loadConfig({ ...primary, REPLICA_MAX_LAG_MS: '2s' })).toThrow(
      'REPLICA_MAX_LAG_MS must be a whole number',
    );
    expect(() => loadConfig({ ...primary, REPLICA_MAX_LAG_MS: '0' })).toThrow('REPLICA_MAX_LAG_MS');
  });
});
