import { lazy, Suspense } from 'react';
import { canImport, canReview, type SessionUser } from '@cpc/domain';
import { useSessionUser } from '../auth/useSession';
import type { Route } from '../router/routes';
import { PageLoading } from './PageLoading';
import { RedirectToLogin } from './RedirectToLogin';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { NotFoundPage } from '../pages/NotFoundPage';

// Each page is its own chunk: the sign-in page does not wait for the charts, nor the charts for the questionnaire.
const LoginPage = lazy(() => import('../pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const MaturityPage = lazy(() => import('../pages/MaturityPage').then((m) => ({ default: m.MaturityPage })));
const AssessmentsPage = lazy(() => import('../pages/AssessmentsPage').then((m) => ({ default: m.AssessmentsPage })));
const AssessmentPage = lazy(() => import('../pages/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
const HistoryPage = lazy(() => import('../pages/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const ReviewPage = lazy(() => import('../pages/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const ImportPage = lazy(() => import('../pages/ImportPage').then((m) => ({ default: m.ImportPage })));

function page(route: Route, user: SessionUser, currentYear: number) {
  switch (route.name) {
    case 'login':
      return <LoginPage />;
    case 'dashboard':
      return <MaturityPage currentYear={currentYear} />;
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
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The page of the current route, once the reader is signed in (the login page excepted). */
export function RouteView({ route, currentYear }: { route: Route; currentYear: number }) {
  const user = useSessionUser();
  if (route.name !== 'login' && !user) return <RedirectToLogin />;
  return (
    <Suspense fallback={<PageLoading />}>
      {route.name === 'login' || !user ? <LoginPage /> : page(route, user, currentYear)}
    </Suspense>
  );
}
