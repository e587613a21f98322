import {
  ProfileResponseSchema,
  CountryParamSchema,
  ProfileQuerySchema,
  PROFILE_EXPORT,
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
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR } from '../openapi/route-errors.js';
import { problem, publishedOnly } from '../openapi/responses.js';

@SignedIn()
@ApiTag('analytics')
@Controller('countries')
export class ProfileController {
  constructor(private readonly service: ProfileService) {}

  @ApiDoc({
    summary:
      'A country’s trajectory, latest assessment with the handbook’s recommendations, and regional comparison. As a file (format=csv or xlsx): the trajectory, one row per assessment. National users may open their own country and those that share their figures with members; their regional comparison is the protected region cell, without median or rank.',
    response: ProfileResponseSchema,
    errors: {
      '400': ERROR,
      '401': problem('Not signed in'),
      '403': publishedOnly(
        ', or a country that keeps its figures confidential (national users: their own and those that share them; the message names iso3)',
      ),
      '404': problem('Unknown grouping (analysts and admins) or country'),
    },
  })
  @Get(':iso3/profile')
  @TabularExport(PROFILE_EXPORT)
  profile(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
    @Query(new ZodValidationPipe(ProfileQuerySchema)) query: ProfileQuery,
  ): Promise<ProfileResponse> {
    return this.service.profile(user, params.iso3, query);
  }
}
