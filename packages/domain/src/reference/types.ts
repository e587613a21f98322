import type { Localized } from '../i18n.js';

export interface Country {
  iso3: string;
  iso2: string;
  name: Localized;
}

/** A membership for a period: first day and last day included (ISO dates), null where open. */
export interface DatedMembership {
  iso3: string;
  /** null: a member for as long as the grouping has existed (UN M49, custom groupings). */
  from: string | null;
  /** null: while it lasts. */
  to: string | null;
}

export interface RegionDefinition {
  code: string;
  name: Localized;
  /** ISO 3166-1 alpha-3 codes of the members without dates: members in every year. */
  members: string[];
  /** Members with dates (the WCO's accessions): counted in a year when a member on its 31 December. */
  memberships?: readonly DatedMembership[];
}

export interface GroupingDefinition {
  id: string;
  name: Localized;
  /** Where the membership comes from, and as of when. */
  source: string;
  regions: RegionDefinition[];
}
