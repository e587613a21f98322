import type { CountryResponse } from '@cpc/domain';

/** A `countries` row as PostgreSQL gives it. */
export interface CountryRow {
  iso3: string;
  iso2: string;
  name_en: string;
  name_fr: string;
}

export function toCountry(row: CountryRow): CountryResponse {
  return { iso3: row.iso3, iso2: row.iso2, name: { en: row.name_en, fr: row.name_fr } };
}
