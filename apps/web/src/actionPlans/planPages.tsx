import { lazy } from 'react';
import type { SessionUser } from '@cpc/domain';
import type { Route } from '../router/routes';

// Each page is its own chunk, as the app's other pages.
const ActionPlanPage = lazy(() => import('../pages/ActionPlanPage').then((m) => ({ default: m.ActionPlanPage })));
const ActionPlansDashboardPage = lazy(() =>
  import('../pages/ActionPlansDashboardPage').then((m) => ({ default: m.ActionPlansDashboardPage })),
);

type PlanRoute = Extract<Route, { name: 'actionPlan' | 'actionPlans' }>;

/** The action plans' routes: a country's plan, and the programme managers' dashboard. */
export function isPlanRoute(route: Route): route is PlanRoute {
  return route.name === 'actionPlan' || route.name === 'actionPlans';
}

export function planPage(route: PlanRoute, user: SessionUser, currentYear: number) {
  return route.name === 'actionPlan' ? (
    <ActionPlanPage key={route.iso3} iso3={route.iso3} user={user} currentYear={currentYear} />
  ) : (
    <ActionPlansDashboardPage user={user} currentYear={currentYear} />
  );
}
