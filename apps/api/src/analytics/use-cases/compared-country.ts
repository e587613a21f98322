import {
  DIMENSIONS,
  type AssessmentStatus,
  type ComparedCountry,
  type CountryResponse,
  type Dimension,
  type Gap,
  type Localized,
  type MaturityResponse,
} from '@cpc/domain';

/** A compared country as any reader sees it: everything but its region's means, which depend on the reader. */
export interface ExactComparedCountry {
  country: CountryResponse;
  region: { code: string; name: Localized } | null;
  latest: {
    year: number;
    overall: number | null;
    level: number | null;
    dimensions: Partial<Record<Dimension, number | null>>;
  } | null;
  trajectory: { year: number; status: AssessmentStatus; overall: number | null; level: number | null }[];
  gaps: Gap[];
  gapCount: number;
}

/**
 * The country with its region's means in its newest year, taken from the maturity view's cell of that
 * region and year: withheld (null, suppressed) when the cell is, or when there is no cell.
 */
export function withRegionMeans(country: ExactComparedCountry, maturity: MaturityResponse | null): ComparedCountry {
  const { latest, region } = country;
  const cell =
    latest && region ? maturity?.series.find((p) => p.region === region.code && p.year === latest.year) : undefined;
  const withheld = !cell || cell.suppressed;
  return {
    country: country.country,
    region: country.region,
    latestYear: latest?.year ?? null,
    overall: latest?.overall ?? null,
    level: latest?.level ?? null,
    regionMean: withheld ? null : cell.mean,
    regionAssessed: withheld ? null : cell.assessed,
    suppressed: latest !== null && region !== null && withheld,
    trajectory: country.trajectory,
    dimensions: DIMENSIONS.map((dimension) => ({
      dimension,
      score: latest?.dimensions[dimension] ?? null,
      regionMean: withheld ? null : (cell.dimensions?.[dimension] ?? null),
      suppressed: latest !== null && region !== null && withheld,
    })),
    gaps: country.gaps,
    gapCount: country.gapCount,
  };
}
