import type { Cell } from '../analytics/cells';
import { useI18n } from '../i18n/useI18n';

interface CellTextProps {
  cell: Cell;
  /** How a value reads: an index ("54.3"), a share ("33%") or a level ("3"). */
  as?: 'index' | 'percent' | 'level';
}

/** A figure, or why there is none: withheld (fewer than three assessed) or not assessed, never a zero. */
export function CellText({ cell, as = 'index' }: CellTextProps) {
  const { t, format } = useI18n();
  switch (cell.state) {
    case 'value':
      if (as === 'percent') return <>{format.percent(cell.value)}</>;
      if (as === 'level') return <>{cell.value}</>;
      return <>{format.index(cell.value)}</>;
    case 'withheld':
      return <span className="withheld">{t('withheldShort')}</span>;
    case 'notAssessed':
      return <span className="not-assessed">{t('notAssessed')}</span>;
  }
}
