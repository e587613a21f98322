import { useRef } from 'react';
import { COMMODITY_LABELS, SEIZURE_UNIT_LABELS } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import type { UnitGroup } from '../analytics/commodityBreakdown';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { BarList } from './BarList';
import { compactFormatter, quantityFormatter } from './valueFormat';

interface CommodityUnitGroupProps {
  group: UnitGroup;
  period: string;
  source: ExportSource;
}

/** The quantities seized in one unit, by commodity: a bar chart with its download menu, and its table. */
export function CommodityUnitGroup({ group: { unit, totals }, period, source }: CommodityUnitGroupProps) {
  const { t, lang, localize } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const unitName = localize(SEIZURE_UNIT_LABELS[unit]);
  const caption = t('commodityCaption', { unit: unitName, period });
  return (
    <li data-unit={unit}>
      <div className="chart-heading">
        <h4>{t('commodityUnitTitle', { unit: unitName })}</h4>
        <ChartDownloadMenu
          howToRead="chartHelpCommodity"
          chart={plotRef}
          title={caption}
          source={{ ...source, name: [...source.name, 'seizures', unit] }}
          axisTitles={{ x: t('commodityQuantityIn', { unit: unitName }) }}
        />
      </div>
      <BarList
        plotRef={plotRef}
        rows={totals.map((c) => ({
          key: c.commodity,
          label: localize(COMMODITY_LABELS[c.commodity]),
          value: c.quantity,
        }))}
        label={caption}
        formatValue={quantityFormatter(lang, unit)}
        formatLabel={compactFormatter(lang)}
      />
      <TableToggle subject={caption}>
        <CommodityTable group={{ unit, totals }} caption={caption} unitName={unitName} />
      </TableToggle>
    </li>
  );
}

function CommodityTable({
  group: { unit, totals },
  caption,
  unitName,
}: {
  group: UnitGroup;
  caption: string;
  unitName: string;
}) {
  const { t, lang, localize, format } = useI18n();
  const quantity = quantityFormatter(lang, unit);
  return (
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
              <td className="numeric">{quantity(c.quantity)}</td>
              <td className="numeric">{format.count(c.cases)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
