import {
  canUseGrouping,
  type CountriesResponse,
  type CountryResponse,
  type GroupingResponse,
  type GroupingsResponse,
  type Principal,
} from '@cpc/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { assertPublishedQuery } from '../disclosure/published-queries.js';
import { ReferenceRepository, type GroupingOutline } from './reference.repository.js';

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

  /** The groupings the reader may use, with the members of `year` (the current year by default). */
  async groupings(reader: Principal, year = currentYear()): Promise<GroupingsResponse> {
    const groupings = await this.references.findGroupings(year);
    return { groupings: groupings.filter((g) => canUseGrouping(reader, g.id)) };
  }

  /** A grouping's regions, for figures by region: 404 for an unknown one, 403 when the reader may not use it. */
  async groupingOutline(id: string, reader?: Principal): Promise<GroupingOutline> {
    if (reader) assertPublishedQuery(reader, { grouping: id });
    return (await this.references.findGroupingOutline(id)) ?? groupingNotFound(id);
  }

  /** A grouping, when the reader (if given) may use it, with the members of `year` (the current year by default). */
  async grouping(id: string, reader?: Principal, year = currentYear()): Promise<GroupingResponse> {
    if (reader) assertPublishedQuery(reader, { grouping: id });
    return (await this.references.findGrouping(id, year)) ?? groupingNotFound(id);
  }
}

function groupingNotFound(id: string): never {
  throw new NotFoundException({
    statusCode: 404,
    code: 'grouping_not_found',
    params: { grouping: id },
    message: `grouping: unknown grouping "${id}"`,
  });
}

const currentYear = () => new Date().getUTCFullYear();
