import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { AccountBootstrap } from './account-bootstrap.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [ReferenceModule],
  controllers: [UsersController],
  providers: [UsersService, AccountBootstrap],
  exports: [AccountBootstrap],
})
export class UsersModule {}
