import type { INestApplication, PipeTransform, Type } from '@nestjs/common';
import { ParseUUIDPipe, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { z } from 'zod';
import { PUBLIC_KEY, ROLES_KEY, SIGNED_IN_KEY } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { TABULAR_EXPORT } from '../exports/tabular/tabular-export.interceptor.js';
import { ROUTE_DOC, ROUTE_TAG, type RouteDoc } from './route-doc.js';

/** Who may call a route, as its decorators state it. */
export type RouteAccess = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: string[] } | null;

/** A route registered in Nest, with everything the OpenAPI document needs to know about it. */
export interface RegisteredRoute {
  method: string;
  /** `Assessments.submit`: the controller (without its suffix) and the handler, unique in the app. */
  operationId: string;
  /** `/api/operations/{id}/results/{resultId}` */
  path: string;
  access: RouteAccess;
  status: number;
  doc: RouteDoc | undefined;
  tag: string | undefined;
  exportable: boolean;
  query: z.ZodType | undefined;
  body: z.ZodType | undefined;
  params: z.ZodType | undefined;
  /** Path parameters checked as UUIDs (ParseUUIDPipe). */
  uuidParams: string[];
}

/** A route handler, as Nest's reflector takes it. */
type Handler = () => unknown;

interface RouteArgument {
  index: number;
  data: unknown;
  pipes: (PipeTransform | Type<PipeTransform>)[];
}

function joinPath(...parts: (string | string[] | undefined)[]): string {
  const segments = parts.flatMap((p) => (Array.isArray(p) ? p.slice(0, 1) : p === undefined ? [] : [p]));
  const path = `/${segments.join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '') || '/';
  return path.replace(/:(\w+)/g, '{$1}');
}

/** The handler and its controller class, as Nest's reflector reads metadata overridden from one to the other. */
type ReflectTargets = Parameters<Reflector['getAllAndOverride']>[1];

function accessOf(reflector: Reflector, targets: ReflectTargets): RouteAccess {
  if (reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets)) return { kind: 'public' };
  const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
  if (roles) return { kind: 'roles', roles };
  return reflector.getAllAndOverride<boolean | undefined>(SIGNED_IN_KEY, targets) ? { kind: 'signed-in' } : null;
}

/**
 * The zod schema a route validates one part of the request with: the one its ZodValidationPipe holds, so the
 * document says what the route really checks. (The pipe keeps it private; it is read here and nowhere else.)
 */
function schemaOf(args: Record<string, RouteArgument>, part: RouteParamtypes): z.ZodType | undefined {
  const argument = Object.entries(args).find(([key]) => key.split(':')[0] === String(part))?.[1];
  const pipe = argument?.pipes.find((p) => p instanceof ZodValidationPipe);
  return pipe ? (pipe as unknown as { readonly schema: z.ZodType }).schema : undefined;
}

function uuidParamsOf(args: Record<string, RouteArgument>): string[] {
  return Object.entries(args).flatMap(([key, argument]) =>
    key.split(':')[0] === String(RouteParamtypes.PARAM) &&
    typeof argument.data === 'string' &&
    argument.pipes.some((p) => p instanceof ParseUUIDPipe)
      ? [argument.data]
      : [],
  );
}

function successStatus(reflector: Reflector, handler: Handler, method: RequestMethod): number {
  return reflector.get<number | undefined>(HTTP_CODE_METADATA, handler) ?? (method === RequestMethod.POST ? 201 : 200);
}

/** Every route of the app, walked from Nest's registered controllers and their decorators' metadata. */
export function listRegisteredRoutes(app: INestApplication): RegisteredRoute[] {
  const reflector = app.get(Reflector);
  const scanner = app.get(MetadataScanner);
  return app
    .get(DiscoveryService)
    .getControllers()
    .flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const base = reflector.get<string | string[] | undefined>(PATH_METADATA, metatype);
      const prototype = Object.getPrototypeOf(instance) as object;
      return scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = (prototype as Record<string, unknown>)[name] as Handler;
        const path = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
        const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
        if (path === undefined || method === undefined) return [];
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<string, RouteArgument>;
        return [
          {
            method: RequestMethod[method],
            operationId: `${metatype.name.replace(/Controller$/, '')}.${name}`,
            path: joinPath('api', base, path),
            access: accessOf(reflector, [handler, metatype]),
            status: successStatus(reflector, handler, method),
            doc: reflector.get<RouteDoc | undefined>(ROUTE_DOC, handler),
            tag: reflector.get<string | undefined>(ROUTE_TAG, metatype),
            exportable: reflector.get<unknown>(TABULAR_EXPORT.KEY, handler) !== undefined,
            query: schemaOf(args, RouteParamtypes.QUERY),
            body: schemaOf(args, RouteParamtypes.BODY),
            params: schemaOf(args, RouteParamtypes.PARAM),
            uuidParams: uuidParamsOf(args),
          },
        ];
      });
    });
}
