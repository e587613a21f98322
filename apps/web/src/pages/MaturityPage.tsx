import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { GroupingsResponse } from '@cpc/domain';
import { groupingsQuery } from '../api/groupingsQuery';
import { metaQuery } from '../api/metaQuery';
import { useI18n } from '../i18n/useI18n';
import { DEFAULT_GROUPING, selectableYears } from '../url/pageState';
import { usePageState } from '../url/usePageState';
import { PageTitle } from '../shell/PageTitle';
import { DemoDataBanner } from '../components/DemoDataBanner';
import { MaturityControls } from '../components/MaturityControls';
import { MaturitySection } from '../components/MaturitySection';

const NO_GROUPINGS: GroupingsResponse['groupings'] = [];

export function MaturityPage({ currentYear }: { currentYear: number }) {
  const { t } = useI18n();
  const [state, update] = usePageState(currentYear);
  const meta = useQuery(metaQuery());
  const groupings = useQuery(groupingsQuery());

  const groupingList = groupings.data?.groupings;
  // An id the URL names but the API does not know falls back to the default, as any invalid URL value does.
  const grouping =
    groupingList?.find((g) => g.id === state.grouping) ??
    groupingList?.find((g) => g.id === DEFAULT_GROUPING) ??
    groupingList?.[0];
  const groupingId = grouping?.id ?? state.grouping;
  const groupingsForChart = groupingList ?? (groupings.isError ? NO_GROUPINGS : null);

  useEffect(() => {
    // Rewrites the address once so it states the view in full, with invalid values already corrected.
    update({}, 'replace');
  }, [update]);

  useEffect(() => {
    if (groupingId !== state.grouping) update({ grouping: groupingId }, 'replace');
  }, [groupingId, state.grouping, update]);

  return (
    <>
      {meta.data?.demoData && <DemoDataBanner />}
      <PageTitle documentTitle={t('pageTitle')}>{t('pageTitle')}</PageTitle>
      <p className="page-intro">{t('pageIntro')}</p>
      <MaturityControls
        state={state}
        groupingId={groupingId}
        groupings={groupingList}
        groupingsError={groupings.error}
        onRetryGroupings={() => void groupings.refetch()}
        years={selectableYears(currentYear)}
        onChange={(patch) => {
          update(patch);
        }}
      />
      <MaturitySection
        params={{ grouping: groupingId, from: state.from, to: state.to }}
        groupings={groupingsForChart}
        showBand={state.band}
        showAllMembers={state.allMembers}
      />
      <p className="footnote">{t('footerCoverage')}</p>
    </>
  );
}
