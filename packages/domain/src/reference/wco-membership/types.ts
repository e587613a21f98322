/** The WCO's six regions, by the codes of `WCO_GROUPING`. */
export type WcoRegionCode = 'ESA' | 'EUR' | 'AP' | 'MENA' | 'AMS' | 'WCA';

/** Keys into the sources of `WCO_MEMBERSHIP_SOURCES` (and SOURCES.md, section `wco-membership.ts`). */
export type WcoMembershipSourceKey =
  | 'wikipedia-2017'
  | 'wikipedia-2016'
  | 'kosovo-mfa-2017'
  | 'wco-2017-antigua'
  | 'gfc-2018-suriname'
  | 'gnq-embassy-2021'
  | 'slb-2023'
  | 'plw-2024'
  | 'vct-2025';

/**
 * One period of WCO membership of a country or customs territory, in one WCO region.
 * A Member that moved region has one period per region, the later starting after the earlier ends.
 */
export interface WcoMembership {
  /** ISO 3166-1 alpha-3 (Kosovo: the user-assigned `XKX`), as in `COUNTRIES`. */
  iso3: string;
  region: WcoRegionCode;
  /**
   * First day of membership (ISO date): the deposit of the instrument of accession to (or ratification of)
   * the Convention establishing the Customs Co-operation Council, as the WCO membership list gives it.
   */
  from: string;
  /** Last day of membership in this region (ISO date, inclusive), or null while it lasts. */
  to: string | null;
  source: WcoMembershipSourceKey;
}
