import {
  canUseGrouping,
  PUBLISHED_GROUPINGS,
  type CountriesResponse,
  type CountryResponse,
  type GroupingResponse,
  type GroupingsResponse,
  type Principal,
} from '@cpc/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
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

  /** The groupings the reader may use. */
  async groupings(reader: Principal): Promise<GroupingsResponse> {
    const groupings = await this.references.findGroupings();
    return { groupings: groupings.filter((g) => canUseGrouping(reader, g.id)) };
  }

  /** A grouping, when the reader (if given) may use it. */
  async grouping(id: string, reader?: Principal): Promise<GroupingResponse> {
    if (reader) assertGroupingAllowed(reader, id);
    const grouping = await this.references.findGrouping(id);
    if (!grouping) throw new NotFoundException({ statusCode: 404, message: `grouping: unknown grouping "${id}"` });
    return grouping;
  }
}

/** Every figure by grouping checks this before anything is read or served from the cache. */
export function assertGroupingAllowed(reader: Principal, id: string): void {
  if (!canUseGrouping(reader, id))
    throw new ForbiddenException({
      statusCode: 403,
      message: `grouping: custom groupings are for analysts; national users see the published groupings (${PUBLISHED_GROUPINGS.join(', ')})`,
    });
}
