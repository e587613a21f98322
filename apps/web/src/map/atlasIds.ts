import { ISO_NUMERIC_BY_ISO3 } from '@cpc/domain';

const ISO3_BY_NUMERIC = new Map(Object.entries(ISO_NUMERIC_BY_ISO3).map(([iso3, numeric]) => [numeric, iso3]));

/**
 * Natural Earth areas the atlas gives no ISO numeric code. Kosovo has its own entry in the country list
 * (XKX); Northern Cyprus and Somaliland are drawn as part of the countries the UN recognises.
 */
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };

/** The ISO alpha-3 code of a world-atlas area, from its ISO 3166-1 numeric id; null when it has none. */
export function iso3OfAtlasArea(id: string | number | undefined, name: string): string | null {
  if (id !== undefined) {
    const numeric = String(id).padStart(3, '0');
    const iso3 = ISO3_BY_NUMERIC.get(numeric);
    if (iso3) return iso3;
  }
  return BY_NAME[name] ?? null;
}
