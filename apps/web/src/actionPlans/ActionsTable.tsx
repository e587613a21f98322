import { ALL_REGIONS, type ActionsAnalyticsResponse, type ActionsPoint } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { CellText } from '../ui/CellText';
import { WITHHELD, valueCell, type Cell } from '../analytics/cells';
import { planShareCell } from './actionsSeries';
import { ACTION_STATUSES } from './types';

/** Every region's figures (the whole grouping first) at the end of the period's last year. */
export function ActionsTable({ data }: { data: ActionsAnalyticsResponse }) {
  const { t } = useI18n();
  const rows = data.series
    .filter((p) => p.year === data.to)
    .sort((a, b) => Number(b.region === ALL_REGIONS) - Number(a.region === ALL_REGIONS));
  const caption = t('actionsDashTableTitle', { year: data.to });
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="actions-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actionsDashRegion')}</th>
            <th scope="col" className="numeric">
              {t('actionsDashColMembers')}
            </th>
            <th scope="col" className="numeric">
              {t('actionsDashColWithPlan')}
            </th>
            <th scope="col" className="numeric">
              {t('actionsDashColShare')}
            </th>
            {ACTION_STATUSES.map((status) => (
              <th key={status} scope="col" className="numeric">
                {t(`planStatus_${status}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('actionsDashColOverdue')}
            </th>
            <th scope="col" className="numeric">
              {t('actionsDashColGaps')}
            </th>
            <th scope="col" className="numeric">
              {t('actionsDashColGapsWithAction')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <ActionsRow key={point.region} point={point} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActionsRow({ point }: { point: ActionsPoint }) {
  const { localize } = useI18n();
  const cell = (value: number | null | undefined): Cell => (point.suppressed ? WITHHELD : valueCell(value));
  const counts: Cell[] = [
    cell(point.countriesWithPlan),
    planShareCell(point),
    ...ACTION_STATUSES.map((status) => cell(point.actions?.[status])),
    cell(point.overdue),
    cell(point.gaps),
    cell(point.gapsWithAction),
  ];
  return (
    <tr data-region={point.region}>
      <th scope="row">{localize(point.regionName)}</th>
      <td className="numeric">{point.members}</td>
      {counts.map((c, i) => (
        <td key={i} className="numeric">
          <CellText cell={c} as={i === 1 ? 'percent' : 'count'} />
        </td>
      ))}
    </tr>
  );
}
