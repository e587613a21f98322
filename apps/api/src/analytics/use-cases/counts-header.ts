import { asOfPeriod, type MethodologyVersion } from '@cpc/domain';

/** The fields before the items of a count view (gaps, difficulties), exact: `protected` is set per reader. */
export const countsHeader = (grouping: string, year: number, methodologyVersion: MethodologyVersion) => ({
  methodologyVersion,
  grouping,
  year,
  period: asOfPeriod(year),
  protected: false,
});
