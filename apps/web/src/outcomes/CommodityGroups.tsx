import { COMMODITY_LABELS, SEIZURE_UNIT_LABELS } from '@cpc/domain';
import type { UnitGroup } from '../analytics/commodityBreakdown';
import { TableToggle } from '../components/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { BarList } from './BarList';

/** Seized quantities by commodity: one chart and one table per unit, since different units are never added. */
export function CommodityGroups({ groups, period }: { groups: readonly UnitGroup[]; period: string }) {
  const { t, localize, format } = useI18n();
  if (groups.length === 0) {
    return (
      <p className="empty-state" role="status">
        {t('commodityNone')}
      </p>
    );
  }
  return (
    <ul className="unit-groups" data-testid="commodity-groups">
      {groups.map(({ unit, totals }) => {
        const unitName = localize(SEIZURE_UNIT_LABELS[unit]);
        const caption = t('commodityCaption', { unit: unitName, period });
        return (
          <li key={unit} data-unit={unit}>
            <h4>{t('commodityUnitTitle', { unit: unitName })}</h4>
            <BarList
              rows={totals.map((c) => ({
                key: c.commodity,
                label: localize(COMMODITY_LABELS[c.commodity]),
                value: c.quantity,
              }))}
              label={caption}
              formatValue={format.quantity}
            />
            <TableToggle subject={caption}>
              <div className="table-scroll">
                <table className="data-table compact-table" data-testid={`commodity-table-${unit}`}>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('resultCommodity')}</th>
                      <th scope="col" className="numeric">
                        {t('commodityQuantityIn', { unit: unitName })}
                      </th>
                      <th scope="col" className="numeric">
                        {t('resultCases')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {totals.map((c) => (
                      <tr key={c.commodity} data-commodity={c.commodity}>
                        <th scope="row">{localize(COMMODITY_LABELS[c.commodity])}</th>
                        <td className="numeric">{format.quantity(c.quantity)}</td>
                        <td className="numeric">{format.count(c.cases)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </TableToggle>
          </li>
        );
      })}
    </ul>
  );
}
