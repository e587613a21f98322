import {
  DisclosureHistoryResponseSchema,
  DisclosureResponseSchema,
  CountryParamSchema,
  UpdateDisclosureRequestSchema,
  type CountryParam,
  type DisclosureHistoryResponse,
  type DisclosureResponse,
  type UpdateDisclosureRequest,
} from '@cpc/domain';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { DisclosureService } from './disclosure.service.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { BY_ISO3 } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

@SignedIn()
@ApiTag('disclosure')
@Controller('countries')
export class DisclosureController {
  constructor(private readonly service: DisclosureService) {}

  @ApiDoc({
    summary:
      'A country’s disclosure preference, for every signed-in user: confidential (the default; updatedAt and updatedBy null until changed) or members',
    response: DisclosureResponseSchema,
    errors: BY_ISO3,
  })
  @Get(':iso3/disclosure')
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
  ): Promise<DisclosureResponse> {
    return this.service.get(user, params.iso3);
  }

  @ApiDoc({
    summary:
      'Set a country’s disclosure preference (its coordinator, or an admin); takes effect at once in every view and export, and is kept in the history',
    success: json(DisclosureResponseSchema, 'Set'),
    errors: {
      ...BY_ISO3,
      '403': problem(
        'Neither the country’s coordinator nor an admin (analysts, viewers and other countries’ coordinators): the message names iso3',
      ),
    },
  })
  @Put(':iso3/disclosure')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
    @Body(new ZodValidationPipe(UpdateDisclosureRequestSchema)) body: UpdateDisclosureRequest,
  ): Promise<DisclosureResponse> {
    return this.service.update(user, params.iso3, body);
  }

  @ApiDoc({
    summary:
      'Every change of a country’s disclosure preference, newest first, with who made it (analysts, admins and the country’s own national users)',
    response: DisclosureHistoryResponseSchema,
    errors: { ...BY_ISO3, '403': problem('A national user of another country: the message names iso3') },
  })
  @Get(':iso3/disclosure/history')
  history(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
  ): Promise<DisclosureHistoryResponse> {
    return this.service.history(user, params.iso3);
  }
}
