import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';

interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  /** The address of the page starting at `offset`. */
  hrefAt: (offset: number) => string;
  label: string;
}

/** Where this page is in the whole list, with links to the previous and next pages. */
export function Pagination({ total, limit, offset, hrefAt, label }: PaginationProps) {
  const { t } = useI18n();
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + limit);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="muted" data-testid="pagination-status">
        {t('paginationStatus', { first, last, total })}
      </p>
      {offset > 0 && (
        <Link className="button button-secondary button-small" to={hrefAt(Math.max(0, offset - limit))}>
          {t('paginationPrevious')}
        </Link>
      )}
      {last < total && (
        <Link className="button button-secondary button-small" to={hrefAt(offset + limit)}>
          {t('paginationNext')}
        </Link>
      )}
    </nav>
  );
}
