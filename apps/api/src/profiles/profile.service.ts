import {
  canSeeCountryFigures,
  countedStatusesFor,
  findGaps,
  isCurrentIn,
  receivesProtectedFigures,
  type Principal,
  type ProfileQuery,
  type ProfileResponse,
} from '@cpc/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AnalyticsCache } from '../analytics/analytics-cache.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { SharedCountries } from '../analytics/shared-countries.js';
import { assertPublishedQuery } from '../disclosure/published-queries.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ProfileRepository } from './profile.repository.js';
import type { Versioned } from '../analytics/use-cases/view-use-case.js';
import { MethodologyService } from '../methodology/methodology.service.js';

@Injectable()
export class ProfileService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly references: ReferenceService,
    private readonly analytics: AnalyticsService,
    private readonly shared: SharedCountries,
    private readonly cache: AnalyticsCache,
    private readonly methodology: MethodologyService,
  ) {}

  /**
   * The profile as an analyst sees it is cached per data version. A national user may open its own country
   * and those that share their figures; its region comparison is the protected region-year of the maturity
   * figures, the very cell the overview shows, so that the two never give two noisy versions of one cell.
   */
  async profile(principal: Principal, iso3: string, asked: ProfileQuery): Promise<ProfileResponse> {
    const query = await this.methodology.withVersion(asked);
    assertPublishedQuery(principal, query);
    const profile = await this.cache.getView(
      `profile:${iso3}:${JSON.stringify(query)}`,
      () => this.computeProfile(iso3, query),
      principal,
      (p) => p,
    );
    if (!canSeeCountryFigures(principal, iso3, await this.shared.get())) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'confidential_figures',
        params: { country: iso3 },
        message: `iso3: ${iso3} keeps its figures confidential; your account may read ${principal.country ?? 'no'} and the countries that share their figures with members`,
      });
    }
    return receivesProtectedFigures(principal) ? this.protectedProfile(principal, profile, query) : profile;
  }

  private async protectedProfile(
    principal: Principal,
    profile: ProfileResponse,
    query: Versioned<ProfileQuery>,
  ): Promise<ProfileResponse> {
    const region = profile.comparisonRegion;
    if (!region) return { ...profile, protected: true };
    const maturity = await this.analytics.maturityByRegion(principal, {
      grouping: profile.grouping,
      from: region.year,
      to: region.year,
      status: query.status,
      methodology: query.methodology,
    });
    const cell = maturity.series.find((p) => p.region === region.code && p.year === region.year);
    const comparison = profile.comparison.map((c) => ({
      ...c,
      regionMean: cell?.dimensions?.[c.dimension] ?? null,
      regionMedian: null,
      rankInRegion: null,
      regionAssessed: cell?.assessed ?? null,
      suppressed: cell?.suppressed ?? true,
    }));
    return { ...profile, protected: true, comparison };
  }

  private async computeProfile(iso3: string, query: Versioned<ProfileQuery>): Promise<ProfileResponse> {
    const country = await this.references.country(iso3);
    if (!country) throw unknownCountry(iso3);
    const grouping = await this.references.groupingOutline(query.grouping);
    const [assessments, regions] = await Promise.all([
      this.profiles.findCountryAssessments(iso3, query.methodology),
      this.profiles.findCountryRegions(iso3),
    ]);
    const statuses = countedStatusesFor(query.status);
    const counted = assessments.filter((a) => statuses.includes(a.status));
    const latest = counted.at(-1) ?? null;
    const region = regions.find((r) => r.grouping === grouping.id) ?? null;
    const comparison =
      latest && region
        ? await this.profiles.compareWithRegion(
            grouping.id,
            region.code,
            iso3,
            latest.year,
            statuses,
            query.methodology,
          )
        : [];
    const latestYear = latest?.year ?? null;
    return {
      methodologyVersion: query.methodology,
      country,
      grouping: grouping.id,
      regions,
      assessments: assessments.map(({ demo: _demo, ...a }) => a),
      latest: latest
        ? { ...withoutDemo(latest), gaps: findGaps(await this.profiles.findAnswers(latest.id), query.methodology) }
        : null,
      comparison: comparison.map((c) => ({ ...c, suppressed: false })),
      comparisonRegion: latest && region ? { code: region.code, name: region.name, year: latest.year } : null,
      selfVsComputed: {
        selfLevel: latest?.selfLevel ?? null,
        computedLevel: latest?.level ?? null,
        difference: latest?.selfLevel != null && latest.level != null ? latest.selfLevel - latest.level : null,
      },
      freshness: { latestYear, stale: latestYear === null || !isCurrentIn(latestYear, new Date().getUTCFullYear()) },
      demo: assessments.some((a) => a.demo),
      protected: false,
    };
  }
}

function withoutDemo<T extends { demo: boolean }>(row: T): Omit<T, 'demo'> {
  const { demo: _demo, ...rest } = row;
  return rest;
}

function unknownCountry(iso3: string): NotFoundException {
  const message = `iso3: unknown country ${iso3}`;
  return new NotFoundException({ statusCode: 404, code: 'country_not_found', params: { country: iso3 }, message });
}
