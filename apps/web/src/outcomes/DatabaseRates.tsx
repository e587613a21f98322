import { useRef } from 'react';
import { CHECK_DATABASE_LABELS, type DatabaseCheckTotal } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { BarList } from './BarList';

interface DatabaseRatesProps {
  totals: readonly DatabaseCheckTotal[];
  period: string;
  /** The resource the figures come from, for the download menu. */
  source: ExportSource;
}

/** The hit rate of each INTERPOL database queried in the period, with the queries and hits behind it. */
export function DatabaseRates({ totals, period, source }: DatabaseRatesProps) {
  const { t, localize, format } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  if (totals.length === 0) {
    return (
      <p className="empty-state" role="status">
        {t('databaseNone')}
      </p>
    );
  }
  const caption = t('databaseCaption', { period });
  return (
    <>
      <div className="chart-heading chart-heading-end">
        <ChartDownloadMenu
          chart={plotRef}
          title={caption}
          source={{ ...source, name: [...source.name, 'database-checks'] }}
          axisTitles={{ x: t('metricHitRate') }}
        />
      </div>
      <BarList
        plotRef={plotRef}
        rows={totals.map((c) => ({
          key: c.database,
          label: localize(CHECK_DATABASE_LABELS[c.database]),
          value: c.hitRate ?? 0,
        }))}
        label={caption}
        formatValue={format.rate}
        testId="database-rates"
      />
      <TableToggle subject={caption}>
        <DatabaseTable totals={totals} caption={caption} />
      </TableToggle>
    </>
  );
}

function DatabaseTable({ totals, caption }: { totals: readonly DatabaseCheckTotal[]; caption: string }) {
  const { t, localize, format } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="database-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('databaseName')}</th>
            <th scope="col" className="numeric">
              {t('resultQueries')}
            </th>
            <th scope="col" className="numeric">
              {t('resultHits')}
            </th>
            <th scope="col" className="numeric">
              {t('metricHitRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((c) => (
            <tr key={c.database} data-database={c.database}>
              <th scope="row">{localize(CHECK_DATABASE_LABELS[c.database])}</th>
              <td className="numeric">{format.count(c.queries)}</td>
              <td className="numeric">{format.count(c.hits)}</td>
              <td className="numeric">{c.hitRate === null ? t('noQueries') : format.rate(c.hitRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
