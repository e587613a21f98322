import { useI18n } from '../i18n/useI18n';

export function PageFooter({ methodologyVersion }: { methodologyVersion: string | undefined }) {
  const { t } = useI18n();
  return (
    <footer className="page-footer">
      <p>
        {methodologyVersion && <>{t('footerMethodology', { version: methodologyVersion })} </>}
        {t('footerCoverage')}
      </p>
    </footer>
  );
}
