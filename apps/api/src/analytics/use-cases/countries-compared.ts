import {
  COMPARED_GAPS,
  canSeeCountryFigures,
  comparedCountries,
  countedStatusesFor,
  findGaps,
  receivesProtectedFigures,
  type CountryComparisonQuery,
  type CountryComparisonResponse,
  type CountryResponse,
  type MaturityResponse,
  type Principal,
} from '@cpc/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { invalidField } from '../../common/field-errors.js';
import { assertPublishedQuery } from '../../disclosure/published-queries.js';
import { ProfileRepository } from '../../profiles/profile.repository.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { AnalyticsCache } from '../analytics-cache.js';
import { AnalyticsService } from '../analytics.service.js';
import { SharedCountries } from '../shared-countries.js';
import { withRegionMeans, type ExactComparedCountry } from './compared-country.js';
import type { Versioned, ViewUseCase } from './view-use-case.js';

/**
 * 2 to 6 countries side by side (GET /api/analytics/countries/compare): each one's trajectory, newest
 * dimension scores and largest gaps, read with the country profile's queries, and its region's means in its
 * newest year, read from the maturity view as this reader may see them (the protected cell for national
 * users, as the profile shows them). Access as the profile: a national user names their own country and
 * those that share their figures with members.
 */
@Injectable()
export class CountriesCompared implements ViewUseCase<CountryComparisonQuery, CountryComparisonResponse> {
  constructor(
    private readonly references: ReferenceService,
    private readonly profiles: ProfileRepository,
    private readonly analytics: AnalyticsService,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
  ) {}

  async execute(principal: Principal, query: Versioned<CountryComparisonQuery>): Promise<CountryComparisonResponse> {
    assertPublishedQuery(principal, query);
    const countries = await this.knownCountries(comparedCountries(query));
    await this.assertVisible(principal, countries);
    const grouping = await this.references.groupingOutline(query.grouping);
    const exact = await this.cache.getValue(`compare:${grouping.id}:${JSON.stringify(query)}`, () =>
      Promise.all(countries.map((country) => this.exactCountry(country, grouping.id, query))),
    );
    const maturity = await this.regionMeans(principal, exact, query);
    const compared = exact.map((country) => withRegionMeans(country, maturity));
    return {
      methodologyVersion: query.methodology,
      grouping: grouping.id,
      status: query.status ?? 'counted',
      protected: receivesProtectedFigures(principal),
      countries: compared,
      rows: compared.map((c) => ({
        country: c.country.iso3,
        region: c.region?.code ?? null,
        year: c.latestYear,
        overall: c.overall,
        level: c.level,
        regionMean: c.regionMean,
        dimensions: Object.fromEntries(c.dimensions.map((d) => [d.dimension, d.score])),
        regionDimensions: Object.fromEntries(c.dimensions.map((d) => [d.dimension, d.regionMean])),
        gapCount: c.gapCount,
      })) as CountryComparisonResponse['rows'],
    };
  }

  /** The countries named, in the order asked; a code that is not a country is a 400 naming `countries`. */
  private async knownCountries(codes: string[]): Promise<CountryResponse[]> {
    const found = await Promise.all(codes.map((code) => this.references.country(code)));
    const unknown = codes.filter((_, i) => !found[i]);
    if (unknown.length > 0)
      throw invalidField('countries', `unknown country ${unknown.join(', ')}`, 'unknown_country', {
        value: unknown.join(','),
      });
    return found.filter((c): c is CountryResponse => c !== null);
  }

  /** The profile's rule: the first country this reader may not see in detail is a 403 naming it. */
  private async assertVisible(principal: Principal, countries: CountryResponse[]): Promise<void> {
    const shared = await this.shared.get();
    const hidden = countries.find((c) => !canSeeCountryFigures(principal, c.iso3, shared));
    if (!hidden) return;
    throw new ForbiddenException({
      statusCode: 403,
      code: 'confidential_figures',
      params: { country: hidden.iso3 },
      message: `iso3: ${hidden.iso3} keeps its figures confidential; your account may read ${principal.country ?? 'no'} and the countries that share their figures with members`,
    });
  }

  private async exactCountry(
    country: CountryResponse,
    groupingId: string,
    query: Versioned<CountryComparisonQuery>,
  ): Promise<ExactComparedCountry> {
    const [assessments, regions] = await Promise.all([
      this.profiles.findCountryAssessments(country.iso3, query.methodology),
      this.profiles.findCountryRegions(country.iso3),
    ]);
    const statuses = countedStatusesFor(query.status);
    const counted = assessments.filter((a) => statuses.includes(a.status));
    const latest = counted.at(-1) ?? null;
    const region = regions.find((r) => r.grouping === groupingId) ?? null;
    // Lowest points first: the items farthest from the top level.
    const gaps = latest
      ? findGaps(await this.profiles.findAnswers(latest.id), query.methodology).sort((a, b) => a.points - b.points)
      : [];
    return {
      country,
      region: region ? { code: region.code, name: region.name } : null,
      latest: latest
        ? { year: latest.year, overall: latest.overall, level: latest.level, dimensions: latest.dimensions }
        : null,
      trajectory: counted.map((a) => ({ year: a.year, status: a.status, overall: a.overall, level: a.level })),
      gaps: gaps.slice(0, COMPARED_GAPS),
      gapCount: gaps.length,
    };
  }

  /** The maturity view over the countries' newest years, as this reader may see it: one read for all. */
  private async regionMeans(
    principal: Principal,
    countries: ExactComparedCountry[],
    query: Versioned<CountryComparisonQuery>,
  ): Promise<MaturityResponse | null> {
    const years = countries.flatMap((c) => (c.latest && c.region ? [c.latest.year] : []));
    if (years.length === 0) return null;
    return this.analytics.maturityByRegion(principal, {
      grouping: query.grouping,
      from: Math.min(...years),
      to: Math.max(...years),
      status: query.status,
      methodology: query.methodology,
    });
  }
}
