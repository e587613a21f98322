import { useId } from 'react';
import type { ProfileAssessment } from '@cpc/domain';
import { StatusBadge } from '../assessments/StatusBadge';
import { TableToggle } from '../components/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { TrajectoryChart } from './TrajectoryChart';
import { trajectory } from './trajectory';

/** The overall index over the years, with its key and its table. Drafts and returned assessments are left out. */
export function TrajectorySection({
  assessments,
  country,
}: {
  assessments: readonly ProfileAssessment[];
  country: string;
}) {
  const { t, format } = useI18n();
  const titleId = useId();
  const points = trajectory(assessments);
  const title = t('trajectoryTitle', { country });
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="trajectory">
      <h2 id={titleId}>{title}</h2>
      {points.length === 0 ? (
        <p className="not-assessed">{t('trajectoryNone')}</p>
      ) : (
        <>
          <p className="axis-label">{t('yAxisLabel')}</p>
          <TrajectoryChart points={points} label={title} />
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
          <TableToggle subject={title}>
            <table className="data-table compact-table">
              <caption>{title}</caption>
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
          </TableToggle>
        </>
      )}
    </section>
  );
}
