import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export function PageHeader({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="page-header">
      <div className="page-header-inner">
        <p className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('appTagline')}</span>
        </p>
        {children}
      </div>
    </header>
  );
}
