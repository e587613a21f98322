import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { profileQuery } from '../api/profileQuery';
import { DEFAULT_GROUPING } from '../url/pageState';
import { useI18n } from '../i18n/useI18n';
import { TrajectoryChart, MARK_COLOUR, TRAJECTORY_COLOUR, type TrajectoryMark } from '../profile/TrajectoryChart';
import { trajectory } from '../profile/trajectory';
import { doneDate, fractionalYear } from './planModel';
import type { PlanAction } from './types';

interface PlanTrajectoryProps {
  iso3: string;
  country: string;
  actions: readonly PlanAction[];
}

/** The country's overall index over the years (the profile's chart), a line on the day each action was done. */
export function PlanTrajectory({ iso3, country, actions }: PlanTrajectoryProps) {
  const { t, format } = useI18n();
  const titleId = useId();
  // Fresh each time: the assessment submitted a moment ago belongs on the line.
  const profile = useQuery({ ...profileQuery(iso3, DEFAULT_GROUPING), staleTime: 0 });
  // The profile the reader may not see (none for this country) leaves the section out.
  if (!profile.data) return null;
  const points = trajectory(profile.data.assessments);
  const marks: TrajectoryMark[] = actions.flatMap((action) => {
    const date = doneDate(action);
    if (date === null) return [];
    const label = t('planDoneMark', { text: action.text, date: format.date(date) });
    return [{ key: action.id, year: fractionalYear(date), label }];
  });
  const title = t('planTrajectoryTitle', { country });
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="plan-trajectory">
      <h2 id={titleId}>{title}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('planTrajectoryNone')}</p>
      ) : (
        <>
          <p className="chart-description">{t('planTrajectoryText')}</p>
          <p className="axis-label">{t('yAxisLabel')}</p>
          <TrajectoryChart points={points} marks={marks} label={title} />
          <ul className="inline-legend">
            <li>
              <span className="swatch-dot swatch-dot-filled" style={{ color: TRAJECTORY_COLOUR }} aria-hidden="true" />
              {t('overallIndex')}
            </li>
            <li>
              <span className="plan-mark-key" style={{ borderColor: MARK_COLOUR }} aria-hidden="true" />
              {t('planStatus_done')}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
