import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { firstDirection, type ListSort, type SortKey } from './listSort';

export type Variant = 'list' | 'review';

interface SortProps {
  sort: ListSort;
  onSort: (sort: ListSort) => void;
}

/** A column header that sorts: its state in aria-sort, a second press turns the order round. */
function SortHeader({
  column,
  sort,
  onSort,
  numeric,
  children,
}: SortProps & { column: SortKey; numeric?: boolean; children: ReactNode }) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'numeric' : undefined}>
      <button
        type="button"
        className="sort-button"
        data-sort={column}
        onClick={() => {
          const direction = active ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection(column);
          onSort({ key: column, direction });
        }}
      >
        {children}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}

export function AssessmentTableHead({ variant, sort, onSort }: SortProps & { variant: Variant }) {
  const { t } = useI18n();
  const sorting = { sort, onSort };
  return (
    <thead>
      <tr>
        <SortHeader column="country" {...sorting}>
          {t('country')}
        </SortHeader>
        <SortHeader column="year" {...sorting}>
          {t('year')}
        </SortHeader>
        <SortHeader column="status" {...sorting}>
          {t('status')}
        </SortHeader>
        <SortHeader column="index" numeric {...sorting}>
          {t('overallIndex')}
        </SortHeader>
        <th scope="col">{t('computedLevel')}</th>
        {variant === 'review' && <th scope="col">{t('selfLevel')}</th>}
        <SortHeader column="updated" {...sorting}>
          {variant === 'review' ? t('submittedAt') : t('lastUpdated')}
        </SortHeader>
        {variant === 'review' && <th scope="col">{t('instChecksColumn')}</th>}
        <th scope="col">
          <span className="visually-hidden">{t('actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
