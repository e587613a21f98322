import { useState } from 'react';
import { METHODOLOGY_VERSION } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** What a printed report must carry to be cited: its source, the methodology it applies, and its date. */
export function ReportFooter({ validatedOnly }: { validatedOnly: boolean }) {
  const { t, format } = useI18n();
  // The moment the report was opened: printing it later still states when its figures were read.
  const [generatedAt] = useState(() => new Date().toISOString());
  return (
    <footer className="report-footer" data-testid="report-footer">
      <p>
        {t('reportSource')} {t('footerSource')}
      </p>
      <p>
        {t('footerMethodology', { version: METHODOLOGY_VERSION })}{' '}
        {t(validatedOnly ? 'reportCountedValidated' : 'reportCountedSubmitted')}{' '}
        {t('reportGenerated', { date: format.date(generatedAt) })}
      </p>
    </footer>
  );
}
