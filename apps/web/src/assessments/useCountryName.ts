import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { countriesQuery } from '../api/countriesQuery';
import { useI18n } from '../i18n/useI18n';

/** A country's name in the page language; its ISO code until the list has loaded (or if it is unknown). */
export function useCountryName(): (iso3: string) => string {
  const { localize } = useI18n();
  const countries = useQuery(countriesQuery());
  const list = countries.data?.countries;
  return useCallback(
    (iso3: string) => {
      const country = list?.find((c) => c.iso3 === iso3);
      return country ? localize(country.name) : iso3;
    },
    [list, localize],
  );
}
