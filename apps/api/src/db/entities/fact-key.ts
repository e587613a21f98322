import { PrimaryColumn } from 'typeorm';

/**
 * The key of every per-country fact table (maturity, count and plan facts): a country's figures in one as-of
 * year, status scope and methodology. A base class per table, for its own primary key constraint's name.
 */
export function factKey(constraint: string) {
  const key = { primaryKeyConstraintName: constraint };
  abstract class FactKey {
    @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3, ...key })
    countryIso3: string;

    @PrimaryColumn({ type: 'smallint', ...key })
    year: number;

    @PrimaryColumn({ type: 'text', ...key })
    scope: string;

    @PrimaryColumn({ type: 'text', ...key })
    methodology: string;
  }
  return FactKey;
}
