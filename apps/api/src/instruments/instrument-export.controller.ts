import { InstrumentFileQuerySchema, type InstrumentFileQuery } from '@cpc/domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../openapi/route-errors.js';
import { file } from '../openapi/responses.js';
import { InstrumentExportService } from './instrument-export.service.js';

/** The register's raw export, next to the other raw exports under /api/exports. */
@SignedIn()
@ApiTag('exports')
@Controller('exports/instruments')
export class InstrumentExportController {
  constructor(private readonly service: InstrumentExportService) {}

  @ApiDoc({
    summary: 'The instruments of one kind the caller may read, in the import layout of that kind',
    description:
      'country, title, from, to, notes, then the kind’s columns, as GET /api/instruments/import/template gives ' +
      'them; one row per instrument, by country, start and title. Imported again, the file changes nothing; ' +
      'imported into another database, it recreates the same records.',
    success: file(
      'The file, as an attachment (`instruments_<kind>_<YYYY-MM-DD>.csv|xlsx`). Text cells a spreadsheet ' +
        'would run as a formula are prefixed with an apostrophe, which the import takes off.',
    ),
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get()
  export(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(InstrumentFileQuerySchema)) query: InstrumentFileQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.service.export(user, query, res);
  }
}
