import type { Localized } from '../i18n.js';

export interface Country {
  iso3: string;
  iso2: string;
  name: Localized;
}

export interface RegionDefinition {
  code: string;
  name: Localized;
  /** ISO 3166-1 alpha-3 codes of the member countries and territories. */
  members: string[];
}

export interface GroupingDefinition {
  id: string;
  name: Localized;
  /** Where the membership comes from, and as of when. */
  source: string;
  regions: RegionDefinition[];
}
