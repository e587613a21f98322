import {
  CreateGroupingRequestSchema,
  UpdateGroupingRequestSchema,
  type CountriesResponse,
  type CreateGroupingRequest,
  type GroupingResponse,
  type GroupingsResponse,
  type UpdateGroupingRequest,
} from '@cpc/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { GroupingsService } from './groupings.service.js';
import { ReferenceService } from './reference.service.js';

@SignedIn()
@Controller()
export class ReferenceController {
  constructor(
    private readonly service: ReferenceService,
    private readonly groupingsService: GroupingsService,
  ) {}

  @Get('countries')
  countries(): Promise<CountriesResponse> {
    return this.service.countries();
  }

  @Get('groupings')
  groupings(@CurrentUser() user: AuthenticatedUser): Promise<GroupingsResponse> {
    return this.service.groupings(user);
  }

  @Get('groupings/:id')
  grouping(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<GroupingResponse> {
    return this.service.grouping(id, user);
  }

  @Post('groupings')
  @Roles('analyst', 'admin')
  create(
    @Body(new ZodValidationPipe(CreateGroupingRequestSchema)) body: CreateGroupingRequest,
  ): Promise<GroupingResponse> {
    return this.groupingsService.create(body);
  }

  @Patch('groupings/:id')
  @Roles('analyst', 'admin')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(UpdateGroupingRequestSchema)) body: UpdateGroupingRequest,
  ): Promise<GroupingResponse> {
    return this.groupingsService.update(id, body);
  }

  @Delete('groupings/:id')
  @Roles('analyst', 'admin')
  @HttpCode(204)
  remove(@Param('id') id: string): Promise<void> {
    return this.groupingsService.remove(id);
  }
}
