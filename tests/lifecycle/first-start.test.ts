import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, WEB_DIST, type AppProcess } from '../support/app-process.js';
import {
  ALL,
  PERIOD_YEARS,
  WCO_MATURITY_PATH,
  WCO_REGIONS,
  point,
  type Health,
  type Maturity,
  type Meta,
} from '../support/product.js';

describe('a user starts the built app for the first time, with the demo data', () => {
  const harness = new AppHarness();
  let app: AppProcess;

  beforeAll(async () => {
    app = await harness.start({ demoData: true });
  });
  afterAll(() => harness.cleanup());

  it('reports itself healthy, with its database up', async () => {
    expect(await app.getJson<Health>('/api/health')).toEqual({ status: 'ok', db: 'up', replicas: [] });
  });

  it('says that it shows synthetic demo data, under methodology v1', async () => {
    const meta = await app.getJson<Meta>('/api/meta');
    expect(meta.demoData).toBe(true);
    expect(meta.methodologyVersion).toBe('v1');
    expect(meta.latestYear).toBeGreaterThanOrEqual(2024);
  });

  it('offers the WCO grouping with its six regions', async () => {
    const { groupings } = await app.getJson<{ groupings: { id: string; regions: { code: string }[] }[] }>(
      '/api/groupings',
    );
    const wco = groupings.find((g) => g.id === 'wco');
    expect(wco?.regions.map((r) => r.code).sort()).toEqual([...WCO_REGIONS].sort());
  });

  it('gives the maturity of each WCO region and of all members for every year 2016–2026', async () => {
    const maturity = await app.getJson<Maturity>(WCO_MATURITY_PATH);
    const expectedKeys = [...WCO_REGIONS, ALL].flatMap((region) => PERIOD_YEARS.map((year) => `${region} ${year}`));
    expect(maturity.series.map((p) => `${p.region} ${p.year}`).sort()).toEqual(expectedKeys.sort());
  });

  it('has demo assessments in every WCO region in 2024, with means on the 0–100 scale', async () => {
    const maturity = await app.getJson<Maturity>(WCO_MATURITY_PATH);
    for (const region of WCO_REGIONS) {
      const p = point(maturity, region, 2024);
      expect(p.assessed, region).toBeGreaterThan(0);
      expect(p.assessed, region).toBeLessThanOrEqual(p.members);
      expect(p.mean, region).toBeGreaterThanOrEqual(0);
      expect(p.mean, region).toBeLessThanOrEqual(100);
    }
    // Every WCO member belongs to exactly one region, so the regions add up to the whole.
    const all = point(maturity, ALL, 2024);
    const sum = (key: 'members' | 'assessed') => WCO_REGIONS.reduce((s, r) => s + point(maturity, r, 2024)[key], 0);
    expect(all.members).toBe(sum('members'));
    expect(all.assessed).toBe(sum('assessed'));
  });

  it('serves the built dashboard at /, and its scripts', async () => {
    // turbo builds @cpc/web before these tests, so the dashboard must be there.
    const builtIndex = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const res = await app.fetch('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toBe(builtIndex);

    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'index.html loads a script').toBeDefined();
    const js = await app.fetch(script!);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('opens a shared dashboard link (with its query) on the same page', async () => {
    const res = await app.fetch('/?grouping=un&from=2018&to=2024&lang=fr');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'));
  });

  it('answers an unknown API path with a 404, not with the dashboard', async () => {
    const res = await app.fetch('/api/no-such-endpoint');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
  });
});
