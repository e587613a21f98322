import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { canUseGrouping, receivesProtectedFigures } from '@cpc/domain';
import { groupingsQuery } from '../api/groupingsQuery';
import { useSessionUser } from '../auth/useSession';
import { DEFAULT_GROUPING, type StateKey } from '../url/pageState';
import { usePageState } from '../url/usePageState';

/**
 * The view state of an analytics page, with the grouping it names resolved against the API's list:
 * an unknown grouping falls back to the default and an unknown region to the whole grouping, as any
 * invalid address value does, and the address is rewritten once to state the view in full. The groupings
 * are those the API lists for the reader: the published ones only for national users.
 *
 * National users get the published groupings and one status set (submitted and validated): a custom grouping
 * or a second status set would differ from them by a few administrations, so the API refuses both to them.
 * An address asking for either is read as the default, and rewritten so.
 */
export function useAnalyticsView(currentYear: number, keys: readonly StateKey[]) {
  const [addressState, update] = usePageState(currentYear, keys);
  const user = useSessionUser();
  const statusChoice = user === null || !receivesProtectedFigures(user);
  // A grouping the reader may not use (an analyst's custom grouping in a national user's address) is never
  // asked for, not even while the list loads: the default stands in for it at once.
  const groupingAllowed = user === null || canUseGrouping(user, addressState.grouping);
  const state = useMemo(() => {
    if (statusChoice && groupingAllowed) return addressState;
    return {
      ...addressState,
      status: statusChoice ? addressState.status : ('counted' as const),
      grouping: groupingAllowed ? addressState.grouping : DEFAULT_GROUPING,
    };
  }, [statusChoice, groupingAllowed, addressState]);
  const groupings = useQuery(groupingsQuery());
  const list = groupings.data?.groupings;
  const grouping =
    list?.find((g) => g.id === state.grouping) ?? list?.find((g) => g.id === DEFAULT_GROUPING) ?? list?.[0];
  const groupingId = grouping?.id ?? state.grouping;
  const ownsRegion = keys.includes('region');
  const regionKnown = state.region === null || !grouping || grouping.regions.some((r) => r.code === state.region);

  useEffect(() => {
    update({}, 'replace');
  }, [update]);

  useEffect(() => {
    if (groupingId !== addressState.grouping) update({ grouping: groupingId }, 'replace');
  }, [groupingId, addressState.grouping, update]);

  useEffect(() => {
    if (ownsRegion && !regionKnown) update({ region: null }, 'replace');
  }, [ownsRegion, regionKnown, update]);

  useEffect(() => {
    if (addressState.status !== state.status) update({ status: state.status }, 'replace');
  }, [addressState.status, state.status, update]);

  return {
    state,
    update,
    /** The grouping shown; undefined while the list loads (or if it failed to). */
    grouping,
    groupingId,
    region: regionKnown ? state.region : null,
    groupings,
    /** Whether the reader may count validated assessments only: analysts and admins. */
    statusChoice,
  };
}

export type AnalyticsView = ReturnType<typeof useAnalyticsView>;
