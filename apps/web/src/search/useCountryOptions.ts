import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { canReadCountry } from '@cpc/domain';
import { countriesQuery } from '../api/countriesQuery';
import { useSessionUser } from '../auth/useSession';
import { useI18n } from '../i18n/useI18n';
import type { SearchableCountry } from './matchCountries';

/**
 * The countries the reader may open in detail, named in the page's language: every country for analysts
 * and admins, their own for national users (as the map and the profile let them open).
 */
export function useCountryOptions(exclude: readonly string[] = []): SearchableCountry[] {
  const { localize } = useI18n();
  const user = useSessionUser();
  const list = useQuery(countriesQuery()).data?.countries;
  const excluded = exclude.join(',');
  return useMemo(() => {
    if (!list || !user) return [];
    const skip = new Set(excluded.split(','));
    return list
      .filter((c) => canReadCountry(user, c.iso3) && !skip.has(c.iso3))
      .map((c) => ({ iso3: c.iso3, name: localize(c.name) }));
  }, [list, user, localize, excluded]);
}
