import {
  InstrumentFileQuerySchema,
  InstrumentImportQuerySchema,
  InstrumentImportResultSchema,
  type InstrumentFileQuery,
  type InstrumentImportQuery,
  type InstrumentImportResult,
} from '@cpc/domain';
import {
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  type StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentUser, Roles, SignedIn } from '../../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../../auth/principal.js';
import type { UploadedSpreadsheet } from '../../common/spreadsheet-reader.js';
import { UPLOAD_MAX_BYTES } from '../../common/upload-limits.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../../openapi/route-doc.js';
import { ERROR, importErrors, SIGNED_IN } from '../../openapi/route-errors.js';
import { file, json, spreadsheetUpload } from '../../openapi/responses.js';
import { InstrumentImportService } from './instrument-import.service.js';

@SignedIn()
@ApiTag('instruments')
@Controller('instruments/import')
export class InstrumentImportController {
  constructor(private readonly service: InstrumentImportService) {}

  /** multipart/form-data with the field `file` (CSV or XLSX, at most 10 MB); `?dryRun=true` writes nothing. */
  @ApiDoc({
    summary:
      'Bulk import of one kind (coordinators for their own country, analysts, admins): all rows or nothing, ' +
      'idempotent on the natural key',
    requestBody: spreadsheetUpload(
      'CSV or XLSX (first sheet), at most 10 MB and 10,000 rows, in the layout of GET ' +
        '/api/instruments/import/template?kind=K: country, title, from, to, notes, then the kind’s columns. ' +
        'Lists of codes separated by ";"; rows whose first cell starts with # are ignored.',
    ),
    success: json(InstrumentImportResultSchema, 'Imported (or checked, with dryRun)'),
    errors: importErrors('10 MB or 10,000 rows', 'Every error, by row (header = row 1) and column; nothing written'),
  })
  @Post()
  @HttpCode(200)
  @Roles('coordinator', 'analyst', 'admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query(new ZodValidationPipe(InstrumentImportQuerySchema)) query: InstrumentImportQuery,
  ): Promise<InstrumentImportResult> {
    return this.service.import(user, file, query);
  }

  @ApiDoc({
    summary: 'An import template of one kind: header and an example row; XLSX adds a sheet of codes',
    success: file('The template, as an attachment: CSV (default) or XLSX (format=xlsx)'),
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get('template')
  template(
    @Query(new ZodValidationPipe(InstrumentFileQuerySchema)) query: InstrumentFileQuery,
  ): Promise<StreamableFile> {
    return this.service.template(query);
  }
}
