import {
  CountriesResponseSchema,
  CreateGroupingRequestSchema,
  GroupingSchema,
  GroupingsQuerySchema,
  MembershipChangeRequestSchema,
  GroupingsResponseSchema,
  UpdateGroupingRequestSchema,
  type CountriesResponse,
  type CreateGroupingRequest,
  type GroupingResponse,
  type GroupingsQuery,
  type MembershipChangeRequest,
  type GroupingsResponse,
  type UpdateGroupingRequest,
} from '@cpc/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { GroupingsService } from './groupings.service.js';
import { MembershipChangesService } from './membership-changes.service.js';
import { ReferenceService } from './reference.service.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

@SignedIn()
@ApiTag('reference')
@Controller()
export class ReferenceController {
  constructor(
    private readonly service: ReferenceService,
    private readonly groupingsService: GroupingsService,
    private readonly membershipChanges: MembershipChangesService,
  ) {}

  @ApiDoc({
    summary:
      'Record a change of membership with its date (admin, audited): from `effective` the country belongs to `region` (null: to none), its current membership ending the day before; built-in groupings too',
    success: json(GroupingSchema, 'Recorded: the grouping with the members of the effective year'),
    errors: { '400': ERROR, ...SIGNED_IN, '404': problem('No such grouping') },
  })
  @Post('groupings/:id/membership-changes')
  @Roles('admin')
  recordMembershipChange(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(MembershipChangeRequestSchema)) body: MembershipChangeRequest,
  ): Promise<GroupingResponse> {
    return this.membershipChanges.record(user, id, body);
  }

  @ApiDoc({ summary: 'ISO 3166-1 countries and territories', response: CountriesResponseSchema, errors: SIGNED_IN })
  @Get('countries')
  countries(): Promise<CountriesResponse> {
    return this.service.countries();
  }

  @ApiDoc({
    summary:
      'Groupings of countries into regions (wco, un, custom), with the members of ?year= (default: this year) and every dated membership; national users get wco only',
    response: GroupingsResponseSchema,
    errors: SIGNED_IN,
  })
  @Get('groupings')
  groupings(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(GroupingsQuerySchema)) query: GroupingsQuery,
  ): Promise<GroupingsResponse> {
    return this.service.groupings(user, query.year);
  }

  @ApiDoc({
    summary: 'One grouping',
    response: GroupingSchema,
    errors: {
      ...SIGNED_IN,
      '403': problem('A coordinator or viewer asked for a grouping other than wco: the message names grouping'),
      '404': problem('No such grouping (analysts and admins)'),
    },
  })
  @Get('groupings/:id')
  grouping(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Query(new ZodValidationPipe(GroupingsQuerySchema)) query: GroupingsQuery,
  ): Promise<GroupingResponse> {
    return this.service.grouping(id, user, query.year);
  }

  @ApiDoc({
    summary: 'Create a custom grouping (analyst, admin); a country in at most one region',
    success: json(GroupingSchema, 'Created'),
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Post('groupings')
  @Roles('analyst', 'admin')
  create(
    @Body(new ZodValidationPipe(CreateGroupingRequestSchema)) body: CreateGroupingRequest,
  ): Promise<GroupingResponse> {
    return this.groupingsService.create(body);
  }

  @ApiDoc({
    summary: 'Rename or change a custom grouping (analyst, admin); built-in ones answer 403',
    success: json(GroupingSchema, 'Updated'),
    errors: { '400': ERROR, ...SIGNED_IN, '404': problem('No such grouping') },
  })
  @Patch('groupings/:id')
  @Roles('analyst', 'admin')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(UpdateGroupingRequestSchema)) body: UpdateGroupingRequest,
  ): Promise<GroupingResponse> {
    return this.groupingsService.update(id, body);
  }

  @ApiDoc({
    summary: 'Delete a custom grouping (analyst, admin)',
    success: { description: 'Deleted' },
    errors: { ...SIGNED_IN, '404': problem('No such grouping') },
  })
  @Delete('groupings/:id')
  @Roles('analyst', 'admin')
  @HttpCode(204)
  remove(@Param('id') id: string): Promise<void> {
    return this.groupingsService.remove(id);
  }
}
