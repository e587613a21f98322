import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { GroupingsResponse } from '@cpc/domain';
import { groupingsQuery } from '../api/groupingsQuery';
import { metaQuery } from '../api/metaQuery';
import { useI18n } from '../i18n/useI18n';
import { DEFAULT_GROUPING, selectableYears, type PageState } from '../url/pageState';
import type { HistoryMode } from '../url/usePageState';
import { PageHeader } from '../components/PageHeader';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { DemoDataBanner } from '../components/DemoDataBanner';
import { MaturityControls } from '../components/MaturityControls';
import { MaturitySection } from '../components/MaturitySection';
import { PageFooter } from '../components/PageFooter';

const NO_GROUPINGS: GroupingsResponse['groupings'] = [];

export interface MaturityPageProps {
  state: PageState;
  update: (patch: Partial<PageState>, mode?: HistoryMode) => void;
  currentYear: number;
}

export function MaturityPage({ state, update, currentYear }: MaturityPageProps) {
  const { t, lang } = useI18n();
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

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('documentTitle');
  }, [lang, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <PageHeader>
        <LanguageSwitch
          state={state}
          onSelect={(next) => {
            update({ lang: next });
          }}
        />
      </PageHeader>
      <main id="main" tabIndex={-1} className="page-main">
        {meta.data?.demoData && <DemoDataBanner />}
        <h1>{t('pageTitle')}</h1>
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
      </main>
      <PageFooter methodologyVersion={meta.data?.methodologyVersion} />
    </div>
  );
}
