import { COUNTED_STATUSES, type ProfileAssessment } from '@cpc/domain';

export interface TrajectoryPoint {
  id: string;
  year: number;
  overall: number;
  status: 'submitted' | 'validated';
}

function isCounted(status: ProfileAssessment['status']): status is TrajectoryPoint['status'] {
  return COUNTED_STATUSES.includes(status);
}

/** The country's overall index over the years: submitted and validated assessments only, oldest first. */
export function trajectory(assessments: readonly ProfileAssessment[]): TrajectoryPoint[] {
  return assessments
    .flatMap((a) =>
      isCounted(a.status) && a.overall !== null
        ? [{ id: a.id, year: a.year, overall: a.overall, status: a.status }]
        : [],
    )
    .sort((a, b) => a.year - b.year);
}
