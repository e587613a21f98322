import { lazy } from 'react';
import type { Route } from '../router/routes';

// The reference text and its Markdown renderer: a chunk of their own, loaded when the help is opened.
const MethodologyGuidePage = lazy(() =>
  import('./MethodologyGuidePage').then((m) => ({ default: m.MethodologyGuidePage })),
);

export type HelpRoute = Extract<Route, { name: 'methodologyGuide' }>;

/** The in-app help's routes: the methodology's text. */
export function isHelpRoute(route: Route): route is HelpRoute {
  return route.name === 'methodologyGuide';
}

/** The page of a help route (one so far: the methodology's text). */
export function helpPage() {
  return <MethodologyGuidePage />;
}
