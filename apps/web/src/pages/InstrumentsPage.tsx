import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { canEditCountry, isGlobalRole, type SessionUser } from '@cpc/domain';
import { instrumentListQuery } from '../api/instrumentQueries';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';
import { InstrumentImportSection } from '../instruments/InstrumentImportSection';
import { InstrumentRegister } from '../instruments/InstrumentRegister';
import { CountryPicker } from '../profile/CountryPicker';
import { setUrl } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { ControlsBar } from '../ui/ControlsBar';
import { ErrorState } from '../ui/ErrorState';
import { PageLoading } from '../ui/PageLoading';
import { PageTitle } from '../ui/PageTitle';
import '../styles/operations.css';
import '../styles/instruments.css';

const ISO3 = /^[A-Z]{3}$/;

/** The country the page shows: a national user's own; for analysts, the one the address names. */
function shownCountry(user: SessionUser, search: string): string | null {
  if (!isGlobalRole(user.role)) return user.country ?? null;
  const asked = new URLSearchParams(search).get('country')?.toUpperCase() ?? '';
  return ISO3.test(asked) ? asked : null;
}

/**
 * A country's register of cooperation instruments, by kind: its coordinator and the analysts keep it, its
 * viewers read it. Analysts choose the country.
 */
export function InstrumentsPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const global = isGlobalRole(user.role);
  const country = shownCountry(user, useLocation().search);
  const countryName = useCountryName();
  const canManage = country !== null && (global || canEditCountry(user, country));
  const title = country ? t('instTitle', { country: countryName(country) }) : t('instTitleNone');

  return (
    <>
      <DemoDataNotice />
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="page-intro">{t('instIntro')}</p>
      {!canManage && country && <p className="notice">{t('instIntroReadOnly')}</p>}
      {global && (
        <ControlsBar label={t('controlsLegend')}>
          <CountryPicker
            value={country ?? ''}
            onChange={(next) => {
              setUrl(hrefFor(paths.instruments(), lang, { country: next }));
            }}
          />
        </ControlsBar>
      )}
      {country ? (
        <>
          <p className="assessment-links">
            <Link to={hrefFor(paths.instrumentsDashboard(), lang)}>{t('navInstrumentsDashboard')}</Link>
            <Link to={hrefFor(paths.country(country), lang)}>
              {t('profileTitle', { country: countryName(country) })}
            </Link>
          </p>
          <CountryRegister key={country} country={country} canManage={canManage} />
          <InstrumentImportSection canImport={canManage} />
        </>
      ) : (
        <p className="notice">{t('instChooseCountry')}</p>
      )}
    </>
  );
}

function CountryRegister({ country, canManage }: { country: string; canManage: boolean }) {
  const list = useQuery(instrumentListQuery({ country }));
  const [notice, setNotice] = useState<string | null>(null);
  if (list.isPending) return <PageLoading />;
  if (list.isError)
    return <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  return (
    <>
      {notice && (
        <p className="notice notice-success" role="status" data-testid="instrument-notice">
          {notice}
        </p>
      )}
      <InstrumentRegister
        instruments={list.data.instruments}
        country={country}
        canManage={canManage}
        onNotice={setNotice}
      />
    </>
  );
}
