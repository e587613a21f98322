import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { ActionPlansController } from './action-plans.controller.js';
import { ActionPlansService } from './action-plans.service.js';
import { ActionRepository } from './action.repository.js';
import { ActionRevisionRepository } from './action-revision.repository.js';

@Module({
  imports: [ReferenceModule],
  controllers: [ActionPlansController],
  providers: [ActionRepository, ActionRevisionRepository, ActionPlansService],
  exports: [ActionRepository],
})
export class ActionPlansModule {}
