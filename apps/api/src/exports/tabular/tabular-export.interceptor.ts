import { ExportOptionsSchema, type TabularExport as TabularExportSpec } from '@cpc/domain';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { TabularFileBuilder } from './tabular-file.builder.js';

/** The export spec a route carries (set by @TabularExport). */
export const TABULAR_EXPORT = Reflector.createDecorator<TabularExportSpec>();

/**
 * Turns the response a route returns into a CSV, XLSX or ZIP file when `format` asks for one: the same
 * object the JSON would be, so the same figures, role scoping and small-cell suppression, computed once.
 */
@Injectable()
export class TabularExportInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly files: TabularFileBuilder,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get(TABULAR_EXPORT, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    // A bad format is left to the route's validation pipe, which answers 400 naming the field.
    const options = ExportOptionsSchema.safeParse(request.query);
    if (!options.success || options.data.format === 'json') return next.handle();
    return next.handle().pipe(mergeMap((body: unknown) => this.files.build(spec, request, body, options.data)));
  }
}
