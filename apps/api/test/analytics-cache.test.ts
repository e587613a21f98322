import type { Principal } from '@cpc/domain';
import { describe, expect, it } from 'vitest';
import { AnalyticsCache } from '../src/analytics/analytics-cache.js';
import type { DataVersionTracker } from '../src/analytics/data-version-tracker.js';
import { sharedJsonBody } from '../src/common/shared-json.js';

/** A data version the test moves by hand, in place of the tracker (which follows PostgreSQL). */
function versionSource(): { tracker: DataVersionTracker; bump: () => void } {
  let version = 1;
  const tracker = { current: () => Promise.resolve(String(version)) } as unknown as DataVersionTracker;
  return {
    tracker,
    bump: () => {
      version++;
    },
  };
}

const analyst: Principal = { id: 'a', role: 'analyst', country: null };
const viewerFra: Principal = { id: 'v', role: 'viewer', country: 'FRA' };
const viewerKen: Principal = { id: 'k', role: 'viewer', country: 'KEN' };

describe('the analytics cache', () => {
  it('computes a value once for concurrent requests, and again after the data version moves', async () => {
    const { tracker, bump } = versionSource();
    const cache = new AnalyticsCache(tracker);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return { n: computed };
    };
    const first = await Promise.all(Array.from({ length: 10 }, () => cache.getView('k', compute, analyst, (v) => v)));
    expect(computed).toBe(1);
    expect(new Set(first).size).toBe(1);
    bump();
    const second = await cache.getView('k', compute, analyst, (v) => v);
    expect(computed).toBe(2);
    expect(second).toEqual({ n: 2 });
  });

  it('derives one view per kind of reader, shared and serialised once', async () => {
    const { tracker } = versionSource();
    const cache = new AnalyticsCache(tracker);
    const countries = ['FRA', 'KEN', 'DEU'];
    let derived = 0;
    const view = (reader: Principal) => (all: string[]) => {
      derived++;
      return { countries: reader.role === 'analyst' ? all : all.filter((c) => c === reader.country) };
    };
    const get = (reader: Principal) => cache.getView('k', () => Promise.resolve(countries), reader, view(reader));
    const a1 = await get(analyst);
    const f1 = await get(viewerFra);
    const k1 = await get(viewerKen);
    expect([a1, f1, k1]).toEqual([{ countries }, { countries: ['FRA'] }, { countries: ['KEN'] }]);
    expect(await get(analyst)).toBe(a1);
    expect(await get({ ...viewerFra, id: 'another viewer of France' })).toBe(f1);
    expect(derived).toBe(3);
    expect(sharedJsonBody(f1)?.json).toBe('{"countries":["FRA"]}');
  });

  it('lets every waiter see a failed computation fail, then tries again', async () => {
    const { tracker } = versionSource();
    const cache = new AnalyticsCache(tracker);
    const failing = () => Promise.reject(new Error('database down'));
    await expect(
      Promise.all([cache.getView('k', failing, analyst, (v) => v), cache.getView('k', failing, analyst, (v) => v)]),
    ).rejects.toThrow('database down');
    expect(
      await cache.getView(
        'k',
        () => Promise.resolve({ ok: true }),
        analyst,
        (v) => v,
      ),
    ).toEqual({ ok: true });
  });
});
