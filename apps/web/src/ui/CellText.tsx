import type { Cell } from '../analytics/cells';
import type { NumberFormatters } from '../i18n/numberFormatters';
import { useI18n } from '../i18n/useI18n';
import { WithheldText } from './WithheldText';

export type CellFormat = 'index' | 'percent' | 'level' | 'count' | 'rate';

function formatValue(value: number, as: CellFormat, format: NumberFormatters): string {
  switch (as) {
    case 'percent':
      return format.percent(value);
    case 'level':
      return String(value);
    case 'count':
      return format.count(value);
    case 'rate':
      return format.rate(value);
    case 'index':
      return format.index(value);
  }
}

interface CellTextProps {
  cell: Cell;
  /** How a value reads: an index ("54.3"), a share ("33%"), a level ("3"), a count ("1,204") or a rate ("2.5%"). */
  as?: CellFormat;
  /** What an empty cell says where "Not assessed" does not fit (e.g. a hit rate without any query). */
  emptyText?: string;
}

/** A figure, or why there is none: withheld (fewer than three behind it) or not assessed, never a zero. */
export function CellText({ cell, as = 'index', emptyText }: CellTextProps) {
  const { t, format } = useI18n();
  switch (cell.state) {
    case 'value':
      return <>{formatValue(cell.value, as, format)}</>;
    case 'withheld':
      return <WithheldText />;
    case 'notAssessed':
      return <span className="not-assessed">{emptyText ?? t('notAssessed')}</span>;
  }
}
