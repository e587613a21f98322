import type { INestApplication } from '@nestjs/common';
import { listRegisteredRoutes, type RouteAccess } from './route-walker.js';

export interface RoutePolicy {
  method: string;
  /** Express style, `/api/operations/:id`. */
  path: string;
  /** `public`, `signed-in`, `roles: analyst, admin`, or null when the route states none. */
  policy: string | null;
}

function policyOf(access: RouteAccess): string | null {
  if (access === null) return null;
  return access.kind === 'roles' ? `roles: ${access.roles.join(', ')}` : access.kind;
}

/** Every route of the app with the access policy its decorators state (method's first, then the class's). */
export function listRoutePolicies(app: INestApplication): RoutePolicy[] {
  return listRegisteredRoutes(app).map((route) => ({
    method: route.method,
    path: route.path.replace(/\{(\w+)\}/g, ':$1'),
    policy: policyOf(route.access),
  }));
}
