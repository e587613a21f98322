import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { operationKeys } from './operationQueries';

/** The figures drawn from many operations: the outcome analytics. */
const ANALYTICS_KEYS: readonly QueryKey[] = [
  ['operations-analytics'],
  ['operations-participation'],
  ['maturity-vs-outcomes'],
];

/** Everything built from operations and their results: lists, details, results and the outcome figures. */
export const OPERATION_DATA_KEYS: readonly QueryKey[] = [operationKeys.all, ...ANALYTICS_KEYS];

async function invalidate(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Refreshes what a change to an operation or a result may have changed. */
export function refreshOperationData(queryClient: QueryClient): Promise<void> {
  return invalidate(queryClient, OPERATION_DATA_KEYS);
}

/** After a deletion: the lists and figures. The deleted operation's own page would only answer 404. */
export function refreshAfterDeletion(queryClient: QueryClient): Promise<void> {
  return invalidate(queryClient, [operationKeys.lists(), ...ANALYTICS_KEYS]);
}
