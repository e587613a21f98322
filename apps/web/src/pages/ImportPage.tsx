import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { PageTitle } from '../shell/PageTitle';
import { ImportForm } from '../import/ImportForm';
import { TemplateLinks } from '../import/TemplateLinks';

/** Analysts and admins load many assessments at once from a CSV or XLSX file. */
export function ImportPage() {
  const { t } = useI18n();
  const templatesId = useId();
  return (
    <>
      <PageTitle>{t('importTitle')}</PageTitle>
      <p className="page-intro">{t('importIntro')}</p>
      <section aria-labelledby={templatesId} className="import-templates">
        <h2 id={templatesId}>{t('importTemplatesTitle')}</h2>
        <p className="muted">{t('importTemplatesText')}</p>
        <TemplateLinks />
      </section>
      <ImportForm />
    </>
  );
}
