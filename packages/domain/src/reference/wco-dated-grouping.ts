import { WCO_GROUPING } from './wco.js';
import { WCO_MEMBERSHIPS } from './wco-membership.js';
import type { GroupingDefinition } from './types.js';

/**
 * The WCO grouping as the platform stores it: the six regions of WCO_GROUPING, each with its members'
 * dated periods (wco-membership.ts), so that every year counts that year's members.
 */
export const WCO_DATED_GROUPING: GroupingDefinition = {
  ...WCO_GROUPING,
  source:
    'WCO Members by region with their accession dates (wco-membership.ts; sources in SOURCES.md): a year counts the Members at its 31 December',
  regions: WCO_GROUPING.regions.map((region) => ({
    code: region.code,
    name: region.name,
    members: [],
    memberships: WCO_MEMBERSHIPS.filter((m) => m.region === region.code).map(({ iso3, from, to }) => ({
      iso3,
      from,
      to,
    })),
  })),
};
