import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY, SIGNED_IN_KEY } from './auth.decorators.js';

export interface RoutePolicy {
  method: string;
  path: string;
  /** `public`, `signed-in`, `roles: analyst, admin`, or null when the route states none. */
  policy: string | null;
}

function joinPath(...parts: (string | string[] | undefined)[]): string {
  const segments = parts.flatMap((p) => (Array.isArray(p) ? p.slice(0, 1) : p === undefined ? [] : [p]));
  return `/${segments.join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '') || '/';
}

/** Every route of the app with the access policy its decorators state (method's first, then the class's). */
export function listRoutePolicies(app: INestApplication): RoutePolicy[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  return discovery.getControllers().flatMap(({ metatype, instance }) => {
    if (!metatype || !instance) return [];
    const base = reflector.get<string | string[] | undefined>(PATH_METADATA, metatype);
    const prototype = Object.getPrototypeOf(instance) as object;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
      const path = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
      if (path === undefined || method === undefined) return [];
      const targets = [handler, metatype];
      const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
      const policy = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets)
        ? 'public'
        : roles
          ? `roles: ${roles.join(', ')}`
          : reflector.getAllAndOverride<boolean | undefined>(SIGNED_IN_KEY, targets)
            ? 'signed-in'
            : null;
      return [{ method: RequestMethod[method], path: joinPath('api', base, path), policy }];
    });
  });
}
