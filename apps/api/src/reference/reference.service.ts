import type { CountriesResponse, CountryResponse, GroupingResponse, GroupingsResponse } from '@cpc/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ReferenceRepository } from './reference.repository.js';

@Injectable()
export class ReferenceService {
  constructor(private readonly references: ReferenceRepository) {}

  async countries(): Promise<CountriesResponse> {
    return { countries: await this.references.findCountries() };
  }

  /** One country, or null for a code that is not one. */
  country(iso3: string): Promise<CountryResponse | null> {
    return this.references.findCountry(iso3);
  }

  async groupings(): Promise<GroupingsResponse> {
    return { groupings: await this.references.findGroupings() };
  }

  async grouping(id: string): Promise<GroupingResponse> {
    const grouping = await this.references.findGrouping(id);
    if (!grouping) throw new NotFoundException({ statusCode: 404, message: `grouping: unknown grouping "${id}"` });
    return grouping;
  }
}
