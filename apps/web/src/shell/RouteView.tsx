import { lazy, Suspense } from 'react';
import { canImport, canManageGroupings, canReview, type SessionUser } from '@cpc/domain';
import { isPlanRoute, planPage } from '../actionPlans/planPages';
import { helpPage, isHelpRoute, type HelpRoute } from '../help/helpPages';
import { useSessionChecking, useSessionUser } from '../auth/useSession';
import type { Route } from '../router/routes';
import { PageLoading } from '../ui/PageLoading';
import { RedirectToLogin } from './RedirectToLogin';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { NotFoundPage } from '../pages/NotFoundPage';

// Each page is its own chunk: the sign-in page does not wait for the charts, nor the overview for the map.
const LoginPage = lazy(() => import('../pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const OverviewPage = lazy(() => import('../pages/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const ComparePage = lazy(() => import('../pages/ComparePage').then((m) => ({ default: m.ComparePage })));
const CompareCountriesPage = lazy(() =>
  import('../compareCountries/CompareCountriesPage').then((m) => ({ default: m.CompareCountriesPage })),
);
const MapPage = lazy(() => import('../pages/MapPage').then((m) => ({ default: m.MapPage })));
const GapsPage = lazy(() => import('../pages/GapsPage').then((m) => ({ default: m.GapsPage })));
const MethodologyPage = lazy(() => import('../pages/MethodologyPage').then((m) => ({ default: m.MethodologyPage })));
const CountryProfilePage = lazy(() =>
  import('../pages/CountryProfilePage').then((m) => ({ default: m.CountryProfilePage })),
);
// The printable report is opened from a profile only: its own chunk, with its print stylesheet.
const CountryReportPage = lazy(() =>
  import('../pages/CountryReportPage').then((m) => ({ default: m.CountryReportPage })),
);
const GroupingsPage = lazy(() => import('../pages/GroupingsPage').then((m) => ({ default: m.GroupingsPage })));
const AssessmentsPage = lazy(() => import('../pages/AssessmentsPage').then((m) => ({ default: m.AssessmentsPage })));
const AssessmentPage = lazy(() => import('../pages/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
const HistoryPage = lazy(() => import('../pages/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const ReviewPage = lazy(() => import('../pages/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const ImportPage = lazy(() => import('../pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const OperationsPage = lazy(() => import('../pages/OperationsPage').then((m) => ({ default: m.OperationsPage })));
const OperationPage = lazy(() => import('../pages/OperationPage').then((m) => ({ default: m.OperationPage })));
const OperationsImportPage = lazy(() =>
  import('../pages/OperationsImportPage').then((m) => ({ default: m.OperationsImportPage })),
);
const OperationsDashboardPage = lazy(() =>
  import('../pages/OperationsDashboardPage').then((m) => ({ default: m.OperationsDashboardPage })),
);
const MaturityVsOutcomesPage = lazy(() =>
  import('../pages/MaturityVsOutcomesPage').then((m) => ({ default: m.MaturityVsOutcomesPage })),
);
const InstrumentsPage = lazy(() => import('../pages/InstrumentsPage').then((m) => ({ default: m.InstrumentsPage })));
const InstrumentsDashboardPage = lazy(() =>
  import('../pages/InstrumentsDashboardPage').then((m) => ({ default: m.InstrumentsDashboardPage })),
);

function page(route: Exclude<Route, HelpRoute>, user: SessionUser, currentYear: number) {
  if (isPlanRoute(route)) return planPage(route, user, currentYear);
  if (route.name === 'compareCountries') return <CompareCountriesPage user={user} currentYear={currentYear} />;
  switch (route.name) {
    case 'login':
      return <LoginPage />;
    case 'overview':
      return <OverviewPage currentYear={currentYear} />;
    case 'compare':
      return <ComparePage currentYear={currentYear} />;
    case 'map':
      return <MapPage user={user} currentYear={currentYear} />;
    case 'gaps':
      return <GapsPage currentYear={currentYear} />;
    case 'methodology':
      return <MethodologyPage user={user} currentYear={currentYear} />;
    case 'country':
      return <CountryProfilePage key={route.iso3} iso3={route.iso3} user={user} currentYear={currentYear} />;
    case 'countryReport':
      return <CountryReportPage key={route.iso3} iso3={route.iso3} user={user} currentYear={currentYear} />;
    case 'groupings':
      return canManageGroupings(user) ? <GroupingsPage /> : <ForbiddenPage />;
    case 'assessments':
      return <AssessmentsPage user={user} currentYear={currentYear} />;
    case 'assessment':
      return <AssessmentPage key={route.id} id={route.id} user={user} />;
    case 'history':
      return <HistoryPage key={route.id} id={route.id} />;
    case 'review':
      return canReview(user) ? <ReviewPage /> : <ForbiddenPage />;
    case 'import':
      return canImport(user) ? <ImportPage /> : <ForbiddenPage />;
    case 'operations':
      return <OperationsPage user={user} currentYear={currentYear} />;
    case 'operation':
      return <OperationPage key={route.id} id={route.id} user={user} />;
    case 'operationsImport':
      return canImport(user) ? <OperationsImportPage /> : <ForbiddenPage />;
    case 'operationsDashboard':
      return <OperationsDashboardPage user={user} currentYear={currentYear} />;
    case 'maturityVsOutcomes':
      return <MaturityVsOutcomesPage user={user} currentYear={currentYear} />;
    case 'instruments':
      return <InstrumentsPage user={user} />;
    case 'instrumentsDashboard':
      return <InstrumentsDashboardPage user={user} currentYear={currentYear} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The page of the current route, once the reader is signed in (the login page excepted). */
export function RouteView({ route, currentYear }: { route: Route; currentYear: number }) {
  const user = useSessionUser();
  // A new tab asks the API who its cookie signs in: neither the page nor the login page shows before it knows.
  const checking = useSessionChecking();
  if (checking) return <PageLoading />;
  if (route.name !== 'login' && !user) return <RedirectToLogin />;
  return (
    <Suspense fallback={<PageLoading />}>
      {route.name === 'login' || !user ? (
        <LoginPage />
      ) : isHelpRoute(route) ? (
        helpPage()
      ) : (
        page(route, user, currentYear)
      )}
    </Suspense>
  );
}
