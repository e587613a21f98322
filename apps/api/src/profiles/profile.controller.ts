import {
  CountryParamSchema,
  ProfileQuerySchema,
  TABULAR_EXPORTS,
  type CountryParam,
  type ProfileQuery,
  type ProfileResponse,
} from '@cpc/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { TabularExport } from '../exports/tabular/tabular-export.decorator.js';
import { ProfileService } from './profile.service.js';

@SignedIn()
@Controller('countries')
export class ProfileController {
  constructor(private readonly service: ProfileService) {}

  @Get(':iso3/profile')
  @TabularExport(TABULAR_EXPORTS.profile)
  profile(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
    @Query(new ZodValidationPipe(ProfileQuerySchema)) query: ProfileQuery,
  ): Promise<ProfileResponse> {
    return this.service.profile(user, params.iso3, query);
  }
}
