import {
  appliedFilters,
  buildExportMetadata,
  excelCsvDialect,
  exportFileName,
  exportLanguage,
  exportSummaryRows,
  exportTitle,
  flattenRows,
  labelTable,
  metadataTable,
  RFC4180,
  schemaColumns,
  type ExportFilters,
  type ExportOptions,
  type Locale,
  type FlatTable,
  type LabelContext,
  type TabularExport,
} from '@cpc/domain';
import { Injectable, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { StatusRepository } from '../../health/status.repository.js';
import { XLSX_TYPE } from '../xlsx/xlsx-writer.js';
import { ExportNamesReader } from './export-names.reader.js';
import {
  analyticsXlsxFile,
  analyticsZipFile,
  csvFile,
  CSV_TYPE,
  ZIP_TYPE,
  type TabularContent,
} from './tabular-files.js';

type FileFormat = Exclude<ExportOptions['format'], 'json'>;

/**
 * Writes a response as a file: the list the spec names, flattened; in the reader's language unless the
 * machine field names are asked for; with the metadata and the columns described (XLSX sheets, ZIP files).
 */
@Injectable()
export class TabularFileBuilder {
  constructor(
    private readonly status: StatusRepository,
    private readonly names: ExportNamesReader,
  ) {}

  async build(spec: TabularExport, request: Request, body: unknown, options: ExportOptions): Promise<StreamableFile> {
    const format = options.format as FileFormat;
    const generatedAt = new Date();
    const filters = appliedFilters(spec, request.params, request.query);
    const lang = exportLanguage(options.lang, request.headers['accept-language']);
    const content = await this.contentOf(spec, { filters, lang, format: options.headers }, body, generatedAt);
    const dialect = options.dialect === 'excel' ? excelCsvDialect(content.lang) : RFC4180;
    const fileName = exportFileName([spec.name, ...spec.fileName(filters)], generatedAt, format);
    const disposition = `attachment; filename="${fileName}"`;
    const buffer =
      format === 'csv'
        ? csvFile(content.data, options.bom, dialect)
        : format === 'zip'
          ? analyticsZipFile(content, fileName.replace(/\.zip$/, ''), { bom: options.bom, dialect })
          : await analyticsXlsxFile(content);
    const type = format === 'csv' ? CSV_TYPE : format === 'zip' ? ZIP_TYPE : XLSX_TYPE;
    return new StreamableFile(buffer, { type, disposition, length: buffer.length });
  }

  private async contentOf(
    spec: TabularExport,
    { filters, lang, format }: { filters: ExportFilters; lang: Locale; format: ExportOptions['headers'] },
    body: unknown,
    generatedAt: Date,
  ): Promise<TabularContent> {
    const ctx: LabelContext = { lang, view: spec.name, filters, names: await this.names.namesFor(filters) };
    // Exactly what the JSON response would hold: the serialised object, read back.
    const json: unknown = JSON.parse(JSON.stringify(body));
    const list = listOf(json, spec.list);
    const machine: FlatTable = list.length > 0 ? flattenRows(list) : { columns: schemaColumns(spec.rows), rows: [] };
    const labeled = labelTable(machine, ctx);
    const metadata = buildExportMetadata({
      title: exportTitle(spec.title, spec.subject, ctx),
      filters,
      generatedAt,
      validatedOnly: filters.status === 'validated',
      counts: spec.counts,
      demoData: await this.status.hasDemoData(),
      protectedFigures: (json as { protected?: unknown }).protected === true,
      lang,
      methodologyVersion: versionOf(json),
    });
    return {
      data: format === 'fields' ? machine : labeled,
      labeled,
      metadata: metadataTable(metadata, exportSummaryRows(spec, json), lang),
      lang,
    };
  }
}

function listOf(body: unknown, field: string): unknown[] {
  const list: unknown = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : null;
  if (!Array.isArray(list)) throw new Error(`the response has no list ${field} to export`);
  return list;
}

/** The methodology a view's answer names (every view's response carries `methodologyVersion`). */
function versionOf(json: unknown): string {
  const version = (json as { methodologyVersion?: unknown }).methodologyVersion;
  return typeof version === 'string' ? version : '';
}
