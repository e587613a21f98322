import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/en';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

export type Outcome = 'submitted' | 'validated' | 'returned';

const TEXTS: Record<Outcome, MessageKey> = {
  submitted: 'outcomeSubmitted',
  validated: 'outcomeValidated',
  returned: 'outcomeReturned',
};

/** Confirms what just happened and takes the focus, so it is read out before the rest of the page. */
export function OutcomeNotice({ outcome, showQueueLink }: { outcome: Outcome; showQueueLink: boolean }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [outcome]);
  return (
    <div ref={ref} className="notice notice-success" role="status" tabIndex={-1} data-testid="outcome-notice">
      <p>{t(TEXTS[outcome])}</p>
      {showQueueLink && (
        <p>
          <Link to={hrefFor(paths.review(), lang)}>{t('backToReviewQueue')}</Link>
        </p>
      )}
    </div>
  );
}
