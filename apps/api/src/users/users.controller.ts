import {
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

@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  list(): Promise<UsersResponse> {
    return this.service.list();
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<UserResponse> {
    return this.service.get(id);
  }

  @Post()
  create(@Body(new ZodValidationPipe(CreateUserRequestSchema)) body: CreateUserRequest): Promise<UserResponse> {
    return this.service.create(body);
  }

  @Patch(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateUserRequestSchema)) body: UpdateUserRequest,
  ): Promise<UserResponse> {
    return this.service.update(id, body);
  }
}
