import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { insertInstrument } from './instrument-fixtures.js';
import { download } from './raw-exports.fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The operation results CSVs, which PostgreSQL's COPY writes, byte for byte against files written by hand: quotes,
 * commas and line breaks quoted, text starting with = + - @ or a tab behind an apostrophe, non-Latin text,
 * empty text and nulls as empty fields, quantities without trailing zeros, CRLF after every record, the header
 * and the byte-order mark first. The rows are stored directly, so the values are exactly these.
 */

let t: TestApp;
let analyst: Client;

const IMPORT_HEADER =
  'operation_code,operation_name,programme,lead,activities,start_date,end_date,country,unit_type,unit_name,' +
  'unit_site,arrests,investigations_opened,controlled_deliveries,persons_checked,sltd_queries,sltd_hits,' +
  'smv_queries,smv_hits,nominal_queries,nominal_hits,notices_queries,notices_hits,commodity,cases,quantity,unit';
const RESULTS_HEADER = IMPORT_HEADER.slice(0, IMPORT_HEADER.indexOf(',commodity'));

const Q1_FRA =
  'Q1,"Say ""hi"", world",aircop,wco,risk_targeting;interception,2024-03-01,2024-03-05,FRA,customs,' +
  `'=SUM(A1:A9),"'-LFPG, ""T2""",3,1,0,12,40,2,,,,,,`;
const Q1_SEN =
  'Q1,"Say ""hi"", world",aircop,wco,risk_targeting;interception,2024-03-01,2024-03-05,SEN,police,' +
  '"Ligne 1\nLigne 2",,0,0,0,0,,,,,,,5,0';
const Q2 = "Q2,'+33 Opération «Ωμέγα» 東京 عملية,wco,interpol,operational,2025-01-10,2025-02-10";
const Q2_GHA = `${Q2},GHA,other,,,1,2,3,4,,,7,1,,,,`;
const Q2_NGA = `${Q2},NGA,joint_team,"'\tTabbed, ""x""",'@site,0,0,0,0,,,,,,,,`;

async function store(db: TestApp['db']): Promise<void> {
  const site = await insertInstrument(db, {
    country: 'FRA',
    kind: 'joint_unit',
    from: '2020-01-01',
    details: { site: '-LFPG, "T2"' },
  });
  const atSite = await insertInstrument(db, {
    country: 'NGA',
    kind: 'joint_unit',
    from: '2020-01-01',
    details: { site: '@site' },
  });
  await db.query(`
    WITH ops AS (
      INSERT INTO operations (code, name, programme, lead, activities, start_date, end_date, end_year) VALUES
        ('Q1', 'Say "hi", world', 'aircop', 'wco', ARRAY['interception', 'risk_targeting'], '2024-03-01', '2024-03-05', 2024),
        ('Q2', '+33 Opération «Ωμέγα» 東京 عملية', 'wco', 'interpol', ARRAY['operational'], '2025-01-10', '2025-02-10', 2025)
      RETURNING id, code)
    INSERT INTO operation_countries (operation_id, country_iso3)
    SELECT ops.id, c FROM ops, unnest(CASE ops.code WHEN 'Q1' THEN ARRAY['FRA', 'SEN'] ELSE ARRAY['GHA', 'NGA'] END) c`);
  await db.query(
    `INSERT INTO operation_results (operation_id, country_iso3, unit_type, unit_name, joint_unit_id, arrests,
       investigations_opened, controlled_deliveries, persons_checked, sltd_queries, sltd_hits, smv_queries, smv_hits,
       notices_queries, notices_hits, content_hash)
     SELECT o.id, v.country, v.unit_type, v.unit_name, v.unit::uuid, v.a, v.i, v.c, v.p, v.sq, v.sh, v.mq, v.mh, v.nq, v.nh, 'x'
     FROM (VALUES ('Q1', 'FRA', 'customs', '=SUM(A1:A9)', $1, 3, 1, 0, 12, 40, 2, NULL, NULL, NULL, NULL),
                  ('Q1', 'SEN', 'police', E'Ligne 1\\nLigne 2', NULL, 0, 0, 0, 0, NULL, NULL, NULL, NULL, 5, 0),
                  ('Q2', 'GHA', 'other', '', NULL, 1, 2, 3, 4, NULL, NULL, 7, 1, NULL, NULL),
                  ('Q2', 'NGA', 'joint_team', E'\\tTabbed, "x"', $2, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL))
       AS v(code, country, unit_type, unit_name, unit, a, i, c, p, sq, sh, mq, mh, nq, nh)
     JOIN operations o ON o.code = v.code`,
    [site, atSite],
  );
  await db.query(`
    INSERT INTO operation_seizures (result_id, commodity, unit, cases, quantity)
    SELECT r.id, v.commodity, v.unit, v.cases, v.quantity
    FROM (VALUES ('FRA', 'heroin', 'kg', 1, 0.001), ('FRA', 'cocaine', 'kg', 2, 12.5),
                 ('FRA', 'currency', 'usd', 1, 123456789012345.678), ('GHA', 'tobacco', 'pieces', 7, 100),
                 ('GHA', 'other', 'kg', 0, 0), ('NGA', 'weapons', 'pieces', 1, 3))
      AS v(country, commodity, unit, cases, quantity)
    JOIN operation_results r ON r.country_iso3 = v.country`);
}

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  await store(t.db);
});
afterAll(() => t.close());

const body = async (path: string) => (await download(analyst, path)).body.toString('utf8');

describe('the operation results CSVs written by COPY', () => {
  it('are, in the import layout, exactly the file written by hand', async () => {
    const expected = [
      IMPORT_HEADER,
      `${Q1_FRA},cocaine,2,12.5,kg`,
      `${Q1_FRA},currency,1,123456789012345.678,usd`,
      `${Q1_FRA},heroin,1,0.001,kg`,
      `${Q1_SEN},,,,`,
      `${Q2_GHA},other,0,0,kg`,
      `${Q2_GHA},tobacco,7,100,pieces`,
      `${Q2_NGA},weapons,1,3,pieces`,
    ];
    expect(await body('/api/exports/operation-results?part=import')).toBe(`${expected.join('\r\n')}\r\n`);
  });

  it('are, for the results and the seizures, exactly the files written by hand, with a byte-order mark if asked', async () => {
    const results = [RESULTS_HEADER, Q1_FRA, Q1_SEN, Q2_GHA, Q2_NGA];
    expect(await body('/api/exports/operation-results?format=csv&bom=true')).toBe(`\uFEFF${results.join('\r\n')}\r\n`);
    const seizures = [
      'operation_code,country,commodity,cases,quantity,unit',
      'Q1,FRA,cocaine,2,12.5,kg',
      'Q1,FRA,currency,1,123456789012345.678,usd',
      'Q1,FRA,heroin,1,0.001,kg',
      'Q2,GHA,other,0,0,kg',
      'Q2,GHA,tobacco,7,100,pieces',
      'Q2,NGA,weapons,1,3,pieces',
    ];
    expect(await body('/api/exports/operation-results?part=seizures')).toBe(`${seizures.join('\r\n')}\r\n`);
  });

  it('is a header alone when nothing is stored', async () => {
    await t.db.query('DELETE FROM operations');
    expect(await body('/api/exports/operation-results?part=import')).toBe(`${IMPORT_HEADER}\r\n`);
    expect(await body('/api/exports/operation-results?part=seizures&bom=true')).toBe(
      '\uFEFFoperation_code,country,commodity,cases,quantity,unit\r\n',
    );
  });
});
