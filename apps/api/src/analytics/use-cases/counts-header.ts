import { asOfPeriod } from '@cpc/domain';

/** The fields before the items of a count view (gaps, difficulties), exact: `protected` is set per reader. */
export const countsHeader = (grouping: string, year: number) => ({
  grouping,
  year,
  period: asOfPeriod(year),
  protected: false,
});
