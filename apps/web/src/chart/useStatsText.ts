import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { RegionYearStats } from './chartModel';

/** Texts for one region-year's statistics, shared by the tooltip and the table so they always agree. */
export function useStatsText() {
  const { t, format } = useI18n();
  return useMemo(
    () => ({
      index: (value: number | null | undefined) => (value == null ? t('notAssessed') : format.index(value)),
      interquartileRange: (stats: RegionYearStats | undefined) =>
        stats?.p25 == null || stats.p75 == null
          ? t('notAssessed')
          : t('rangeValue', { low: format.index(stats.p25), high: format.index(stats.p75) }),
      /** "12/23"; a withheld cell has no count to show, and says why instead. */
      assessedOfMembers: (stats: RegionYearStats) =>
        stats.assessed === null ? t('withheld') : `${stats.assessed}/${stats.members}`,
      coverage: (stats: RegionYearStats) =>
        stats.assessed === null || stats.coverage === null
          ? t('withheld')
          : t('coverageValue', {
              assessed: stats.assessed,
              members: stats.members,
              coverage: format.percent(stats.coverage),
            }),
      percent: (share: number) => format.percent(share),
    }),
    [t, format],
  );
}
