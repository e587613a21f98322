import type { RegisterChecksDetailResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { registerCheckText } from '../instruments/registerCheckText';

/** Where an assessment's answers contradict the register; the checks come with the whole queue's, in one request. */
export function ReviewChecksCell({ checks }: { checks: RegisterChecksDetailResponse['checks'] | undefined }) {
  const { t } = useI18n();
  if (!checks) return <span className="muted">…</span>;
  if (checks.length === 0) return <span className="muted">—</span>;
  return (
    <details className="register-checks-cell" data-testid="register-checks-cell">
      <summary>{t('instChecksCount', { count: checks.length })}</summary>
      <ul>
        {checks.map((check, i) => (
          <li key={`${check.code}-${i}`}>
            <span className="item-code">{check.code}</span> {registerCheckText(check, t)}
          </li>
        ))}
      </ul>
    </details>
  );
}
