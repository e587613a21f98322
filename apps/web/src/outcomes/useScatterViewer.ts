import type { GroupingResponse, MaturityVsOutcomesResponse } from '@cpc/domain';
import type { MaturityVsOutcomesParams } from '../api/operationsAnalyticsQueries';
import { useI18n } from '../i18n/useI18n';
import type { RegionReference } from './regionReference';
import type { ScatterReferencePoint } from './ScatterReference';
import { useRegionReference } from './useRegionReference';

/** A national user's scatter: their country, their region, and the region's reference point (null if withheld). */
export interface ScatterViewer {
  country: string;
  regionName: string;
  reference: RegionReference | null;
  /** Both of the region's figures have arrived: a null reference then means withheld, not unknown. */
  settled: boolean;
  /** The reference as the chart draws it. */
  point: ScatterReferencePoint | null;
  /** The reference's value as written: an average per country keeps one decimal; a rate is a rate. */
  formatReference: (value: number) => string;
}

/** A national user's region: that of their own point, else of the first point they see. */
function viewerRegion(data: MaturityVsOutcomesResponse | undefined, ownCountry: string | null): string | null {
  if (ownCountry === null || !data) return null;
  return (data.points.find((p) => p.country === ownCountry) ?? data.points[0])?.region ?? null;
}

/** Null for an analyst (or before the points have loaded): their scatter shows every country as it is. */
export function useScatterViewer(
  params: MaturityVsOutcomesParams,
  data: MaturityVsOutcomesResponse | undefined,
  ownCountry: string | null,
  grouping: GroupingResponse | undefined,
): ScatterViewer | null {
  const { t, format, localize } = useI18n();
  const region = viewerRegion(data, ownCountry);
  const { reference, settled } = useRegionReference(params, region);
  if (region === null || ownCountry === null) return null;
  const found = grouping?.regions.find((r) => r.code === region);
  const regionName = found ? localize(found.name) : region;
  const formatReference = params.metric === 'hitRate' ? format.rate : format.index;
  const point = reference && {
    ...reference,
    regionName,
    label: t('scatterReferenceLegend', { region: regionName }),
    valueText: formatReference(reference.value),
  };
  return { country: ownCountry, regionName, reference, settled, point, formatReference };
}
