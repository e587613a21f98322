import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { PageTitle } from '../ui/PageTitle';
import type { ImportKind } from './importKind';
import { ImportForm } from './ImportForm';
import { TemplateLinks } from './TemplateLinks';

/** An import page: what it loads, the templates to start from, then the two-step upload. */
export function ImportView<R>({ kind }: { kind: ImportKind<R> }) {
  const { t } = useI18n();
  const templatesId = useId();
  return (
    <>
      <PageTitle>{t(kind.title)}</PageTitle>
      <p className="page-intro">{t(kind.intro)}</p>
      <section aria-labelledby={templatesId} className="import-templates">
        <h2 id={templatesId}>{t('importTemplatesTitle')}</h2>
        <p className="muted">{t(kind.templatesText)}</p>
        <TemplateLinks resource={kind.resource} />
      </section>
      <ImportForm kind={kind} />
    </>
  );
}
