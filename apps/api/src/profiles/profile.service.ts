import {
  countedStatusesFor,
  isCurrentIn,
  SMALL_CELL_MIN,
  canReadCountry,
  findGaps,
  seesSmallCells,
  type Principal,
  type ProfileQuery,
  type ProfileResponse,
} from '@cpc/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AnalyticsCache } from '../analytics/analytics-cache.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ProfileRepository } from './profile.repository.js';

@Injectable()
export class ProfileService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly references: ReferenceService,
    private readonly cache: AnalyticsCache,
  ) {}

  /** The profile as an analyst sees it is cached per data version; the reader's rights apply afterwards. */
  async profile(principal: Principal, iso3: string, query: ProfileQuery): Promise<ProfileResponse> {
    const profile = await this.cache.getView(
      `profile:${iso3}:${JSON.stringify(query)}`,
      () => this.computeProfile(iso3, query),
      principal,
      (p) => ({ ...p, comparison: p.comparison.map((c) => withheldFor(principal, c)) }),
    );
    if (!canReadCountry(principal, iso3)) {
      throw new ForbiddenException({
        statusCode: 403,
        message: `Your account may read ${principal.country ?? 'no'} country details only`,
      });
    }
    return profile;
  }

  private async computeProfile(iso3: string, query: ProfileQuery): Promise<ProfileResponse> {
    const country = await this.references.country(iso3);
    if (!country) throw new NotFoundException({ statusCode: 404, message: `iso3: unknown country ${iso3}` });
    const grouping = await this.references.grouping(query.grouping);
    const [assessments, regions] = await Promise.all([
      this.profiles.findCountryAssessments(iso3),
      this.profiles.findCountryRegions(iso3),
    ]);
    const statuses = countedStatusesFor(query.status);
    const counted = assessments.filter((a) => statuses.includes(a.status));
    const latest = counted.at(-1) ?? null;
    const region = regions.find((r) => r.grouping === grouping.id) ?? null;
    const comparison =
      latest && region
        ? await this.profiles.compareWithRegion(grouping.id, region.code, iso3, latest.year, statuses)
        : [];
    const latestYear = latest?.year ?? null;
    return {
      country,
      grouping: grouping.id,
      regions,
      assessments: assessments.map(({ demo: _demo, ...a }) => a),
      latest: latest ? { ...withoutDemo(latest), gaps: findGaps(await this.profiles.findAnswers(latest.id)) } : null,
      comparison: comparison.map((c) => ({ ...c, suppressed: false })),
      comparisonRegion: latest && region ? { code: region.code, name: region.name, year: latest.year } : null,
      selfVsComputed: {
        selfLevel: latest?.selfLevel ?? null,
        computedLevel: latest?.level ?? null,
        difference: latest?.selfLevel != null && latest.level != null ? latest.selfLevel - latest.level : null,
      },
      freshness: { latestYear, stale: latestYear === null || !isCurrentIn(latestYear, new Date().getUTCFullYear()) },
      demo: assessments.some((a) => a.demo),
    };
  }
}

function withoutDemo<T extends { demo: boolean }>(row: T): Omit<T, 'demo'> {
  const { demo: _demo, ...rest } = row;
  return rest;
}

/** National users never see a region figure built from fewer than three assessments. */
function withheldFor(
  principal: Principal,
  c: ProfileResponse['comparison'][number],
): ProfileResponse['comparison'][number] {
  if (seesSmallCells(principal) || c.regionAssessed >= SMALL_CELL_MIN) return c;
  return { ...c, regionMean: null, regionMedian: null, rankInRegion: null, suppressed: true };
}
