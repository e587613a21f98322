import {
  appliedFilters,
  buildExportMetadata,
  exportFileName,
  exportMetadataRows,
  ExportOptionsSchema,
  excelCsvDialect,
  RFC4180,
  type CsvDialect,
  exportSummaryRows,
  flattenRows,
  type TabularExport as TabularExportSpec,
} from '@cpc/domain';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { StatusRepository } from '../../health/status.repository.js';
import { XLSX_TYPE } from '../xlsx/xlsx-writer.js';
import { analyticsXlsxFile, csvFile, CSV_TYPE } from './tabular-files.js';

/** The export spec a route carries (set by @TabularExport). */
export const TABULAR_EXPORT = Reflector.createDecorator<TabularExportSpec>();

/**
 * Turns the response a route returns into a CSV or XLSX file when `format` asks for one: the same object the
 * JSON would be, so the same figures, role scoping and small-cell suppression, computed once.
 */
@Injectable()
export class TabularExportInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly status: StatusRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get(TABULAR_EXPORT, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    // A bad format is left to the route's validation pipe, which answers 400 naming the field.
    const options = ExportOptionsSchema.safeParse(request.query);
    if (!options.success) return next.handle();
    const { format, bom } = options.data;
    if (format === 'json') return next.handle();
    const dialect = options.data.dialect === 'excel' ? excelCsvDialect(options.data.lang) : RFC4180;
    return next.handle().pipe(mergeMap((body: unknown) => this.toFile(spec, request, body, format, { bom, dialect })));
  }

  private async toFile(
    spec: TabularExportSpec,
    request: Request,
    body: unknown,
    format: 'csv' | 'xlsx',
    csv: { bom: boolean; dialect: CsvDialect },
  ): Promise<StreamableFile> {
    const generatedAt = new Date();
    const filters = appliedFilters(spec, request.params, request.query);
    // Exactly what the JSON response would hold: the serialised object, read back.
    const json: unknown = JSON.parse(JSON.stringify(body));
    const table = flattenRows(listOf(json, spec.list));
    const fileName = exportFileName([spec.name, ...spec.fileName(filters)], generatedAt, format);
    const disposition = `attachment; filename="${fileName}"`;
    if (format === 'csv') {
      const buffer = csvFile(table, csv.bom, csv.dialect);
      return new StreamableFile(buffer, { type: CSV_TYPE, disposition, length: buffer.length });
    }
    const metadata = buildExportMetadata({
      title: spec.title,
      filters,
      generatedAt,
      validatedOnly: spec.counts === 'assessments' ? filters.status === 'validated' : null,
      demoData: await this.status.hasDemoData(),
      protectedFigures: (json as { protected?: unknown }).protected === true,
    });
    const buffer = await analyticsXlsxFile(table, [...exportMetadataRows(metadata), ...exportSummaryRows(spec, json)]);
    return new StreamableFile(buffer, { type: XLSX_TYPE, disposition, length: buffer.length });
  }
}

function listOf(body: unknown, field: string): unknown[] {
  const list: unknown = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : null;
  if (!Array.isArray(list)) throw new Error(`the response has no list ${field} to export`);
  return list;
}
