import type pg from 'pg';

export interface FixtureAssessment {
  country: string;
  year: number;
  status: 'draft' | 'submitted' | 'validated' | 'returned';
  overall: number;
  level: number;
  selfLevel: number;
  dimensions?: Record<string, number>;
  answers?: Record<string, unknown>;
  /** Item code → points, as stored for the gap analytics. */
  items?: Record<string, number>;
  /** The methodology version the hand-made scores are stored under (default v1). */
  methodology?: string;
}

/** Inserts an assessment row as a scored one would be stored, bypassing the API (fixture setup). */
export async function insertAssessment(db: pg.Pool, a: FixtureAssessment): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO assessments (country_iso3, year, status, answers, self_level, submitted_at)
     VALUES ($1, $2, $3, $5, $4, CASE WHEN $3 = 'draft' THEN NULL ELSE now() END) RETURNING id`,
    [a.country, a.year, a.status, a.selfLevel, JSON.stringify(a.answers ?? {})],
  );
  const id = rows[0]!.id;
  const version = a.methodology ?? 'v1';
  await insertScores(db, id, version, a);
  return id;
}

/** Hand-made scores of an assessment under one methodology version. */
export async function insertScores(
  db: pg.Pool,
  id: string,
  version: string,
  a: Pick<FixtureAssessment, 'overall' | 'level' | 'dimensions' | 'items'>,
): Promise<void> {
  const dimensions = Object.entries(a.dimensions ?? {});
  const items = Object.entries(a.items ?? {});
  await db.query(
    `INSERT INTO assessment_scores (assessment_id, methodology, overall_index, computed_level,
                                    dimension_codes, dimension_scores, item_codes, item_points)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      version,
      a.overall,
      a.level,
      dimensions.map(([d]) => d),
      dimensions.map(([, score]) => score),
      items.map(([code]) => code),
      items.map(([, points]) => points),
    ],
  );
}

/** A grouping of regions, inserted directly: custom groupings have no API yet. */
export async function insertGrouping(db: pg.Pool, id: string, regions: Record<string, string[]>): Promise<void> {
  await db.query(`INSERT INTO groupings (id, names) VALUES ($1, jsonb_build_object('en', $1::text, 'fr', $1::text))`, [
    id,
  ]);
  let position = 0;
  for (const [code, members] of Object.entries(regions)) {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO regions (grouping_id, code, names, position)
       VALUES ($1, $2, jsonb_build_object('en', $2::text, 'fr', $2::text), $3) RETURNING id`,
      [id, code, position++],
    );
    for (const iso3 of members)
      await db.query(`INSERT INTO region_members (region_id, country_iso3) VALUES ($1, $2)`, [rows[0]!.id, iso3]);
  }
}

/**
 * An action of a country's plan, inserted directly, with its status history ([status, date] pairs, oldest
 * first): its status is the last one, and a done action is done on that day.
 */
export async function insertAction(
  db: pg.Pool,
  a: { country: string; items: string[]; history: [string, string][]; target: string },
): Promise<void> {
  const [status, date] = a.history.at(-1)!;
  await db.query(
    `INSERT INTO actions (country_iso3, text, items, lead, owner, start_date, target_date, status, status_history, done_at)
     VALUES ($1, 'An action', $2, 'joint', 'Owner', $3, $4, $5, $6, $7)`,
    [
      a.country,
      a.items,
      a.history[0]![1],
      a.target,
      status,
      JSON.stringify(a.history.map(([s, on]) => ({ status: s, date: on }))),
      status === 'done' ? `${date}T00:00:00Z` : null,
    ],
  );
}

/**
 * Runs `write` in one transaction on one connection, as one write of the app would: what its commit refreshes
 * together. The factories take a pool; the connection answers the same queries, inside the transaction.
 */
export async function inTransaction(db: pg.Pool, write: (tx: pg.Pool) => Promise<void>): Promise<void> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await write(client as unknown as pg.Pool);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/** Runs `statements` in one transaction. */
export function inOneTransaction(db: pg.Pool, statements: string[]): Promise<void> {
  return inTransaction(db, async (tx) => {
    for (const sql of statements) await tx.query(sql);
  });
}

/** Whether `country` has an assessment of `year` already (one per country and year). */
export async function isAssessed(db: pg.Pool, country: string, year: number): Promise<boolean> {
  const found = await db.query('SELECT 1 FROM assessments WHERE country_iso3 = $1 AND year = $2', [country, year]);
  return (found.rowCount ?? 0) > 0;
}

/** SQL moving `country`'s memberships in grouping `grouping` to its region `to`. */
export const moveMemberSql = (grouping: string, country: string, to: string) =>
  `UPDATE region_members SET region_id = (SELECT id FROM regions WHERE grouping_id = '${grouping}' AND code = '${to}')
   WHERE country_iso3 = '${country}' AND region_id IN (SELECT id FROM regions WHERE grouping_id = '${grouping}')`;

/** Sets countries' disclosure levels (each shares its figures with members, or keeps them confidential). */
export function setDisclosures(db: pg.Pool, levels: [string, 'members' | 'confidential'][]) {
  return db.query(
    `INSERT INTO country_disclosures (country_iso3, level, updated_at) SELECT c, l, now() FROM unnest($1::text[], $2::text[]) AS x(c, l)
     ON CONFLICT (country_iso3) DO UPDATE SET level = excluded.level`,
    [levels.map(([c]) => c), levels.map(([, l]) => l)],
  );
}
