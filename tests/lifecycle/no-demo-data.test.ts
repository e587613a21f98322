import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import {
  ALL,
  PERIOD_YEARS,
  WCO_MATURITY_PATH,
  WCO_REGIONS,
  type Groupings,
  type Maturity,
  type Meta,
} from '../support/product.js';

describe('DEMO_DATA=false starts an empty observatory', () => {
  const harness = new AppHarness();
  let app: AppProcess;

  beforeAll(async () => {
    app = await harness.start({ demoData: false });
  });
  afterAll(() => harness.cleanup());

  it('is healthy and does not claim to show demo data', async () => {
    expect(await app.getJson('/api/health')).toEqual({ status: 'ok', db: 'up', replicas: [] });
    const meta = await app.getJson<Meta>('/api/meta');
    expect(meta.demoData).toBe(false);
    expect(meta.latestYear).toBeNull();
  });

  it('still knows the regions and their members (reference data), but counts no assessment', async () => {
    const { groupings } = await app.getJson<Groupings>('/api/groupings');
    expect(groupings.find((g) => g.id === 'wco')?.regions).toHaveLength(WCO_REGIONS.length);

    const { series } = await app.getJson<Maturity>(WCO_MATURITY_PATH);
    expect(series).toHaveLength((WCO_REGIONS.length + 1) * PERIOD_YEARS.length);
    for (const p of series) {
      expect(p.assessed, `${p.region} ${p.year}`).toBe(0);
      // Nothing assessed is "no value", never a score of zero.
      expect(p.mean, `${p.region} ${p.year}`).toBeNull();
      expect(p.members, `${p.region} ${p.year}`).toBeGreaterThan(0);
    }
    expect(series.filter((p) => p.region === ALL)).toHaveLength(PERIOD_YEARS.length);
  });
});
