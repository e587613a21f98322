import {
  InstrumentResponseSchema,
  InstrumentQuerySchema,
  instrumentView,
  type InstrumentQuery,
  type InstrumentResponse,
} from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { Public } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR } from '../openapi/route-errors.js';
import { MethodologyService } from '../methodology/methodology.service.js';

/** The handbook's diagnostic instrument is public and static: it comes straight from packages/domain. */
@Public()
@ApiTag('reference')
@Controller('instrument')
export class InstrumentController {
  constructor(private readonly methodology: MethodologyService) {}

  @ApiDoc({
    summary:
      'The diagnostic instrument (27 items) with its options’ points under a methodology version; texts in one language with lang, else {en, fr}; public',
    response: InstrumentResponseSchema,
    errors: { '400': ERROR },
  })
  @Get()
  instrument(@Query(new ZodValidationPipe(InstrumentQuerySchema)) query: InstrumentQuery): Promise<InstrumentResponse> {
    return this.methodology.withVersion(query).then((q) => instrumentView(q.methodology, q.lang));
  }
}
