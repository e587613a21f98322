import {
  ImportQuerySchema,
  ImportTemplateQuerySchema,
  type ImportQuery,
  type ImportResult,
  type ImportTemplateQuery,
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
import { CurrentUser, Roles } from '../../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../../auth/principal.js';
import { UPLOAD_MAX_BYTES } from '../../common/upload-limits.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { AssessmentImportService } from './assessment-import.service.js';
import type { UploadedSpreadsheet } from '../../common/spreadsheet-reader.js';

@Controller('assessments/import')
@Roles('analyst', 'admin')
export class AssessmentImportController {
  constructor(private readonly service: AssessmentImportService) {}

  /** multipart/form-data with the field `file` (CSV or XLSX, at most 10 MB); `?dryRun=true` writes nothing. */
  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query(new ZodValidationPipe(ImportQuerySchema)) query: ImportQuery,
  ): Promise<ImportResult> {
    return this.service.import(user, file, query);
  }

  @Get('template')
  template(
    @Query(new ZodValidationPipe(ImportTemplateQuerySchema)) query: ImportTemplateQuery,
  ): Promise<StreamableFile> {
    return this.service.template(query.format);
  }
}
