import { ACTIVITY_LABELS, LEAD_LABELS, PROGRAMME_LABELS, type OperationResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** What an operation is: its programme, lead, joint activities, dates and description. */
export function OperationFacts({ operation }: { operation: OperationResponse }) {
  const { t, localize, format } = useI18n();
  return (
    <div className="assessment-header">
      <dl className="assessment-facts" data-testid="operation-facts">
        <div>
          <dt>{t('opsCode')}</dt>
          <dd>
            <code>{operation.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('opsProgramme')}</dt>
          <dd>{localize(PROGRAMME_LABELS[operation.programme])}</dd>
        </div>
        <div>
          <dt>{t('opsLead')}</dt>
          <dd>{localize(LEAD_LABELS[operation.lead])}</dd>
        </div>
        <div>
          <dt>{t('opsPeriod')}</dt>
          <dd>{t('opsDateRange', { start: format.date(operation.startDate), end: format.date(operation.endDate) })}</dd>
        </div>
        <div>
          <dt>{t('opsActivities')}</dt>
          <dd>{operation.activities.map((a) => localize(ACTIVITY_LABELS[a])).join(', ')}</dd>
        </div>
      </dl>
      {operation.description && <p className="operation-description">{operation.description}</p>}
    </div>
  );
}
