import {
  UsersResponseSchema,
  UserSchema,
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  type CreateUserRequest,
  type UpdateUserRequest,
  type UserResponse,
  type UsersResponse,
} from '@cpc/domain';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { Roles } from '../auth/auth.decorators.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { UsersService } from './users.service.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

@ApiTag('accounts')
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @ApiDoc({ summary: 'Users (admin)', response: UsersResponseSchema, errors: SIGNED_IN })
  @Get()
  list(): Promise<UsersResponse> {
    return this.service.list();
  }

  @ApiDoc({
    summary: 'One user (admin)',
    response: UserSchema,
    errors: { ...SIGNED_IN, '404': problem('No such user') },
  })
  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<UserResponse> {
    return this.service.get(id);
  }

  @ApiDoc({
    summary: 'Create a user (admin); coordinators and viewers need a country',
    success: json(UserSchema, 'Created'),
    errors: { '400': ERROR, ...SIGNED_IN, '409': problem('E-mail already used') },
  })
  @Post()
  create(@Body(new ZodValidationPipe(CreateUserRequestSchema)) body: CreateUserRequest): Promise<UserResponse> {
    return this.service.create(body);
  }

  @ApiDoc({
    summary: 'Change a user (admin); disabling one ends its sessions',
    success: json(UserSchema, 'Updated'),
    errors: { '400': ERROR, ...SIGNED_IN, '404': problem('No such user'), '409': problem('E-mail already used') },
  })
  @Patch(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateUserRequestSchema)) body: UpdateUserRequest,
  ): Promise<UserResponse> {
    return this.service.update(id, body);
  }
}
