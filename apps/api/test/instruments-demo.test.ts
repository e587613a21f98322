import {
  CreateInstrumentRequestSchema,
  instrumentNaturalKey,
  registerChecks,
  WCO_MEMBERSHIPS,
  type CreateInstrumentRequest,
  type InstrumentDetails,
} from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoInstruments } from '../src/demo/demo-instruments-plan.js';
import { buildDemoOperations } from '../src/demo/demo-operations-plan.js';
import { buildDemoPlan } from '../src/demo/demo-plan.js';
import { clientFor } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

const plan = buildDemoPlan();
const instruments = buildDemoInstruments(plan, buildDemoOperations(plan));

function detailsOf(i: CreateInstrumentRequest): InstrumentDetails {
  const { country: _c, title: _t, from: _f, to: _to, notes: _n, ...details } = i;
  return details;
}

describe('the demo register’s plan', () => {
  it('is valid, one record per natural key, and the same on every build', () => {
    const invalid = instruments.filter((i) => !CreateInstrumentRequestSchema.safeParse(i).success);
    expect(invalid).toEqual([]);
    expect(new Set(instruments.map(instrumentNaturalKey)).size).toBe(instruments.length);
    expect(buildDemoInstruments(plan, buildDemoOperations(plan))).toEqual(instruments);
  });

  it('starts nothing before a country joined the WCO', () => {
    const joined = new Map(WCO_MEMBERSHIPS.map((m) => [m.iso3, m.from]));
    expect(instruments.filter((i) => i.from < (joined.get(i.country) ?? '9999'))).toEqual([]);
  });

  it('backs every claim of the counted demo assessments: no register check fires', () => {
    const byCountry = new Map<
      string,
      { id: string; title: string; from: string; to: string | null; details: InstrumentDetails }[]
    >();
    instruments.forEach((i, n) =>
      byCountry.set(i.country, [
        ...(byCountry.get(i.country) ?? []),
        { id: String(n), title: i.title, from: i.from, to: i.to, details: detailsOf(i) },
      ]),
    );
    const counted = plan.filter((a) => a.status === 'submitted' || a.status === 'validated');
    const fired = counted.flatMap((a) => registerChecks(a.answers, a.year, byCountry.get(a.country) ?? []));
    expect(fired).toEqual([]);
  });

  it('has every kind, and a joint unit of each programme somewhere', () => {
    const kinds = new Set(instruments.map((i) => i.kind));
    expect([...kinds].sort()).toEqual([
      'agreement',
      'committee',
      'interpol_access',
      'joint_unit',
      'liaison_officer',
      'training',
    ]);
    const units = new Set(instruments.flatMap((i) => (i.kind === 'joint_unit' ? [i.unitType] : [])));
    expect([...units].sort()).toEqual(['aircop_jaitf', 'ccp_pcu']);
  });
});

describe('a demo start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  }, 120_000);
  afterAll(() => t.close());

  it('loads the register with the rest of the demo data', async () => {
    const { rows } = await t.db.query<{ n: number; sources: string[] }>(
      `SELECT count(*)::int AS n, array_agg(DISTINCT source) AS sources FROM instruments`,
    );
    expect(rows[0]).toEqual({ n: instruments.length, sources: ['demo'] });
    const analyst = await clientFor(t, { role: 'analyst' });
    const { body } = await analyst.get('/api/instruments?country=SEN').expect(200);
    expect(body.instruments.length).toBe(instruments.filter((i) => i.country === 'SEN').length);
  });
});
