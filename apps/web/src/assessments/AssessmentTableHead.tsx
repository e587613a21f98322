import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { SortHeader } from '../ui/SortHeader';
import { firstDirection, type ListSort, type SortKey } from './listSort';

export type Variant = 'list' | 'review';

interface SortProps {
  sort: ListSort;
  onSort: (sort: ListSort) => void;
}

/** A column header of the list: a second press turns the order round, a new column starts in its natural order. */
function ListSortHeader({
  column,
  sort,
  onSort,
  numeric,
  children,
}: SortProps & { column: SortKey; numeric?: boolean; children: ReactNode }) {
  const active = sort.key === column;
  return (
    <SortHeader
      column={column}
      numeric={numeric}
      order={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : null}
      onSort={() => {
        const direction = active ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection(column);
        onSort({ key: column, direction });
      }}
    >
      {children}
    </SortHeader>
  );
}

export function AssessmentTableHead({ variant, sort, onSort }: SortProps & { variant: Variant }) {
  const { t } = useI18n();
  const sorting = { sort, onSort };
  return (
    <thead>
      <tr>
        <ListSortHeader column="country" {...sorting}>
          {t('country')}
        </ListSortHeader>
        <ListSortHeader column="year" {...sorting}>
          {t('year')}
        </ListSortHeader>
        <ListSortHeader column="status" {...sorting}>
          {t('status')}
        </ListSortHeader>
        <ListSortHeader column="index" numeric {...sorting}>
          {t('overallIndex')}
        </ListSortHeader>
        <th scope="col">{t('computedLevel')}</th>
        {variant === 'review' && <th scope="col">{t('selfLevel')}</th>}
        <ListSortHeader column="updated" {...sorting}>
          {variant === 'review' ? t('submittedAt') : t('lastUpdated')}
        </ListSortHeader>
        {variant === 'review' && <th scope="col">{t('instChecksColumn')}</th>}
        <th scope="col">
          <span className="visually-hidden">{t('actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
