import type { CountryResponse, Localized } from '@cpc/domain';

/** A `countries` row as PostgreSQL gives it. */
export interface CountryRow {
  iso3: string;
  iso2: string;
  names: Localized;
}

export function toCountry(row: CountryRow): CountryResponse {
  return { iso3: row.iso3, iso2: row.iso2, name: row.names };
}
