import { ALL_REGIONS, type Localized } from '@cpc/domain';

export const ALL_NAME: Localized = { en: 'All members', fr: 'Tous les membres' };

/** The grouping's regions in their own order, then ALL. */
export function regionRank(grouping: { regions: readonly { code: string }[] }): (region: string) => number {
  const order = grouping.regions.map((r) => r.code);
  return (region) => (region === ALL_REGIONS ? order.length : order.indexOf(region));
}
