import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalizedNames1795780000000 } from '../src/db/migrations/1795780000000-localized-names.js';
import { startTestApp, type TestApp } from './test-app.js';
import { runMigrations } from './migration-steps.js';

/**
 * The names migration on a database that holds names in the former English and French columns: going back
 * and forth keeps every name, and a locale added later is a key, not a column.
 */
let t: TestApp;
const migration = new LocalizedNames1795780000000();

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const run = (step: 'up' | 'down') => runMigrations(t.app, [[migration, step]]);

describe('the localized names migration', () => {
  it('moves English and French names into one column and back, name for name', async () => {
    await run('down');
    await t.db.query(`UPDATE countries SET name_en = 'Kenya (en)', name_fr = 'Kenya (fr)' WHERE iso3 = 'KEN'`);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM countries`);
    await run('up');
    const { rows } = await t.db.query(`SELECT names FROM countries WHERE iso3 = 'KEN'`);
    expect(rows[0].names).toEqual({ en: 'Kenya (en)', fr: 'Kenya (fr)' });
    const france = await t.db.query(`SELECT names FROM countries WHERE iso3 = 'FRA'`);
    expect(france.rows[0].names).toEqual({ en: 'France', fr: 'France' });
    const after = await t.db.query(`SELECT count(*)::int AS n FROM countries WHERE names ? 'en' AND names ? 'fr'`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const regions = await t.db.query(`SELECT names FROM regions r WHERE r.grouping_id = 'wco' AND r.code = 'EUR'`);
    expect(regions.rows[0].names).toEqual({ en: 'Europe', fr: 'Europe' });
  });

  it('serves a name in a locale added later, through the API', async () => {
    await t.db.query(`UPDATE countries SET names = names || '{"es": "Kenia"}' WHERE iso3 = 'KEN'`);
    const res = await request(t.app.getHttpServer())
      .get('/api/countries')
      .set('Authorization', `Bearer ${await t.tokenFor('analyst')}`)
      .expect(200);
    const body = res.body as { countries: { iso3: string; name: Record<string, string> }[] };
    expect(body.countries.find((c) => c.iso3 === 'KEN')?.name).toEqual({
      en: 'Kenya (en)',
      fr: 'Kenya (fr)',
      es: 'Kenia',
    });
  });
});
