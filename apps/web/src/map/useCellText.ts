import { useCallback } from 'react';
import type { Cell } from '../analytics/cells';
import { useI18n } from '../i18n/useI18n';
import { continuumLevel } from '../results/levelText';
import type { MapMetric } from '../url/pageState';

/** A map value as text: "72.3", "4 — Coordination", "Not assessed" or "Withheld (fewer than 3)". */
export function useCellText(metric: MapMetric): (cell: Cell) => string {
  const { t, format, localize } = useI18n();
  return useCallback(
    (cell: Cell) => {
      if (cell.state === 'withheld') return t('withheldShort');
      if (cell.state === 'notAssessed') return t('notAssessed');
      if (metric !== 'level') return format.index(cell.value);
      const level = continuumLevel(cell.value);
      return level ? t('levelValue', { level: level.level, name: localize(level.name) }) : String(cell.value);
    },
    [metric, t, format, localize],
  );
}
