import { canImport, canReview, type SessionUser } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/en';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths, type RouteName } from '../router/routes';

interface NavItem {
  route: RouteName;
  path: string;
  label: MessageKey;
}

/** The pages a user may open, in the order of their work: read, answer, review, load. */
export function navItemsFor(user: SessionUser): NavItem[] {
  const items: NavItem[] = [
    { route: 'dashboard', path: paths.dashboard(), label: 'navDashboard' },
    { route: 'assessments', path: paths.assessments(), label: 'navAssessments' },
  ];
  if (canReview(user)) items.push({ route: 'review', path: paths.review(), label: 'navReview' });
  if (canImport(user)) items.push({ route: 'import', path: paths.import(), label: 'navImport' });
  return items;
}

/** Which item a page belongs to: an assessment and its history are part of "Assessments". */
function sectionOf(route: RouteName): RouteName {
  return route === 'assessment' || route === 'history' ? 'assessments' : route;
}

export function MainNav({ user, route }: { user: SessionUser; route: RouteName }) {
  const { t, lang } = useI18n();
  const current = sectionOf(route);
  return (
    <nav className="main-nav" aria-label={t('navLabel')}>
      <ul>
        {navItemsFor(user).map((item) => (
          <li key={item.route}>
            <Link to={hrefFor(item.path, lang)} aria-current={item.route === current ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
