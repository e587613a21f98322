import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupingsQuery } from '../api/groupingsQuery';
import { DEFAULT_GROUPING, type StateKey } from './pageState';
import { usePageState } from './usePageState';

/**
 * The view state of an analytics page, with the grouping it names resolved against the API's list:
 * an unknown grouping falls back to the default and an unknown region to the whole grouping, as any
 * invalid address value does, and the address is rewritten once to state the view in full.
 */
export function useAnalyticsView(currentYear: number, keys: readonly StateKey[]) {
  const [state, update] = usePageState(currentYear, keys);
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
    if (groupingId !== state.grouping) update({ grouping: groupingId }, 'replace');
  }, [groupingId, state.grouping, update]);

  useEffect(() => {
    if (ownsRegion && !regionKnown) update({ region: null }, 'replace');
  }, [ownsRegion, regionKnown, update]);

  return {
    state,
    update,
    /** The grouping shown; undefined while the list loads (or if it failed to). */
    grouping,
    groupingId,
    region: regionKnown ? state.region : null,
    groupings,
  };
}

export type AnalyticsView = ReturnType<typeof useAnalyticsView>;
