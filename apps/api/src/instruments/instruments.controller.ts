import {
  CreateInstrumentRequestSchema,
  DeleteInstrumentQuerySchema,
  InstrumentHistoryResponseSchema,
  InstrumentListQuerySchema,
  InstrumentListResponseSchema,
  InstrumentSchema,
  UpdateInstrumentRequestSchema,
  type CreateInstrumentRequest,
  type DeleteInstrumentQuery,
  type Instrument,
  type InstrumentHistoryResponse,
  type InstrumentListQuery,
  type InstrumentListResponse,
  type UpdateInstrumentRequest,
} from '@cpc/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN, STALE } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';
import { InstrumentsService } from './instruments.service.js';

const BY_ID = {
  ...SIGNED_IN,
  '400': problem('Bad input, or an id that is not a UUID: the message and errors[].field name the field'),
  '403': problem('Another country’s instrument, which the caller may not read or change'),
  '404': problem('No such instrument'),
};
const CLASH = problem('The same instrument (its natural key) is already on record: the message and params name it');

/**
 * The cooperation instruments register. Country scoping is checked by the service, per instrument: coordinators
 * manage their own country's, analysts and admins every country's; national users read their own country's and
 * those of the countries that share their figures with members.
 */
@SignedIn()
@ApiTag('instruments')
@Controller('instruments')
export class InstrumentsController {
  constructor(private readonly instruments: InstrumentsService) {}

  @ApiDoc({
    summary: 'The instruments the caller may read, by country, kind, start and title; year = in force that year',
    response: InstrumentListResponseSchema,
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(InstrumentListQuerySchema)) query: InstrumentListQuery,
  ): Promise<InstrumentListResponse> {
    return this.instruments.list(user, query);
  }

  @ApiDoc({
    summary: 'Record an instrument (its country’s coordinator, analysts, admins)',
    success: json(InstrumentSchema, 'Recorded, at version 1'),
    errors: {
      '400': problem('Bad input or unknown country: the message and errors[].field name the field'),
      ...SIGNED_IN,
      '409': CLASH,
    },
  })
  @Post()
  @Roles('coordinator', 'analyst', 'admin')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body(new ZodValidationPipe(CreateInstrumentRequestSchema)) body: CreateInstrumentRequest,
  ): Promise<Instrument> {
    return this.instruments.create(user, body);
  }

  @ApiDoc({ summary: 'One instrument', response: InstrumentSchema, errors: BY_ID })
  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<Instrument> {
    return this.instruments.get(user, id);
  }

  @ApiDoc({
    summary: 'Replace an instrument: the whole record as it should be, with the `version` read',
    success: json(InstrumentSchema, 'Saved, version + 1'),
    errors: { ...BY_ID, '409': STALE },
  })
  @Patch(':id')
  @Roles('coordinator', 'analyst', 'admin')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateInstrumentRequestSchema)) body: UpdateInstrumentRequest,
  ): Promise<Instrument> {
    return this.instruments.update(user, id, body);
  }

  @ApiDoc({
    summary: 'Delete an instrument, at the `version` read (its history stays)',
    success: { description: 'Deleted' },
    errors: { ...BY_ID, '409': STALE },
  })
  @Delete(':id')
  @HttpCode(204)
  @Roles('coordinator', 'analyst', 'admin')
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query(new ZodValidationPipe(DeleteInstrumentQuerySchema)) query: DeleteInstrumentQuery,
  ): Promise<void> {
    return this.instruments.delete(user, id, query.version);
  }

  @ApiDoc({
    summary: 'Every write: who, when, the record before and after; oldest first',
    response: InstrumentHistoryResponseSchema,
    errors: BY_ID,
  })
  @Get(':id/history')
  history(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<InstrumentHistoryResponse> {
    return this.instruments.history(user, id);
  }
}
