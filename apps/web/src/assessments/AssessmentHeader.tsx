import type { AssessmentResponse } from '@cpc/domain';
import { DisclosureFact } from '../disclosure/DisclosureFact';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { StatusBadge } from './StatusBadge';

/** Status, version and dates of an assessment, its country's disclosure preference, and the way to its history. */
export function AssessmentHeader({ assessment }: { assessment: AssessmentResponse }) {
  const { t, lang, format } = useI18n();
  return (
    <div className="assessment-header">
      <dl className="assessment-facts">
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <StatusBadge status={assessment.status} />
          </dd>
        </div>
        <div>
          <dt>{t('version')}</dt>
          <dd>{assessment.version}</dd>
        </div>
        <div>
          <dt>{t('lastUpdated')}</dt>
          <dd>{format.dateTime(assessment.updatedAt)}</dd>
        </div>
        {assessment.submittedAt && (
          <div>
            <dt>{t('submittedAt')}</dt>
            <dd>{format.dateTime(assessment.submittedAt)}</dd>
          </div>
        )}
        <DisclosureFact iso3={assessment.country} />
      </dl>
      <p className="assessment-links">
        <Link to={hrefFor(paths.history(assessment.id), lang)}>{t('viewHistory')}</Link>
        <Link to={hrefFor(paths.assessments(), lang)}>{t('backToAssessments')}</Link>
      </p>
    </div>
  );
}
