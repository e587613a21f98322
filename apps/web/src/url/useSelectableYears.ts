import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../api/metaQuery';
import { selectableYears } from './pageState';

/** The years a picker offers, bounded by the years with data (GET /api/meta) and the current year. */
export function useSelectableYears(currentYear: number, inUse: readonly number[] = []): number[] {
  const dataYears = useQuery(metaQuery()).data?.dataYears;
  return selectableYears(currentYear, dataYears, inUse);
}
