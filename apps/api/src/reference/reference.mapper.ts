import type { Country, CountryResponse } from '@cpc/domain';
import { CountryEntity } from '../db/entities/index.js';

export function toCountry(entity: CountryEntity): CountryResponse {
  return { iso3: entity.iso3, iso2: entity.iso2, name: { en: entity.nameEn, fr: entity.nameFr } };
}

export function toCountryEntity(country: Country): CountryEntity {
  return Object.assign(new CountryEntity(), {
    iso3: country.iso3,
    iso2: country.iso2,
    nameEn: country.name.en,
    nameFr: country.name.fr,
  });
}
