import { useId, useRef } from 'react';
import { ALL_REGIONS, type ActionsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import type { KeyEntry } from '../export/chartKey';
import { useI18n } from '../i18n/useI18n';
import { Swatch } from '../ui/Swatch';
import { statusRows } from './actionsSeries';
import { ActionsTable } from './ActionsTable';
import { OVERDUE_COLOUR, StatusChart } from './StatusChart';
import { STATUS_COLOURS } from './statusColours';
import { ACTION_STATUSES } from './types';

interface StatusSectionProps {
  data: ActionsAnalyticsResponse;
  region: string;
  regionName: string;
  source: ExportSource;
}

/** One region's actions by status and overdue over the years, and every region's figures of the last year. */
export function StatusSection({ data, region, regionName, source }: StatusSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const title = t('actionsDashStatusTitle', { region: regionName });
  const key: KeyEntry[] = [
    ...ACTION_STATUSES.map((s) => ({ label: t(`planStatus_${s}`), colour: STATUS_COLOURS[s] })),
    { label: t('planOverdue'), colour: OVERDUE_COLOUR, mark: 'dot' },
  ];
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="actions-status">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpActionStatus"
          chart={plotRef}
          title={title}
          source={{ ...source, name: [...source.name, region === ALL_REGIONS ? 'all' : region] }}
          keyEntries={key}
          axisTitles={{ x: t('year'), y: t('actionsDashStatusAxis') }}
        />
      </div>
      <ul className="inline-legend">
        {key.map((entry) => (
          <li key={entry.label}>
            <Swatch colour={entry.colour} />
            {entry.label}
          </li>
        ))}
      </ul>
      <p className="axis-label">{t('actionsDashStatusAxis')}</p>
      <StatusChart rows={statusRows(data.series, region, data.from, data.to)} label={title} plotRef={plotRef} />
      <ActionsTable data={data} />
    </section>
  );
}
