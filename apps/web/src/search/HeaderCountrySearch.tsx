import { useI18n } from '../i18n/useI18n';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';
import { CountrySearch } from './CountrySearch';

/** "Find a country": picking one opens its profile, in the page's language. */
export function HeaderCountrySearch({ testId, labelHidden = true }: { testId: string; labelHidden?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <CountrySearch
      label={t('searchLabel')}
      labelHidden={labelHidden}
      testId={testId}
      onPick={(iso3) => {
        navigate(hrefFor(paths.country(iso3), lang));
      }}
    />
  );
}
