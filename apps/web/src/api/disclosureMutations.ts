import type { QueryClient, QueryKey } from '@tanstack/react-query';
import {
  ANALYTICS_VIEWS,
  type DisclosureLevel,
  type DisclosureResponse,
  type UpdateDisclosureRequest,
} from '@cpc/domain';
import { apiRequest } from './apiRequest';
import { disclosureKeys, disclosurePath } from './disclosureQueries';
import { operationKeys } from './operationQueries';

/** Sets a country's preference: its coordinator or an admin (others get 403). */
export function updateDisclosure(iso3: string, level: DisclosureLevel): Promise<DisclosureResponse> {
  const request: UpdateDisclosureRequest = { level };
  return apiRequest<DisclosureResponse>(disclosurePath(iso3), { method: 'PUT', json: request });
}

/**
 * Everything a preference changes for some reader: the country-level figures that national users may now see
 * or not (map values, profiles, scatter points, participation, results in shared operations) and the
 * protected aggregates that count the country as confidential or not. Reference data (countries, groupings)
 * does not depend on it.
 */
const DISCLOSED_DATA_KEYS: readonly QueryKey[] = [
  // Every analytics view is protected, or names countries: all of them, as declared.
  ...Object.values(ANALYTICS_VIEWS).map((view) => [view.queryKey]),
  ['profile'],
  operationKeys.all,
];

/** After a change of `iso3`'s preference: its level and history, and every figure that depends on it. */
export async function refreshAfterDisclosureChange(queryClient: QueryClient, saved: DisclosureResponse): Promise<void> {
  queryClient.setQueryData(disclosureKeys.level(saved.iso3), saved);
  await Promise.all(
    [disclosureKeys.history(saved.iso3), ...DISCLOSED_DATA_KEYS].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
