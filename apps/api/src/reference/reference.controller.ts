import type { CountriesResponse, GroupingResponse, GroupingsResponse } from '@cpc/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ReferenceService } from './reference.service.js';

@Controller()
export class ReferenceController {
  constructor(private readonly service: ReferenceService) {}

  @Get('countries')
  countries(): Promise<CountriesResponse> {
    return this.service.countries();
  }

  @Get('groupings')
  groupings(): Promise<GroupingsResponse> {
    return this.service.groupings();
  }

  @Get('groupings/:id')
  grouping(@Param('id') id: string): Promise<GroupingResponse> {
    return this.service.grouping(id);
  }
}
