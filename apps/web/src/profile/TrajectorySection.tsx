import { useId, useRef } from 'react';
import type { ProfileAssessment } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { StatusBadge } from '../assessments/StatusBadge';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import type { KeyEntry } from '../export/chartKey';
import type { I18n } from '../i18n/I18nContext';
import { TRAJECTORY_COLOUR, TrajectoryChart } from './TrajectoryChart';
import { trajectory, type TrajectoryPoint } from './trajectory';

interface TrajectorySectionProps {
  assessments: readonly ProfileAssessment[];
  country: string;
  /** The profile resource, for the download menu. */
  source: ExportSource;
}

/** The overall index over the years, with its key and its table. Drafts and returned assessments are left out. */
export function TrajectorySection({ assessments, country, source }: TrajectorySectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const chartRef = useRef<SVGSVGElement>(null);
  const points = trajectory(assessments);
  const title = t('trajectoryTitle', { country });
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="trajectory">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        {points.length > 0 && (
          <ChartDownloadMenu
            howToRead="chartHelpTrajectory"
            chart={chartRef}
            title={title}
            source={{ ...source, name: [...source.name, 'trajectory'] }}
            axisTitles={{ x: t('year'), y: t('yAxisLabel') }}
            keyEntries={trajectoryKey(t)}
          />
        )}
      </div>
      {points.length === 0 ? (
        <p className="not-assessed">{t('trajectoryNone')}</p>
      ) : (
        <>
          <p className="axis-label">{t('yAxisLabel')}</p>
          <TrajectoryChart points={points} label={title} svgRef={chartRef} />
          <TrajectoryLegend />
          <TableToggle subject={title}>
            <TrajectoryTable points={points} caption={title} />
          </TableToggle>
        </>
      )}
    </section>
  );
}

/** The key of the chart's picture: what the dots and the dashes mean, as the page's key says. */
function trajectoryKey(t: I18n['t']): KeyEntry[] {
  const colour = TRAJECTORY_COLOUR;
  return [
    { label: t('statusValidated'), colour, mark: 'dot' },
    { label: t('trajectorySubmitted'), colour, mark: 'ring' },
    { label: t('trajectoryDashed'), colour, mark: 'dashed' },
  ];
}

/** What the dots and the dashes mean. */
function TrajectoryLegend() {
  const { t } = useI18n();
  return (
    <ul className="inline-legend">
      <li>
        <span className="swatch-dot swatch-dot-filled" aria-hidden="true" />
        {t('statusValidated')}
      </li>
      <li>
        <span className="swatch-dot" aria-hidden="true" />
        {t('trajectorySubmitted')}
      </li>
      <li>{t('trajectoryDashed')}</li>
    </ul>
  );
}

function TrajectoryTable({ points, caption }: { points: readonly TrajectoryPoint[]; caption: string }) {
  const { t, format } = useI18n();
  return (
    <table className="data-table compact-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('year')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col" className="numeric">
            {t('overallIndex')}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.year}</th>
            <td>
              <StatusBadge status={p.status} />
            </td>
            <td className="numeric">{format.index(p.overall)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
