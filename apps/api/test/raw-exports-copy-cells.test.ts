import { ACTIVITIES, csvRecord, quantityCell } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadDatabase } from '../src/db/replicas/read-database.js';
import { csvActivitiesSql, csvQuantitySql, csvTextSql } from '../src/exports/raw/csv-copy.sql.js';
import { withCrlf } from '../src/exports/raw/csv-record-ends.js';
import { RawExportsRepository } from '../src/exports/raw/raw-exports.repository.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The SQL that renders the raw CSVs' cells for COPY (csv-copy.sql.ts) against the domain's own functions
 * (csvRecord, which neutralises formulas and quotes; quantityCell), on tricky values: the two cannot drift apart.
 * And a COPY whose reader leaves is cancelled, its connection usable again.
 */

let t: TestApp;
let reads: ReadDatabase;
let repository: RawExportsRepository;

const TEXTS: (string | null)[] = [
  ...['', null, '=1+2', '+33 1 40', '-5', '@user', '\tx', '\rx', '\nx', ' =x', "'=x", 'a,b', 'say "hi"', '"'],
  ...[',', 'a\r\nb', '\\.', '\\N', 'NULL', 'Ωμέγα', '東京', 'عملية', '😀=', '=😀', '\u00a0=', '−5', 'plain'],
];
const QUANTITIES = ['0', '0.001', '0.01', '12.5', '100', '10.1', '123456789012345.678', '999999999999999.999'];
const ACTIVITY_SETS = [['interception', 'risk_targeting'], ['controlled_delivery', 'operational', 'investigation'], []];

beforeAll(async () => {
  t = await startTestApp();
  reads = t.app.get(ReadDatabase);
  repository = t.app.get(RawExportsRepository);
  await t.db.query('CREATE TABLE copy_cells (n int, t text, q numeric(18,3), a text[])');
  for (const [n, text] of TEXTS.entries())
    await t.db.query('INSERT INTO copy_cells VALUES ($1, $2, $3, $4)', [
      n,
      text,
      QUANTITIES[n % QUANTITIES.length],
      ACTIVITY_SETS[n % ACTIVITY_SETS.length],
    ]);
});
afterAll(() => t.close());

/** The CSV that COPY writes for `select`, CRLF-terminated as the API sends it. */
async function copied(select: string): Promise<string> {
  const chunks: Buffer[] = [];
  const state = { quoted: false };
  for await (const chunk of reads.streamReadOnly((tx) => repository.copyCsv(tx, select)))
    chunks.push(withCrlf(chunk, state));
  return Buffer.concat(chunks).toString('utf8');
}

describe('the cells COPY writes', () => {
  it('are the domain’s CSV cells: formulas neutralised, quoting, empty text, nulls, quantities, activities', async () => {
    const stored = await t.db.query<{ t: string | null; q: string; a: string[] }>(
      'SELECT t, q::text AS q, a FROM copy_cells ORDER BY n',
    );
    const expected = stored.rows
      .map((r) => csvRecord([r.t, quantityCell(r.q), ACTIVITIES.filter((a) => r.a.includes(a)).join(';')]))
      .join('');
    const select = `SELECT ${csvTextSql('c.t')}, ${csvQuantitySql('c.q')}, ${csvActivitiesSql('c.a')} FROM copy_cells c ORDER BY c.n`;
    expect(await copied(select)).toBe(expected);
  });

  it('end with CRLF, line breaks inside quotes kept, wherever the chunks split', () => {
    const input = Buffer.from('a,"b\nc",d\n"e""\n""",f\n\n"",x\n');
    const expected = 'a,"b\nc",d\r\n"e""\n""",f\r\n\r\n"",x\r\n';
    for (let cut = 0; cut <= input.length; cut++) {
      const state = { quoted: false };
      const out = [input.subarray(0, cut), input.subarray(cut)].map((chunk) => withCrlf(chunk, state));
      expect(Buffer.concat(out).toString()).toBe(expected);
    }
  });
});

describe('a COPY whose reader stops', () => {
  it('is cancelled, its transaction rolled back and its connection back in the pool', async () => {
    // Endless as far as a test goes: the generator could not return if the COPY ran to its end.
    const endless = reads.streamReadOnly((tx) =>
      repository.copyCsv(tx, 'SELECT generate_series(1, 1000000000000) AS n'),
    );
    const first = await endless.next();
    expect(first.done).toBe(false);
    await endless.return(undefined);
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND (xact_start IS NOT NULL OR query LIKE 'COPY%' AND state = 'active')`,
    );
    expect(rows[0]!.n).toBe(0);
    for (let i = 0; i < 12; i++) expect(await copied(`SELECT ${i} AS n`)).toBe(`${i}\r\n`);
  });
});
