import { canImport, canManageGroupings, canReview, type SessionUser } from '@cpc/domain';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/en';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { useLocation } from '../router/useLocation';
import { methodologyInAddress } from '../methodology/shownMethodology';
import { paths, type Route, type RouteName } from '../router/routes';

interface NavItem {
  route: RouteName;
  path: string;
  label: MessageKey;
}

/** The pages a user may open, in the order of their work: read, compare, answer and report, review, load, configure. */
export function navItemsFor(user: SessionUser): NavItem[] {
  const items: NavItem[] = [
    { route: 'overview', path: paths.overview(), label: 'navOverview' },
    { route: 'compare', path: paths.compare(), label: 'navCompare' },
    { route: 'compareCountries', path: paths.compareCountries(), label: 'navCompareCountries' },
    { route: 'map', path: paths.map(), label: 'navMap' },
    { route: 'gaps', path: paths.gaps(), label: 'navGaps' },
    { route: 'methodology', path: paths.methodology(), label: 'navMethodology' },
    { route: 'operationsDashboard', path: paths.operationsDashboard(), label: 'navOperationsDashboard' },
    { route: 'actionPlans', path: paths.actionPlans(), label: 'navActionPlans' },
    { route: 'instrumentsDashboard', path: paths.instrumentsDashboard(), label: 'navInstrumentsDashboard' },
  ];
  // National users' own country is one click away; analysts reach any country from the map.
  if (user.country) items.push({ route: 'country', path: paths.country(user.country), label: 'navMyCountry' });
  if (user.country) items.push({ route: 'actionPlan', path: paths.actionPlan(user.country), label: 'navActionPlan' });
  items.push({ route: 'assessments', path: paths.assessments(), label: 'navAssessments' });
  items.push({ route: 'operations', path: paths.operations(), label: 'navOperations' });
  items.push({ route: 'instruments', path: paths.instruments(), label: 'navInstruments' });
  if (canReview(user)) items.push({ route: 'review', path: paths.review(), label: 'navReview' });
  if (canImport(user)) items.push({ route: 'import', path: paths.import(), label: 'navImport' });
  if (canManageGroupings(user)) items.push({ route: 'groupings', path: paths.groupings(), label: 'navGroupings' });
  return items;
}

/** Which item a page belongs to: an assessment and its history are part of "Assessments". */
function sectionOf(route: Route, user: SessionUser): RouteName {
  if (route.name === 'assessment' || route.name === 'history') return 'assessments';
  if (route.name === 'operation' || route.name === 'operationsImport') return 'operations';
  if (route.name === 'maturityVsOutcomes') return 'operationsDashboard';
  if (route.name === 'country' || route.name === 'countryReport')
    return route.iso3 === user.country ? 'country' : 'map';
  if (route.name === 'actionPlan') return route.iso3 === user.country ? 'actionPlan' : 'map';
  return route.name;
}

/** On a phone the list folds behind a Menu button, and folds again once a page is chosen. */
function useFoldedMenu(route: Route) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    setOpen(false);
  }, [route]);
  return {
    open,
    toggle: () => {
      setOpen((was) => !was);
    },
  };
}

export function MainNav({ user, route }: { user: SessionUser; route: Route }) {
  const { t, lang } = useI18n();
  const current = sectionOf(route, user);
  const listId = useId();
  const menu = useFoldedMenu(route);
  // The methodology the reader chose goes along, so the next page's figures are scored the same way.
  const methodology = methodologyInAddress(useLocation().search);
  return (
    <nav className="main-nav" aria-label={t('navLabel')}>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={menu.open}
        aria-controls={listId}
        onClick={menu.toggle}
      >
        {t('navMenu')}
      </button>
      <ul id={listId} data-open={menu.open}>
        {navItemsFor(user).map((item) => (
          <li key={item.route}>
            <Link
              to={hrefFor(item.path, lang, { methodology })}
              aria-current={item.route === current ? 'page' : undefined}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
