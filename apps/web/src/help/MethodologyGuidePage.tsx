import { saveBlob } from '../api/download';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from '../ui/PageTitle';
import { MarkdownDocument } from './MarkdownDocument';
import { methodologyFileName, methodologyMarkdown } from './methodologyDocs';
import { outlineOf, splitTitle, type OutlineEntry } from './outline';
import './help.css';

function TableOfContents({ entries, label }: { entries: OutlineEntry[]; label: string }) {
  return (
    <nav className="help-toc" aria-label={label} data-testid="help-toc">
      <h2 className="help-toc-title">{label}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? 'help-toc-sub' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The scoring methodology, docs/methodology.md in the page's language: to read, download as Markdown, or print. */
export function MethodologyGuidePage() {
  const { t, lang } = useI18n();
  const markdown = methodologyMarkdown(lang);
  const { title, body } = splitTitle(markdown);
  const download = () => {
    saveBlob(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), methodologyFileName(lang));
  };
  return (
    <div className="help-page">
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <div className="page-actions help-actions">
          <button type="button" className="button button-secondary" onClick={download} data-testid="help-download">
            {t('helpDownload')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              window.print();
            }}
          >
            {t('helpPrint')}
          </button>
        </div>
      </div>
      <p className="page-intro">{t('helpMethodologyIntro')}</p>
      {lang !== 'en' && <p className="help-note">{t('helpTranslationNote')}</p>}
      <p className="help-actions">
        <Link to={hrefFor(paths.methodology(), lang)}>{t('helpComparisonLink')}</Link>
      </p>
      <div className="help-layout">
        <TableOfContents entries={outlineOf(markdown)} label={t('helpContents')} />
        <article className="help-doc" data-testid="help-document">
          <MarkdownDocument markdown={body} />
        </article>
      </div>
    </div>
  );
}
