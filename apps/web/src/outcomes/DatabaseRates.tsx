import { useRef } from 'react';
import { CHECK_DATABASE_LABELS, type DatabaseCheckTotal } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { BarList } from './BarList';
import { rateDigits, rateFormatter, roundTicks } from './valueFormat';

interface DatabaseRatesProps {
  totals: readonly DatabaseCheckTotal[];
  period: string;
  /** The resource the figures come from, for the download menu. */
  source: ExportSource;
}

/** The hit rate of each INTERPOL database queried in the period, with the queries and hits behind it. */
export function DatabaseRates({ totals, period, source }: DatabaseRatesProps) {
  const { t, lang, localize } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  if (totals.length === 0) {
    return (
      <p className="empty-state" role="status">
        {t('databaseNone')}
      </p>
    );
  }
  const caption = t('databaseCaption', { period });
  const rates = totals.map((c) => c.hitRate ?? 0);
  // As many digits as it takes to tell the databases apart, in the labels, the tooltip and the table alike.
  const formatRate = rateFormatter(lang, rateDigits(rates));
  const ticks = roundTicks(Math.max(...rates));
  return (
    <>
      <div className="chart-heading chart-heading-end">
        <ChartDownloadMenu
          howToRead="chartHelpDatabaseRates"
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
        formatValue={formatRate}
        axis={{ ticks, formatTick: rateFormatter(lang, rateDigits(ticks)) }}
        testId="database-rates"
      />
      <TableToggle subject={caption}>
        <DatabaseTable totals={totals} caption={caption} formatRate={formatRate} />
      </TableToggle>
    </>
  );
}

interface DatabaseTableProps {
  totals: readonly DatabaseCheckTotal[];
  caption: string;
  formatRate: (share: number) => string;
}

function DatabaseTable({ totals, caption, formatRate }: DatabaseTableProps) {
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
              <td className="numeric">{c.hitRate === null ? t('noQueries') : formatRate(c.hitRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
