import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { navigationCount } from '../router/history';

interface PageTitleProps {
  children: ReactNode;
  /** The document title's first part; the heading's text when it is a plain string. */
  documentTitle?: string;
}

/**
 * The page's h1. It names the browser tab, and after an in-app navigation it takes the focus, so a
 * screen reader announces the new page and the next Tab starts from its top, as after a full page load.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    if (navigationCount() > 0) ref.current?.focus();
  }, []);

  useEffect(() => {
    document.title = title ? `${title} — ${t('appName')}` : t('appName');
  }, [title, t]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
