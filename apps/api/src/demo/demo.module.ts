import { Module } from '@nestjs/common';
import { ActionPlansModule } from '../action-plans/action-plans.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { InstrumentsModule } from '../instruments/instruments.module.js';
import { OperationsModule } from '../operations/operations.module.js';
import { DemoDataLoader } from './demo-data.loader.js';

@Module({
  imports: [AssessmentsModule, OperationsModule, InstrumentsModule, ActionPlansModule],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class DemoModule {}
