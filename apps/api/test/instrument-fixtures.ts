import type pg from 'pg';

let serial = 0;

/** One instrument of the register, written directly: `details` are the kind's own fields without `kind`. */
export async function insertInstrument(
  db: pg.Pool,
  i: { country: string; kind: string; from: string; to?: string | null; details?: Record<string, unknown> },
): Promise<string> {
  const key = `${i.country}:${i.kind}:${i.from}:${++serial}`;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO instruments (country_iso3, kind, title, valid_from, valid_to, details, natural_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [i.country, i.kind, `${i.kind} ${key}`, i.from, i.to ?? null, JSON.stringify(i.details ?? {}), key],
  );
  return rows[0]!.id;
}

/** A grouping whose members have dates: region → [iso3, valid_from, valid_to]. */
export async function insertDatedGrouping(
  db: pg.Pool,
  id: string,
  regions: Record<string, [string, string, string | null][]>,
): Promise<void> {
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
    for (const [iso3, from, to] of members)
      await db.query(
        `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to) VALUES ($1, $2, $3, $4)`,
        [rows[0]!.id, iso3, from, to],
      );
  }
}

export const agreement = (type: string) => ({
  agreementType: type,
  parties: ['customs', 'police'],
  scope: ['interception'],
});
export const unit = (unitType: string, site: string) => ({ unitType, site, agencies: ['customs', 'police'] });
export const training = (customs: number, police: number, other: number) => ({
  topic: 'Profiling',
  agencies: ['customs', 'police'],
  participants: { customs, police, other },
  supportedBy: [],
});
export const interpol = (year: number, borderPointsConnected: number) => ({
  year,
  i247AtHq: true,
  borderPointsConnected,
  databases: ['sltd'],
});
export const liaison = { direction: 'customs_in_police', host: 'Central brigade', officers: 2 };
export const committee = { level: 'national', agencies: ['customs', 'police'], meetings: [] };
