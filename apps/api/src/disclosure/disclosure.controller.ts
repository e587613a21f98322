import {
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

@SignedIn()
@Controller('countries')
export class DisclosureController {
  constructor(private readonly service: DisclosureService) {}

  @Get(':iso3/disclosure')
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
  ): Promise<DisclosureResponse> {
    return this.service.get(user, params.iso3);
  }

  @Put(':iso3/disclosure')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
    @Body(new ZodValidationPipe(UpdateDisclosureRequestSchema)) body: UpdateDisclosureRequest,
  ): Promise<DisclosureResponse> {
    return this.service.update(user, params.iso3, body);
  }

  @Get(':iso3/disclosure/history')
  history(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
  ): Promise<DisclosureHistoryResponse> {
    return this.service.history(user, params.iso3);
  }
}
