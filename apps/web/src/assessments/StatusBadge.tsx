import type { AssessmentStatus } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { STATUS_LABELS } from '../i18n/labels';

/** The status in words, with a colour that only repeats them. */
export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {t(STATUS_LABELS[status])}
    </span>
  );
}
