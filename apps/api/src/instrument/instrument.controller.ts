import { InstrumentQuerySchema, instrumentView, type InstrumentQuery, type InstrumentResponse } from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';

/** The handbook's diagnostic instrument is public and static: it comes straight from packages/domain. */
@Public()
@Controller('instrument')
export class InstrumentController {
  @Get()
  instrument(@Query(new ZodValidationPipe(InstrumentQuerySchema)) query: InstrumentQuery): InstrumentResponse {
    return instrumentView(query.lang);
  }
}
