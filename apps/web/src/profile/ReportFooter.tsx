import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';

interface ReportFooterProps {
  validatedOnly: boolean;
  /** A national user's report: its regional figures are protected, and the paper says how. */
  protectedFigures: boolean;
  /** The methodology the report's figures were computed with, as the API answered them. */
  methodologyVersion: string;
}

/**
 * What a printed report must carry to be cited: its source, the methodology it applies, its date, and for a
 * national user what the protection of its figures means.
 */
export function ReportFooter({ validatedOnly, protectedFigures, methodologyVersion }: ReportFooterProps) {
  const { t, format } = useI18n();
  // The moment the report was opened: printing it later still states when its figures were read.
  const [generatedAt] = useState(() => new Date().toISOString());
  return (
    <footer className="report-footer" data-testid="report-footer">
      <p>
        {t('reportSource')} {t('footerSource')}
      </p>
      <p>
        {t('footerMethodology', { version: methodologyVersion })}{' '}
        {t(validatedOnly ? 'reportCountedValidated' : 'reportCountedSubmitted')}{' '}
        {t('reportGenerated', { date: format.date(generatedAt) })}
      </p>
      {protectedFigures && (
        <p data-testid="report-protected-note">
          <strong>{t('protectedFiguresTitle')}</strong> {t('protectedFiguresText')}
        </p>
      )}
    </footer>
  );
}
